/**
 * The measurement of the enclave runtime for the simulated TEE: what would be measured into a real
 * TEE's launch digest, here computed from the files that make up the runtime (this folder and
 * src/crypto, whichever of .ts sources or built .js we run from; tests excluded):
 *
 *   runtimeMeasurement = sha256( for each file, sorted by path: path || 0x00 || sha256(contents) )
 *
 * Same code -> same measurement; any change to the runtime's code changes it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { concatBytes, utf8 } from '../util/bytes.js';

const RUNTIME_FOLDERS = ['enclave', 'crypto'] as const;
let cached: Uint8Array | undefined;

/** The runtime's files, as paths relative to the source (or dist) root, sorted. */
export function runtimeFiles(): { path: string; absolute: string }[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = dirname(here);
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const files: { path: string; absolute: string }[] = [];
  for (const folder of RUNTIME_FOLDERS) {
    for (const name of readdirSync(join(root, folder)).sort()) {
      if (!name.endsWith(extension) || name.endsWith(`.test${extension}`) || name.endsWith('.d.ts')) continue;
      files.push({ path: `${folder}/${name}`, absolute: join(root, folder, name) });
    }
  }
  return files;
}

export function enclaveRuntimeMeasurement(): Uint8Array {
  if (cached) return cached.slice();
  const parts = runtimeFiles().map((file) => concatBytes(utf8(file.path), new Uint8Array([0]), sha256(readFileSync(file.absolute))));
  cached = sha256(concatBytes(...parts));
  return cached.slice();
}
