/**
 * The safety defaults of `airtnt run` and `airtnt executor start`, parsed in this process; and what `run life`
 * prints when the pattern stops changing before the generations asked (real processes, a real devnet).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it, mock } from 'node:test';
import { Command, CommanderError } from 'commander';
import { DEFAULT_MIN_TCB_STATUS } from '../../attestation/policy.js';
import { checkExpiryMargins, MIN_CHANNEL_SECONDS, MIN_COLLECT_SAFETY_SECONDS } from '../../node/executor.js';
import { runCli, type ExecutorProcess } from '../../node/process.js';
import { startTestWorld, type TestWorld } from '../../node/testing.js';
import { isAirtntError } from '../../util/errors.js';
import { registerExecutor } from './executor.js';
import { amountArg, policyOf, registerRun, requesterSettingsOf } from './run.js';

function program(): Command {
  const root = new Command('airtnt').exitOverride();
  registerRun(root);
  registerExecutor(root);
  for (const command of root.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  }
  return root;
}

function sub(root: Command, ...path: string[]): Command {
  let command = root;
  for (const name of path) command = command.commands.find((c) => c.name() === name)!;
  return command;
}

/** Parses argv and returns the CommanderError it fails with (the action is never reached). */
async function refusal(...argv: string[]): Promise<CommanderError> {
  const error = await program().parseAsync(['node', 'airtnt', ...argv]).then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof CommanderError, `expected a refusal, got ${String(error)}`);
  return error;
}

describe('airtnt run policy', () => {
  it('--allow-simulated accepts the simulated TEE but not debug hardware enclaves; --allow-debug is separate', () => {
    const simulated = policyOf({ allowSimulated: true });
    assert.equal(simulated.allowSimulated, true);
    assert.equal(simulated.allowDebug, undefined);
    assert.ok(simulated.allowedKinds.includes('simulated') && simulated.allowedKinds.includes('tdx'));
    assert.equal(policyOf({ allowDebug: true }).allowDebug, true);
    assert.equal(policyOf({}).allowedKinds.includes('simulated'), false);
  });

  it('passes measurements, registers and an explicitly lowered TCB minimum through', () => {
    const policy = policyOf({ measurement: ['ab'.repeat(48)], register: [['rtmr0', 'cd'.repeat(48)]], minTcbStatus: 'OutOfDate' });
    assert.deepEqual(policy.measurements, ['ab'.repeat(48)]);
    assert.deepEqual(policy.registers, { rtmr0: 'cd'.repeat(48) });
    assert.equal(policy.minTcbStatus, 'OutOfDate');
    assert.equal(policyOf({}).minTcbStatus, undefined, `the policy default (${DEFAULT_MIN_TCB_STATUS}) applies`);
  });

  it('passes the SEV-SNP options and the collateral age through, and refuses a malformed AMD minimum', async () => {
    const policy = policyOf({ maxCollateralAge: 3600, snpMinTcb: [{ product: 'Genoa', values: { blSPL: 9, teeSPL: 0, snpSPL: 23, ucodeSPL: 84 } }], allowSnpMigrationAgent: true, requireSnpSmtDisabled: true });
    assert.equal(policy.maxCollateralAgeSeconds, 3600);
    assert.deepEqual(policy.snp, { minimumTcb: { Genoa: { blSPL: 9, teeSPL: 0, snpSPL: 23, ucodeSPL: 84 } }, allowMigrationAgent: true, requireSmtDisabled: true });
    assert.equal(policyOf({}).snp, undefined);
    const base = ['run', 'life', '--pattern', 'p.rle', '--width', '9', '--height', '9', '--cycles', '9', '--per-round', '3', '--executor', 'http://127.0.0.1:1', '--out', 'o.rle'];
    assert.equal((await refusal(...base, '--snp-min-tcb', 'Genoa:blSPL=9')).code, 'commander.invalidArgument');
    assert.equal((await refusal(...base, '--max-collateral-age', 'soon')).code, 'commander.invalidArgument');
  });

  it('has a default price limit, a deposit per 100 rounds, and refuses bad limits', async () => {
    const life = sub(program(), 'run', 'life');
    // The default (1 gwei for ETH, none for a token) is applied once the token is known.
    assert.equal(life.getOptionValue('maxPricePerCycle'), undefined);
    // 100 rounds per deposit unless a pool run (--standby), which deposits for the whole run.
    assert.equal(life.getOptionValue('depositRounds'), undefined);
    assert.equal(requesterSettingsOf({ ...(life.opts() as object), depositRounds: undefined } as never).depositRounds, 100);
    assert.equal(requesterSettingsOf({ ...(life.opts() as object), depositRounds: undefined, standby: ['http://127.0.0.1:2'] } as never).depositRounds, undefined);
    assert.equal(life.getOptionValue('maxSpend'), undefined);
    const base = ['run', 'life', '--pattern', 'p.rle', '--width', '9', '--height', '9', '--cycles', '9', '--per-round', '3', '--executor', 'http://127.0.0.1:1', '--out', 'o.rle'];
    assert.equal((await refusal(...base, '--max-spend', '-5')).code, 'commander.invalidArgument');
    assert.equal((await refusal(...base, '--max-price-per-cycle', '0.5')).code, 'commander.invalidArgument', 'a fraction needs a unit');
    assert.equal((await refusal(...base, '--max-price-per-cycle', '1 dollar')).code, 'commander.invalidArgument');
    assert.equal(amountArg('0.001tokens'), '0.001tokens');
    assert.equal((await refusal(...base, '--min-tcb-status', 'Great')).code, 'commander.invalidArgument');
    assert.equal((await refusal(...base, '--register', 'rtmr0')).code, 'commander.invalidArgument');
  });
});

