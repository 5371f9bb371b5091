import * as z from 'zod/mini';

// zod/mini for what static pages parse (the handbook's address): a few KB instead of the
// classic build's ~27 KB gzip. Without `new Function`, as in zod.ts (the CSP has no 'unsafe-eval').
z.config({ jitless: true });

export { z };
