// Writes docs/errors.md from the error catalogue: `node --import tsx scripts/error-docs.mjs`.
// src/util/errors.test.ts fails while the page and the catalogue differ.
import { writeFileSync } from 'node:fs';
import { renderErrorDocs } from '../src/util/error-docs.ts';

writeFileSync(new URL('../docs/errors.md', import.meta.url), renderErrorDocs());
