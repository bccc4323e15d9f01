/**
 * Nothing lost for a named recipient: the requester of an owners' run (the data owner names itself
 * recipient) is killed -9 right after paying the run's only round. The result secret sealed to the
 * recipient was stored before the opening was sent; the resumed requester takes k from the chain and
 * hands the same sealed secret on, and the recipient opens the paid round: it equals a local run.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Hex } from 'viem';
import { generateHpkeKeyPair } from '../crypto/hpke.js';
import { loadBuiltinFunction } from '../functions/abi.js';
import { decodeLifeState, encodeLifeState, lifeRunReference, parseRle } from '../functions/life.js';
import { runCli, type ExecutorProcess } from '../node/process.js';
import { RequesterStore } from '../node/requester-store.js';
import { fetchExecutorInfo } from '../node/verify-executor.js';
import { startTestWorld, type TestWorld } from '../node/testing.js';
import { misbehavingRequester } from '../node/test-helpers/misbehaving-process.js';
import { encryptData, generateOwnerKey } from '../protocol/owner-data.js';
import { openResultSecret } from '../protocol/release.js';
import { openRoundResult } from '../protocol/sealing.js';
import { fromHex, toHex } from '../util/bytes.js';
import { fetchOwnerPolicy } from './client.js';
import { startAgentProcess, stopAgentProcess, type AgentProcess } from './test-helpers.js';

const hex = (bytes: Uint8Array) => toHex(bytes).slice(2);
type Handed = { sessionId: Hex; recipient: Hex; sealedResultSecret: Hex };

describe('a named recipient\'s result secret survives kill -9 of the requester (real processes)', { timeout: 600_000 }, () => {
  let world: TestWorld;
  let executor: ExecutorProcess;
  let dataAgent: AgentProcess;
  const dir = mkdtempSync(join(tmpdir(), 'airtnt-result-secret-'));
  const dataKey = generateOwnerKey();
  const recipientKeys = generateHpkeKeyPair();
  const data = encodeLifeState(16, 16, parseRle('x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!'));
  let lifeMeasurement: Uint8Array;

  before(async () => {
    world = await startTestWorld();
    executor = await world.startExecutor(1);
    const { info } = await fetchExecutorInfo(executor.url, 30_000);
    const life = await loadBuiltinFunction('life');
    lifeMeasurement = sha256(life);
    writeFileSync(join(dir, 'life.wasm'), life);
    writeFileSync(join(dir, 'data.enc'), encryptData(data, dataKey));
    dataAgent = await startAgentProcess(dir, 'data', {
      version: 1,
      role: 'data',
      release: 'dataKey',
      tee: { allowedKinds: ['simulated'], measurements: [hex(info.enclave.runtimeMeasurement)], allowSimulated: true },
      functions: [hex(lifeMeasurement)],
      chainId: world.devnet.chainId,
      channels: world.devnet.channels,
      results: { recipient: 'owner', publicKey: hex(recipientKeys.publicKey) },
    }, dataKey);
  });

  after(async () => {
    if (dataAgent !== undefined) await stopAgentProcess(dataAgent);
    await world?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('killed after paying; resumed, it hands on the stored sealed secret and the recipient opens the round', async () => {
    const dataDir = join(dir, 'requester');
    const args = [
      'run', 'wasm', join(dir, 'life.wasm'), '--state', join(dir, 'data.enc'), '--data-owner', dataAgent.url, '--cycles', '3', '--per-round', '3',
      '--executor', executor.url, '--json', '--allow-simulated', '--data-dir', dataDir, '--rpc-url', world.devnet.rpcUrl, '--channels', world.devnet.channels,
    ];
    const env = { AIRTNT_PRIVATE_KEY: world.devnet.accounts[2]!.privateKey };
    const crashed = await runCli(args, { env, command: misbehavingRequester('crash-after-payment') });
    assert.equal(crashed.signal, 'SIGKILL', crashed.stderr);

    // On disk before anything was sent: the recipient and its sealed secret, beside the paid round.
    const store = new RequesterStore(join(dataDir, 'requester.sqlite'));
    const [stored] = store.db.prepare('SELECT session_id FROM sessions').all() as { session_id: Hex }[];
    const [handedBefore] = store.resultsForRun(store.session(stored!.session_id)!.runId);
    store.close();
    assert.equal(handedBefore?.recipient, toHex(recipientKeys.publicKey));

    // The resumed requester finds k on the chain (the executor collects once the session drops).
    const resumed = await runCli(args, { env });
    assert.equal(resumed.code, 0, resumed.stderr);
    const summary = JSON.parse(resumed.stdout.trim().split('\n').pop()!) as { cycles: number; sessions: unknown[]; resultsFor: Handed[] };
    assert.equal(summary.cycles, 3);
    assert.equal(summary.sessions.length, 0, 'nothing was run or paid again');
    assert.deepEqual(summary.resultsFor, [handedBefore]);

    const reopened = new RequesterStore(join(dataDir, 'requester.sqlite'));
    const rounds = reopened.roundsOfSession(handedBefore!.sessionId);
    reopened.close();
    assert.equal(rounds.length, 1);
    assert.ok(rounds[0]!.key !== undefined, 'k was recovered from the chain');
    const policy = await fetchOwnerPolicy(dataAgent.url);
    const binding = {
      chainId: BigInt(world.devnet.chainId), channels: fromHex(world.devnet.channels), channelId: fromHex(rounds[0]!.channelId), sessionId: fromHex(handedBefore!.sessionId),
      functionMeasurement: lifeMeasurement, recipient: recipientKeys.publicKey, role: 'data' as const, policyHash: policy.policyHash,
    };
    const resultSecret = openResultSecret({ recipientSecretKey: recipientKeys.secretKey, binding, sealed: fromHex(handedBefore!.sealedResultSecret) });
    const round = rounds[0]!;
    const opened = openRoundResult({ sessionSecret: resultSecret, sessionId: binding.sessionId, round: round.round, record: round.record, key: round.key!, stateCiphertext: round.stateCiphertext, outputsCiphertext: round.outputsCiphertext, previousState: data });
    assert.deepEqual(decodeLifeState(opened.state), lifeRunReference(decodeLifeState(data), 3).pattern, 'the recovered round equals a local run');
  });
});
