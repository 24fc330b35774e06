// Zod probes for `new Function` to speed up parsing; under our CSP (no 'unsafe-eval') that probe is a
// policy violation, so the browser build runs zod without it.
import { config } from 'zod';

config({ jitless: true });
