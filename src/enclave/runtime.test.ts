/**
 * The runtime measurement covers everything the enclave runs (issue 9, case 17): the whole module
 * graph of its worker entry points and the locked versions of the packages they import.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { enclaveModuleGraph, importSpecifiers } from './module-graph.js';
import { enclaveRuntimeMeasurement, measureGraph, runtimeFiles, runtimeGraph } from './runtime.js';

describe('enclave runtime measurement', () => {
  it('covers sealing, records, the function ABI, utilities and the locked dependencies', () => {
    // Sources (.ts) under tsx, compiled files (.js) in dist/ or the tests' compiled mirror.
    const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    const paths = runtimeFiles().map((file) => file.path);
    for (const expected of ['enclave/enclave-worker', 'enclave/execution-worker', 'protocol/sealing', 'protocol/record', 'functions/abi', 'util/bytes', 'util/errors', 'crypto/hpke']) {
      assert.ok(paths.includes(`${expected}${extension}`), expected);
    }
    assert.ok(!paths.some((path) => path.includes('.test.')), 'no tests');
    const packages = runtimeGraph().packages;
    const hashes = packages.find((entry) => entry.name === '@noble/hashes');
    assert.match(hashes?.version ?? '', /^\d+\.\d+\.\d+$/);
    assert.match(hashes?.integrity ?? '', /^sha512-/);
    assert.ok(packages.some((entry) => entry.name === 'zod'), 'zod (message schemas)');
    assert.equal(enclaveRuntimeMeasurement().length, 32);
  });

  it('changes with any imported file or any dependency version, and refuses an import it cannot resolve', () => {
    const dir = mkdtempSync(join(tmpdir(), 'airtnt-graph-'));
    try {
      const src = join(dir, 'src');
      mkdirSync(join(src, 'enclave'), { recursive: true });
      mkdirSync(join(src, 'util'), { recursive: true });
      writeFileSync(join(src, 'enclave', 'worker.ts'), "import { x } from '../util/x.js';\n/* import { no } from './commented.js'; */\nimport { sha256 } from '@noble/hashes/sha2.js';\n");
      writeFileSync(join(src, 'util', 'x.ts'), "export const x = 1;\nimport {\n  y,\n} from './y.js';\n");
      writeFileSync(join(src, 'util', 'y.ts'), 'export const y = 2;\n');
      const lock = (version: string) => ({ packages: { 'node_modules/@noble/hashes': { version, integrity: `sha512-${version}` } } });
      const graph = () => enclaveModuleGraph([join(src, 'enclave', 'worker.ts')], src, dir, lock('2.4.0'));
      assert.deepEqual(graph().files.map((file) => file.path), ['enclave/worker.ts', 'util/x.ts', 'util/y.ts']);
      const before = measureGraph(graph());
      writeFileSync(join(src, 'util', 'y.ts'), 'export const y = 3;\n');
      const changedFile = measureGraph(graph());
      assert.notDeepEqual(changedFile, before, 'a file two imports deep');
      const changedVersion = measureGraph(enclaveModuleGraph([join(src, 'enclave', 'worker.ts')], src, dir, lock('2.4.1')));
      assert.notDeepEqual(changedVersion, changedFile, 'a dependency version');
      writeFileSync(join(src, 'util', 'y.ts'), "import './missing.js';\n");
      assert.throws(graph, (error) => isAirtntError(error, 'RUNTIME_MODULE_MISSING'));
      assert.throws(() => enclaveModuleGraph([join(src, 'enclave', 'worker.ts')], src, dir, { packages: {} }), (error) => isAirtntError(error) && /RUNTIME_/.test(error.code));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads static, re-export, side-effect and literal dynamic imports, not comments', () => {
    const text = "import a from 'a';\nexport { b } from './b.js';\nimport './c.js';\nconst d = await import('d');\n// import e from 'e';\nconst url = 'http://x'; import f from 'f';\n";
    assert.deepEqual(importSpecifiers(text).sort(), ['./b.js', './c.js', 'a', 'd', 'f']);
  });
});