describe('airtnt executor start margins', () => {
  it('refuses --min-channel-seconds and --collect-safety-seconds below their floors', async () => {
    const stderr = mock.method(process.stderr, 'write', () => true);
    try {
      assert.equal((await refusal('executor', 'start', '--min-channel-seconds', String(MIN_CHANNEL_SECONDS - 1))).code, 'commander.invalidArgument');
      assert.equal((await refusal('executor', 'start', '--collect-safety-seconds', '0')).code, 'commander.invalidArgument');
    } finally {
      stderr.mock.restore();
    }
  });

  it('checkExpiryMargins: floors, and the safety margin below the channel minimum', () => {
    checkExpiryMargins(MIN_CHANNEL_SECONDS, MIN_COLLECT_SAFETY_SECONDS);
    const invalid = (error: unknown) => isAirtntError(error, 'INVALID_EXECUTOR_OPTIONS');
    assert.throws(() => checkExpiryMargins(0, 0), invalid);
    assert.throws(() => checkExpiryMargins(600, 0), invalid);
    assert.throws(() => checkExpiryMargins(600, MIN_COLLECT_SAFETY_SECONDS - 1), invalid);
    assert.throws(() => checkExpiryMargins(120, 120), invalid);
  });
});

describe('airtnt run life on a pattern that stops changing (real processes)', { timeout: 300_000 }, () => {
  let world: TestWorld;
  let executor: ExecutorProcess;

  before(async () => {
    world = await startTestWorld();
    executor = await world.startExecutor(1);
  });
  after(async () => {
    await world?.close();
  });

  it('says in words that the run ended early because the pattern stopped changing, and `runs show` says why rounds are missing', async () => {
    // A glider on an 8x8 grid (no wrap-around) ends as a block after 23 generations: round 2 does 3 of its 10.
    const pattern = join(world.dir, 'glider.rle');
    writeFileSync(pattern, 'x = 3, y = 3\nbo$2bo$3o!\n');
    const dataDir = join(world.dir, 'requester');
    const run = await runCli([
      'run', 'life', '--pattern', pattern, '--width', '8', '--height', '8', '--cycles', '40', '--per-round', '10', '--out', join(world.dir, 'final.rle'),
      '--executor', executor.url, '--data-dir', dataDir, '--allow-simulated', '--rpc-url', world.devnet.rpcUrl, '--channels', world.devnet.channels,
    ], { env: { AIRTNT_PRIVATE_KEY: world.devnet.accounts[5]!.privateKey }, timeoutMs: 120_000 });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^3 rounds, 23 generations, 0 transfers, /);
    // The progress line's last word: the bar full, what was done of what was planned, and why it stopped there.
    assert.match(run.stderr, /\n\[done early\] rounds 3\/4 gen 23\/40 spent /);
    assert.match(run.stdout, /\nthe pattern stopped changing \(the Game of Life reached a fixed point\) after 23 of the 40 generations asked, in round 2 \(its 3rd round: rounds are numbered from 0\): the run ended early, nothing was left to compute, and no round after it was run or paid\n$/);
    const runs = await runCli(['runs', 'list', '--json', '--data-dir', dataDir]);
    const [record] = (JSON.parse(runs.stdout) as { runs: { runId: string }[] }).runs;
    const shown = await runCli(['runs', 'show', record!.runId.slice(0, 16), '--data-dir', dataDir]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /\n {2}finished: 3 rounds paid, ended early because the function terminated \(4 rounds of 10 cycles were planned\)\n {2}the function terminated after 23 of the 40 cycles asked, in round 2 /);
  });
});
