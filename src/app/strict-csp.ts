import * as z from 'zod';

/*
 * Imported first by main.tsx, before any schema exists. Zod compiles fast parsers with
 * `new Function` when it may; under the Content-Security-Policy (no 'unsafe-eval') even its
 * probe for that is reported as a violation. Jitless parsing is the same parsing, without eval.
 */
z.config({ jitless: true });
