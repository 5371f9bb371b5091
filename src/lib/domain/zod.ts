import { z } from 'zod';

// The app runs under a Content-Security-Policy without 'unsafe-eval'. Zod's fast path compiles
// parsers with `new Function`, and even probing for it is reported as a CSP violation.
z.config({ jitless: true });

export { z };
