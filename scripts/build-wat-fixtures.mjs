#!/usr/bin/env node
// Assembles the WebAssembly text test fixtures (src/functions/fixtures/*.wat) into the .wasm files
// beside them, which are committed: loading binaryen takes long, tests only read the binaries.
// Run it after editing a .wat: node scripts/build-wat-fixtures.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import binaryen from 'binaryen';

const folder = join(import.meta.dirname, '..', 'src', 'functions', 'fixtures');
for (const name of readdirSync(folder).filter((file) => file.endsWith('.wat')).sort()) {
  const module = binaryen.parseText(readFileSync(join(folder, name), 'utf8'));
  // Bulk memory: the hostile fixtures use memory.fill (WebAssembly 2.0, which the metering accepts).
  module.setFeatures(binaryen.Features.MVP | binaryen.Features.BulkMemory | binaryen.Features.BulkMemoryOpt);
  if (!module.validate()) throw new Error(`${name} does not validate`);
  const bytes = module.emitBinary();
  module.dispose();
  writeFileSync(join(folder, name.replace(/\.wat$/, '.wasm')), bytes);
  console.log(`${name.replace(/\.wat$/, '.wasm')} ${bytes.length} bytes`);
}
