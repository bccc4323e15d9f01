/**
 * `airtnt executor info URL` as a real process against a real executor on a devnet: prices in the
 * token's own symbol and decimals (read from the chain with --rpc-url), always with the raw amount,
 * and a note instead of units when no chain (or another chain) is given.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestWorld, type TestWorld } from '../../node/testing.js';
import { runCli as cli, type ExecutorProcess } from '../../node/process.js';

type Terms = { ok: boolean; info: { pricePerCycle: string; pricePerCycleWei: string; tokens: { token: string; symbol: string | null; decimals: number | null; pricePerCycle: string; raw: string; note?: string }[] } };

let world: TestWorld;
let executor: ExecutorProcess;
before(async () => {
  world = await startTestWorld();
  executor = await world.startExecutor(1, { name: 'priced', args: ['--accept-token', `${world.devnet.token}:0.000002tokens`] });
});
after(async () => {
  await world?.close();
});

describe('airtnt executor info (real executor, real chain)', { timeout: 600_000, concurrency: true }, () => {
  it('prints prices in ETH and in the token\'s symbol and decimals, with the raw amounts', async () => {
    // The JSON and the text, each a process of its own, side by side.
    const [outcome, text] = await Promise.all([
      cli(['executor', 'info', executor.url, '--allow-simulated', '--rpc-url', world.devnet.rpcUrl, '--json']),
      cli(['executor', 'info', executor.url, '--allow-simulated', '--rpc-url', world.devnet.rpcUrl]),
    ]);
    assert.equal(outcome.code, 0, outcome.stderr);
    const terms = JSON.parse(outcome.stdout.trim()) as Terms;
    assert.equal(terms.ok, true);
    assert.equal(terms.info.pricePerCycle, '0.000000000000001 ETH');
    assert.equal(terms.info.pricePerCycleWei, '1000');
    const [token] = terms.info.tokens;
    assert.equal(token!.token.toLowerCase(), world.devnet.token.toLowerCase());
    assert.equal(token!.decimals, 18);
    assert.equal(token!.symbol, 'ATT');
    assert.equal(token!.pricePerCycle, `0.000002 ${token!.symbol}`);
    assert.equal(token!.raw, '2000000000000');
    // What an owner's policy pins, and whether the executor runs requesters' own modules.
    const extra = terms.info as unknown as { runtimeMeasurement: string; modules: { accept: string } };
    assert.match(extra.runtimeMeasurement, /^[0-9a-f]{64}$/);
    assert.equal(extra.modules.accept, 'builtin');

    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /price per cycle {2}0\.000001 gwei = 0\.000000000000001 ETH \(1000 wei\)/);
    assert.match(text.stdout, /own modules {6}no \(built-in functions only\)/);
    assert.match(text.stdout, /functions {8}life \([0-9a-f]{16}\), ocr \([0-9a-f]{16}\)/, 'the built-ins by name, as executor start prints them');
    assert.match(text.stdout, /runtime {10}[0-9a-f]{64} /);
    assert.match(text.stdout, new RegExp(`also accepts +0\\.000002 ${token!.symbol} per cycle \\(2000000000000 units, 18 decimals`));
  });

  it('without --rpc-url shows token prices raw, and says how to see them in units', async () => {
    const outcome = await cli(['executor', 'info', executor.url, '--allow-simulated', '--json']);
    assert.equal(outcome.code, 0, outcome.stderr);
    const [token] = (JSON.parse(outcome.stdout.trim()) as Terms).info.tokens;
    assert.equal(token!.decimals, null);
    assert.equal(token!.pricePerCycle, '2000000000000 units');
    assert.match(token!.note ?? '', /--rpc-url/);
  });
});
