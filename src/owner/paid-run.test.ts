/**
 * A paid run of an owned module on owned data through an executor's wire (anvil, an executor process
 * with the simulated TEE, a code owner's and a data owner's `airtnt owner serve` processes): the
 * releases travel in the `open` frame, the requester pays every round and checks every record, and
 * only the data owner, the named recipient, opens the results.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Hex } from 'viem';
import { generateHpkeKeyPair } from '../crypto/hpke.js';
import { loadBuiltinFunction } from '../functions/abi.js';
import { decodeLifeState, encodeLifeState, lifeRunReference, parseRle } from '../functions/life.js';
import { RequesterStore } from '../node/requester-store.js';
import { startTestWorld, type TestWorld } from '../node/testing.js';
import { DEFAULT_CHANNEL_SECONDS, fetchExecutorInfo, verifyExecutor } from '../node/verify-executor.js';
import { ensureChannel } from '../node/requester-channels.js';
import type { ExecutorProcess } from '../node/process.js';
import { encryptData, encryptModule, generateOwnerKey } from '../protocol/owner-data.js';
import { openResultSecret } from '../protocol/release.js';
import { openRoundResult } from '../protocol/sealing.js';
import { fromHex, toHex } from '../util/bytes.js';
import { isRemoteRefusal } from '../util/errors.js';
import { ALL_DIFF_CODECS } from '../protocol/codecs.js';
import { SessionClient } from '../node/session-client.js';
import { fetchOwnerPolicy, ownerOpeningFor, requestRelease } from './client.js';
import { executorReleaseSigner } from './relay.js';
import { loggedReleases, refusedBy, startAgentProcess, stopAgentProcess, type AgentProcess } from './test-helpers.js';

const hex = (bytes: Uint8Array) => toHex(bytes).slice(2);

describe('a paid run of an owned module on owned data, through the executor\'s wire (real processes)', { timeout: 600_000 }, () => {
  let world: TestWorld;
  let executor: ExecutorProcess;
  let codeAgent: AgentProcess;
  let dataAgent: AgentProcess;
  let lifeMeasurement: Uint8Array;
  let encryptedModule: Uint8Array;
  const dir = mkdtempSync(join(tmpdir(), 'airtnt-owner-paid-'));
  const codeKey = generateOwnerKey();
  const dataKey = generateOwnerKey();
  const recipientKeys = generateHpkeKeyPair();
  const data = encodeLifeState(16, 16, parseRle('x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!'));
  const encryptedData = encryptData(data, dataKey);

  before(async () => {
    world = await startTestWorld();
    executor = await world.startExecutor(1);
    const { info } = await fetchExecutorInfo(executor.url, 30_000);
    const life = await loadBuiltinFunction('life');
    lifeMeasurement = sha256(life);
    encryptedModule = encryptModule(life, codeKey);
    const base = {
      version: 1,
      tee: { allowedKinds: ['simulated'], measurements: [hex(info.enclave.runtimeMeasurement)], allowSimulated: true },
      functions: [hex(lifeMeasurement)],
      chainId: world.devnet.chainId,
      channels: world.devnet.channels,
    };
    [codeAgent, dataAgent] = await Promise.all([
      startAgentProcess(dir, 'code', { ...base, role: 'code', release: 'codeKey', results: { recipient: 'any' } }, codeKey),
      startAgentProcess(dir, 'data', { ...base, role: 'data', release: 'dataKey', results: { recipient: 'owner', publicKey: hex(recipientKeys.publicKey) } }, dataKey),
    ]);
  });

  after(async () => {
    await Promise.all([codeAgent, dataAgent].filter((agent) => agent !== undefined).map(stopAgentProcess));
    await world?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('completes and pays; the data owner opens the results (equal to a local run), the requester cannot; a release for another session fails', async () => {
    const requester = world.requester(2, { name: 'owned-requester' });
    const result = await requester.run({
      functionMeasurement: lifeMeasurement,
      initialState: encryptedData,
      totalCycles: 6,
      perRound: 3,
      executors: [executor.url],
      owners: { codeOwner: codeAgent.url, dataOwner: dataAgent.url, encryptedModule },
    });
    requester.close();
    assert.equal(result.rounds, 2);
    assert.equal(result.cyclesDone, 6);
    assert.ok(result.paid.length === 1 && result.paid[0]!.amount > 0n, 'the requester paid the executor');
    assert.equal(result.finalState.length, 0, 'the requester holds no result');
    assert.equal(result.resultsFor?.length, 1);
    const handed = result.resultsFor![0]!;
    assert.equal(handed.recipient, toHex(recipientKeys.publicKey));

    // What the requester stored: records, ciphertexts, keys, its own session secret.
    const store = new RequesterStore(join(world.dir, 'owned-requester', 'requester.sqlite'));
    const rounds = store.roundsOfSession(handed.sessionId as Hex);
    const session = store.session(handed.sessionId as Hex)!;
    store.close();
    assert.equal(rounds.length, 2);
    assert.ok(rounds.every((round) => round.key !== undefined && round.status === 'keyed'));

    // The data owner opens its result secret, then every round, checking the commitments chain.
    const dataPolicy = await fetchOwnerPolicy(dataAgent.url);
    const binding = {
      chainId: BigInt(world.devnet.chainId), channels: fromHex(world.devnet.channels), channelId: fromHex(rounds[0]!.channelId), sessionId: fromHex(handed.sessionId as Hex),
      functionMeasurement: lifeMeasurement, recipient: recipientKeys.publicKey, role: 'data' as const, policyHash: dataPolicy.policyHash,
    };
    const resultSecret = openResultSecret({ recipientSecretKey: recipientKeys.secretKey, binding, sealed: fromHex(handed.sealedResultSecret as Hex) });
    let state = data;
    for (const round of rounds) {
      const opened = openRoundResult({ sessionSecret: resultSecret, sessionId: binding.sessionId, round: round.round, record: round.record, key: round.key!, stateCiphertext: round.stateCiphertext, outputsCiphertext: round.outputsCiphertext, previousState: state });
      state = opened.state;
    }
    assert.deepEqual(decodeLifeState(state), lifeRunReference(decodeLifeState(data), 6).pattern, 'the results equal a local run');

    // The requester's own session secret opens nothing.
    assert.throws(() => openRoundResult({ sessionSecret: session.sessionSecret, sessionId: binding.sessionId, round: 1n, record: rounds[0]!.record, key: rounds[0]!.key!, stateCiphertext: rounds[0]!.stateCiphertext, outputsCiphertext: rounds[0]!.outputsCiphertext, previousState: data }));

    // Each agent released exactly once, for this session; asking again for it is refused.
    for (const agent of [codeAgent, dataAgent]) {
      const { releases } = loggedReleases(agent);
      assert.deepEqual(releases.map((row) => row.sessionId), [handed.sessionId]);
    }
    const { info } = await fetchExecutorInfo(executor.url, 30_000);
    const identity = { tee: info.tee, insecure: info.insecure, ...info.enclave };
    await assert.rejects(
      requestRelease({ agentUrl: dataAgent.url, identity, session: binding, policy: dataPolicy, signRequest: executorReleaseSigner(executor.url) }),
      refusedBy('session.once'),
    );

    // Releases fetched for another session, sent in a signed opening through the executor's wire:
    // the enclave does not open them, nothing runs and nothing is paid.
    const chain = world.client(2);
    const verified = await verifyExecutor(executor.url, { chain, policy: { allowedKinds: ['simulated'], allowSimulated: true, allowDebug: true }, functionMeasurement: hex(lifeMeasurement) }, 30_000);
    const requesterStore = new RequesterStore(join(world.dir, 'owned-requester', 'requester.sqlite'));
    try {
      const { channel, base } = await ensureChannel(chain, requesterStore, {
        executor: verified.info.executor, token: undefined, needed: verified.pricePerCycle * 3n, minDeposit: verified.info.minDeposit, minSeconds: verified.info.limits.minChannelSeconds, channelSeconds: DEFAULT_CHANNEL_SECONDS,
      });
      const client = new SessionClient(
        { chain, store: requesterStore, codecs: ALL_DIFF_CODECS, timeouts: { connectMs: 30_000, resultMs: 60_000, keyMs: 30_000, keyFromChainMs: 1_000, chainPollMs: 200 }, log: () => {} },
        {
          runId: result.runId, executor: verified, channel, base, functionMeasurement: lifeMeasurement, firstRound: 1n, state: encryptedData,
          owners: async ({ channelId }) => {
            const other = { ...binding, channelId, sessionId: new Uint8Array(randomBytes(32)) };
            const releases = await Promise.all([codeAgent, dataAgent].map(async (agent) => requestRelease({ agentUrl: agent.url, identity, session: other, policy: await fetchOwnerPolicy(agent.url), signRequest: executorReleaseSigner(executor.url) })));
            return ownerOpeningFor({ session: other, releases, encryptedModule }).owners;
          },
        },
      );
      await client.open(3, 3);
      await assert.rejects(client.receiveResult(), (error) => isRemoteRefusal(error, 'RELEASE_BINDING_MISMATCH'));
      client.abandon();

      // Owners naming another chain than the executor's (a release pinned there, used here): refused by the
      // executor's host before anything else, with the code the enclave would give too; nothing runs.
      const onOtherChain = new SessionClient(
        { chain, store: requesterStore, codecs: ALL_DIFF_CODECS, timeouts: { connectMs: 30_000, resultMs: 60_000, keyMs: 30_000, keyFromChainMs: 1_000, chainPollMs: 200 }, log: () => {} },
        {
          runId: result.runId, executor: verified, channel, base, functionMeasurement: lifeMeasurement, firstRound: 1n, state: encryptedData,
          owners: async ({ channelId, sessionId }) => {
            const here = { ...binding, channelId, sessionId };
            const releases = await Promise.all([codeAgent, dataAgent].map(async (agent) => requestRelease({ agentUrl: agent.url, identity, session: here, policy: await fetchOwnerPolicy(agent.url), signRequest: executorReleaseSigner(executor.url) })));
            return { ...ownerOpeningFor({ session: here, releases, encryptedModule }).owners, chainId: 1n };
          },
        },
      );
      await onOtherChain.open(3, 3);
      await assert.rejects(onOtherChain.receiveResult(), (error) => isRemoteRefusal(error, 'OWNER_CHAIN_MISMATCH'));
      onOtherChain.abandon();
    } finally {
      requesterStore.close();
    }
  });
});
