/**
 * The measurement of the enclave runtime: what a real TEE's launch digest would cover, computed from
 * everything the enclave runs (module-graph.ts): every source file reachable by import from the two
 * enclave worker entry points (enclave-worker, execution-worker) - src/enclave, and the parts of
 * src/protocol, src/crypto, src/util and src/functions they import - whichever of .ts sources or
 * built .js we run from (tests excluded, as nothing imports them), and every npm package they import,
 * transitively, at its exact version and integrity from package-lock.json:
 *
 *   runtimeMeasurement = sha256( for each file, sorted by path: "file:" || path || 0x00 || sha256(contents)
 *                                for each package, sorted by name: "npm:" || name || "@" || version || 0x00 || integrity )
 *
 * Same code and dependencies -> same measurement; any change to either changes it. Not covered: Node
 * itself and its built-in modules (named by the platform, not by this package), and the WebAssembly
 * functions, which each session names by their own sha256 and the enclave checks before running.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { concatBytes, utf8 } from '../util/bytes.js';
import { enclaveModuleGraph, type ModuleGraph } from './module-graph.js';

/** The enclave's worker entry points, in this folder. */
export const ENCLAVE_ENTRY_POINTS = ['enclave-worker', 'execution-worker'] as const;
let cached: Uint8Array | undefined;

/** The files and packages the enclave runs. */
export function runtimeGraph(): ModuleGraph {
  const here = dirname(fileURLToPath(import.meta.url));
  const sourceRoot = dirname(here);
  const packageRoot = dirname(sourceRoot);
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const lockPath = join(packageRoot, 'package-lock.json');
  const lockFile = existsSync(lockPath) ? (JSON.parse(readFileSync(lockPath, 'utf8')) as Parameters<typeof enclaveModuleGraph>[3]) : undefined;
  return enclaveModuleGraph(ENCLAVE_ENTRY_POINTS.map((name) => join(here, `${name}${extension}`)), sourceRoot, packageRoot, lockFile);
}

/** The runtime's files, as paths relative to the source (or dist) root, sorted. */
export function runtimeFiles(): { path: string; absolute: string }[] {
  return runtimeGraph().files;
}

export function measureGraph(graph: ModuleGraph): Uint8Array {
  const zero = new Uint8Array([0]);
  const parts = [
    ...graph.files.map((file) => concatBytes(utf8(`file:${file.path}`), zero, sha256(readFileSync(file.absolute)))),
    ...graph.packages.map((entry) => concatBytes(utf8(`npm:${entry.name}@${entry.version}`), zero, utf8(entry.integrity))),
  ];
  return sha256(concatBytes(...parts));
}

export function enclaveRuntimeMeasurement(): Uint8Array {
  cached ??= measureGraph(runtimeGraph());
  return cached.slice();
}
