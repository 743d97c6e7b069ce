import * as z from 'zod';

/*
 * Imported first by every module that builds zod schemas. Zod compiles fast parsers with
 * `new Function` when it may, and decides so when a schema is built; under the
 * Content-Security-Policy (no 'unsafe-eval') even its probe is reported as a violation.
 * Jitless parsing is the same parsing, without eval. (The hot path, parse.ts, uses no zod.)
 */
z.config({ jitless: true });
