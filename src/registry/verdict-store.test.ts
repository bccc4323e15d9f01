import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, describe, it } from 'node:test';
import { keccak256, toHex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { isAirtntError } from '../util/errors.js';
import { signVerdict, type Verdict } from './signing.js';
import { VerdictStore } from './verdict-store.js';

const account = privateKeyToAccount(`0x${'07'.repeat(32)}`);
const domain = { chainId: 31337, verifyingContract: '0x1111111111111111111111111111111111111111' } as const;
const sign = (verdict: Verdict) => signVerdict(account, domain, verdict);
const base: Verdict = {
  node: '0x2222222222222222222222222222222222222222',
  epoch: 5n,
  committee: 0b111n,
  evidenceHash: keccak256(toHex('evidence')),
  collateralHash: keccak256(toHex('collateral')),
  policyHash: keccak256(toHex('policy')),
  time: 5000n,
  keysHash: keccak256(toHex('keys')),
  pass: true,
};
const conflict = (e: unknown) => isAirtntError(e) && e.code === 'REGISTRY_VERDICT_CONFLICT';
const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('verdict store', () => {
  it('never signs the other pass on the same inputs, across kill -9; other inputs or another committee are signed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'airtnt-verdict-store-'));
    dirs.push(dir);
    // A real process signs and stores a verdict, says so, and is killed -9 at once.
    const script = `import { VerdictStore } from './src/registry/verdict-store.ts';
import { signVerdict } from './src/registry/signing.ts';
import { privateKeyToAccount } from 'viem/accounts';
const v = JSON.parse(process.argv[1], (k, x) => (['epoch', 'committee', 'time'].includes(k) ? BigInt(x) : x));
const store = VerdictStore.open(process.argv[2]);
const signed = await store.sign('join', v, (verdict) => signVerdict(privateKeyToAccount('0x${'07'.repeat(32)}'), { chainId: 31337, verifyingContract: '${domain.verifyingContract}' }, verdict));
console.log('signed ' + signed.signature);
setInterval(() => {}, 1000);`;
    const json = JSON.stringify({ ...base, pass: false }, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, json, dir], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! });
    const [line] = (await once(lines, 'line')) as [string];
    assert.match(line, /^signed 0x[0-9a-f]{130}$/);
    child.kill('SIGKILL');
    await once(child, 'exit');

    const store = VerdictStore.open(dir);
    try {
      const kept = store.current(base.node, base.epoch, 'join');
      assert.equal(kept?.verdict.pass, false);
      assert.equal(kept?.signature, line.slice('signed '.length));
      // The same inputs with the other pass: refused, nothing signed, the stored one still served.
      await assert.rejects(store.sign('join', base, sign), conflict);
      await assert.rejects(store.sign('join', { ...base, committee: 0b1011n }, sign), conflict);
      assert.equal(store.latest(base.node)?.signature, kept?.signature);
      // The same verdict again: the stored one, not a new signature.
      assert.equal((await store.sign('join', { ...base, pass: false }, sign)).signature, kept?.signature);
      // Changed collateral (a TCB recovery): other inputs, signed and served.
      const recovered = await store.sign('join', { ...base, collateralHash: keccak256(toHex('newer')) }, sign);
      assert.equal(store.latest(base.node)?.signature, recovered.signature);
      // Only the committee changed: the same pass is signed again with it.
      const moved = await store.sign('join', { ...base, pass: false, committee: 0b1011n }, sign);
      assert.equal(moved.verdict.committee, 0b1011n);
      assert.equal(store.current(base.node, base.epoch, 'join')?.signature, moved.signature);
      // Bounded: a node serving ever new collateral is judged at most MAX_INPUTS_PER_CASE times.
      let refused = false;
      for (let i = 0; i < 20 && !refused; i++) {
        try {
          await store.sign('join', { ...base, collateralHash: keccak256(toHex(`c${i}`)) }, sign);
        } catch (e) {
          assert.ok(conflict(e));
          refused = true;
        }
      }
      assert.ok(refused);
    } finally {
      store.close();
    }
  });

  it('keeps the rule for review and challenge verdicts too, each kind served on its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'airtnt-verdict-store-kinds-'));
    dirs.push(dir);
    let store = VerdictStore.open(dir);
    try {
      const review = await store.sign('review', { ...base, pass: false }, sign);
      const challenge = await store.sign('challenge', { ...base, epoch: base.epoch + 2n, pass: false }, sign);
      // The other pass on the same inputs of one case is refused, whatever the kind, and after a reopen.
      store.close();
      store = VerdictStore.open(dir);
      await assert.rejects(store.sign('review', base, sign), conflict);
      await assert.rejects(store.sign('challenge', { ...base, epoch: base.epoch + 2n }, sign), conflict);
      // Each path serves its own kind: a review or challenge verdict is never served as a join verdict.
      assert.equal(store.latest(base.node, 'join'), undefined);
      assert.equal(store.latest(base.node, 'review')?.signature, review.signature);
      assert.equal(store.latest(base.node, 'challenge')?.signature, challenge.signature);
      assert.equal(store.current(base.node, base.epoch + 2n, 'challenge')?.signature, challenge.signature);
    } finally {
      store.close();
    }
  });
});
