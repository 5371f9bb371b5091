// Storage specs run against an in-memory IndexedDB; each spec opens its own IDBFactory.
import 'fake-indexeddb/auto';
