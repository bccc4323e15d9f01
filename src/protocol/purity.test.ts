// The purity boundary of the protocol core is a lint rule (eslint.config.js); these tests keep the rule
// itself from being weakened or dropped unnoticed, and check the core obeys it.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ESLint } from 'eslint';
import { packageRoot } from '../util/paths.js';

const PURITY_RULES = new Set(['no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties', 'no-restricted-syntax']);

describe('the protocol core purity rule', () => {
  let eslint: ESLint;
  before(() => {
    eslint = new ESLint({ cwd: packageRoot() });
  });

  /** The purity findings (rule ids) for `code` as if it were the file `path`. */
  async function findings(code: string, path = 'src/protocol/purity-fixture.ts'): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(packageRoot(), path) });
    return result!.messages.filter((message) => PURITY_RULES.has(message.ruleId ?? '')).map((message) => `${message.ruleId}: ${message.message}`);
  }

  const violations: [string, string][] = [
    ['node: import', "import { sign } from 'node:crypto';\nexport const s = sign;"],
    ['bare builtin import', "import { readFileSync } from 'fs';\nexport const r = readFileSync;"],
    ['import from src/node', "import { Executor } from '../node/executor.js';\nexport type E = Executor;"],
    ['import from src/enclave', "import { wrapRound } from '../enclave/wrapper.js';\nexport const w = wrapRound;"],
    ['the node:crypto primitives', "import { NODE_PRIMITIVES } from '../crypto/node-primitives.js';\nexport const p = NODE_PRIMITIVES;"],
    ['a relative path that climbs out sideways', "import { x } from './sub/../../node/x.js';\nexport const y = x;"],
    ['an impure package', "import Database from 'better-sqlite3';\nexport const d = Database;"],
    ['a re-export from outside', "export { Executor } from '../node/executor.js';"],
    ['Date.now', 'export const now = () => Date.now();'],
    ['new Date()', 'export const now = () => new Date().getTime();'],
    ['Math.random', 'export const pick = () => Math.random();'],
    ['process', 'export const env = () => process.env.HOME;'],
    ['Buffer', "export const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');"],
    ['setTimeout', 'export const later = (f: () => void) => setTimeout(f, 1);'],
    ['setInterval', 'export const tick = (f: () => void) => setInterval(f, 1);'],
    ['performance.now', 'export const t = () => performance.now();'],
    ['globalThis.process', 'export const p = () => globalThis.process;'],
    ['dynamic import', "export const load = () => import('../node/executor.js');"],
  ];
  for (const [name, code] of violations) {
    it(`refuses ${name}`, async () => {
      const found = await findings(code);
      assert.ok(found.length > 0, `no purity finding for: ${code}`);
    });
  }

  it('accepts the allow-listed pure modules and packages', async () => {
    const code = [
      "import { keccak_256 } from '@noble/hashes/sha3.js';",
      "import { z } from 'zod';",
      "import { getAddress } from 'viem';",
      "import { toHex } from '../util/bytes.js';",
      "import { AirtntError } from '../util/errors.js';",
      "import { NOBLE_PRIMITIVES } from '../crypto/primitives.js';",
      "import { decodeRecord } from './record.js';",
      'export const all = [keccak_256, z, getAddress, toHex, AirtntError, NOBLE_PRIMITIVES, decodeRecord];',
    ].join('\n');
    assert.deepEqual(await findings(code), []);
  });

  it('holds for the modules the core imports too', async () => {
    assert.ok((await findings("import { randomBytes } from 'node:crypto';\nexport const r = randomBytes;", 'src/crypto/round-encryption.ts')).length > 0);
    assert.ok((await findings("export const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');", 'src/util/bytes.ts')).length > 0);
  });

  it('does not apply to tests beside the core', async () => {
    assert.deepEqual(await findings("import assert from 'node:assert/strict';\nexport const a = assert;", 'src/protocol/purity-fixture.test.ts'), []);
  });

  it('is obeyed by every file of the core', async () => {
    const files = readdirSync(join(packageRoot(), 'src/protocol')).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    assert.ok(files.length >= 10, 'src/protocol was found');
    const results = await eslint.lintFiles(files.map((name) => join(packageRoot(), 'src/protocol', name)));
    const broken = results.flatMap((result) => result.messages.filter((message) => PURITY_RULES.has(message.ruleId ?? '')).map((message) => `${result.filePath}:${message.line} ${message.message}`));
    assert.deepEqual(broken, []);
  });
});
