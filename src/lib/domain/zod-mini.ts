import { en } from 'zod/locales';
import * as z from 'zod/mini';

// zod/mini where pages load schemas up front (the assessment's records, the new-assessment
// draft): a few KB instead of the classic build's ~20 KB gzip. Without `new Function`, as in
// zod.ts (the CSP has no 'unsafe-eval'). With English messages (1.5 KB), which the classic build
// brings itself: without them every issue would read "Invalid input", and the user is shown
// what is wrong in a stored record or an imported file.
z.config({ jitless: true, ...en() });

export { z };
