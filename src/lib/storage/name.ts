/** The IndexedDB database that holds everything; a constant of its own so that no Dexie comes with it. */
export const DB_NAME = 'empowerment-roadmap';
