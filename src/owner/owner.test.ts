/**
 * Three parties on real processes: a code owner's and a data owner's release agents (`airtnt owner
 * serve`, each its own process on loopback HTTP with its own SQLite log), a requester (this process),
 * and an enclave (enclave worker + execution worker, simulated TEE). The owners release only to the
 * enclave and session their policies accept; every refusal names its rule; a replayed release fails
 * in the enclave; the requester never reads the module, the data or the results.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '@noble/hashes/sha2.js';
import { generateHpkeKeyPair, hpkeOpen } from '../crypto/hpke.js';
import { createEnclave, type EnclaveHandle } from '../enclave/index.js';
import { loadBuiltinFunction } from '../functions/abi.js';
import { decodeLifeState, encodeLifeState, lifeRunReference, parseRle } from '../functions/life.js';
import { decryptData, encryptData, encryptModule, generateOwnerKey } from '../protocol/owner-data.js';
import { ownersDigest, type OwnerOpening } from '../protocol/owner-opening.js';
import { openRelease, openResultSecret, RELEASE_INFO, REQUESTER_RECIPIENT, sealRelease, type SessionBinding } from '../protocol/release.js';
import { openRoundResult, sealModule, sealSessionOpening } from '../protocol/sealing.js';
import { createSimulatedProvider } from '../tee/simulated.js';
import { toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { cliCommand } from '../util/paths.js';
import { fetchOwnerPolicy, ownerOpeningFor, requestRelease, type FetchedRelease } from './client.js';
import { agentStderrMatching, loggedReleases, refusedBy, startAgentProcess, stopAgentProcess, type AgentProcess } from './test-helpers.js';

const code = (c: string) => (error: unknown) => isAirtntError(error, c);
const hex = (bytes: Uint8Array) => toHex(bytes).slice(2);

type Agent = AgentProcess;

const dir = mkdtempSync(join(tmpdir(), 'airtnt-owners-'));
const CHAIN_ID = 31337n;
const CHANNELS = new Uint8Array(20).fill(0xcc);
/** Another chain and contract, which a "mainnet-only" owner pins: not the enclave's. */
const OTHER_CHAIN_ID = 1n;
const OTHER_CHANNELS = new Uint8Array(20).fill(0xdd);

const startAgent = (name: string, policy: unknown, secret: Uint8Array) => startAgentProcess(dir, name, policy, secret);
const stopAgent = stopAgentProcess;

describe('code owner, data owner and requester as separate parties (real agent processes, simulated enclave)', { concurrency: 1 }, () => {
  let enclave: EnclaveHandle;
  let runtime: string;
  let life: Uint8Array;
  let lifeMeasurement: Uint8Array;
  const codeKey = generateOwnerKey();
  const dataKey = generateOwnerKey();
  const dataOwnerKeys = generateHpkeKeyPair();
  const glider = parseRle('x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!');
  const data = encodeLifeState(16, 16, glider);
  const encryptedData = encryptData(data, dataKey);
  let encryptedModule: Uint8Array;
  const agents: Record<string, Agent> = {};

  const teePolicy = (over: Record<string, unknown> = {}) => ({ allowedKinds: ['simulated'], measurements: [runtime], allowSimulated: true, ...over });

  before(async () => {
    enclave = await createEnclave({ tee: createSimulatedProvider(), builtinFunctions: false, limits: { maxRoundMs: 60_000 }, chain: { chainId: CHAIN_ID, channels: CHANNELS } });
    runtime = hex(enclave.identity().runtimeMeasurement);
    life = await loadBuiltinFunction('life');
    lifeMeasurement = sha256(life);
    encryptedModule = encryptModule(life, codeKey);
    const base = { version: 1, functions: [hex(lifeMeasurement)], chainId: Number(CHAIN_ID), channels: toHex(CHANNELS) };
    const started = await Promise.all([
      startAgent('code', { ...base, role: 'code', release: 'codeKey', tee: teePolicy(), results: { recipient: 'any' } }, codeKey),
      startAgent('data', { ...base, role: 'data', release: 'dataKey', tee: teePolicy(), results: { recipient: 'owner', publicKey: hex(dataOwnerKeys.publicKey) } }, dataKey),
      startAgent('other-runtime', { ...base, role: 'data', release: 'dataKey', tee: teePolicy({ measurements: ['ab'.repeat(32)] }), results: { recipient: 'requester' } }, dataKey),
      startAgent('no-simulated', { ...base, role: 'data', release: 'dataKey', tee: teePolicy({ allowSimulated: false }), results: { recipient: 'requester' } }, dataKey),
      startAgent('other-chain', { ...base, chainId: Number(OTHER_CHAIN_ID), channels: toHex(OTHER_CHANNELS), role: 'data', release: 'dataKey', tee: teePolicy(), results: { recipient: 'requester' } }, dataKey),
    ]);
    [agents.code, agents.data, agents.otherRuntime, agents.noSimulated, agents.otherChain] = started;
  });

  after(async () => {
    await Promise.all(Object.values(agents).map(stopAgent));
    await enclave?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const newSession = (recipient = dataOwnerKeys.publicKey): SessionBinding => ({
    chainId: CHAIN_ID, channels: CHANNELS, channelId: randomBytes(32), sessionId: randomBytes(32), functionMeasurement: lifeMeasurement, recipient,
  });

  const ask = async (agent: Agent, session: SessionBinding, sign = (statement: Uint8Array) => enclave.signReleaseRequest(statement)): Promise<FetchedRelease> =>
    requestRelease({ agentUrl: agent.url, identity: enclave.identity(), session, policy: await fetchOwnerPolicy(agent.url), signRequest: sign });

  /** The requester's part: seal its own session secret and the data owner's ciphertext, with the owners' digest. */
  const openWith = async (session: SessionBinding, owners: OwnerOpening, state: Uint8Array) => {
    const sessionSecret = randomBytes(32);
    const fields = { sessionId: session.sessionId, channelId: session.channelId, functionMeasurement: session.functionMeasurement, firstRound: 1n };
    const sealedSession = sealSessionOpening({ ...fields, ownersDigest: ownersDigest(owners), enclaveHpkePublicKey: enclave.identity().hpkePublicKey, sessionSecret, state });
    await enclave.openSession({ ...fields, sealedSession, owners });
    return sessionSecret;
  };

  it('both owners release to the right enclave and session; the run uses their module and data; only the data owner reads the results', async () => {
    const session = newSession();
    const [codeRelease, dataRelease] = await Promise.all([ask(agents.code!, session), ask(agents.data!, session)]);
    assert.equal(codeRelease.sealedResultSecret, undefined, 'the code owner does not name itself recipient');
    assert.ok(dataRelease.sealedResultSecret, 'the data owner seals the result secret to itself');
    const { owners } = ownerOpeningFor({ session, releases: [codeRelease, dataRelease], encryptedModule });
    const requesterSecret = await openWith(session, owners, encryptedData);
    const result = await enclave.runRound(session.sessionId, 1n, 5);

    // The data owner opens its result secret and the round, and finds the module's work on its data.
    const resultSecret = openResultSecret({ recipientSecretKey: dataOwnerKeys.secretKey, binding: dataRelease.binding, sealed: dataRelease.sealedResultSecret! });
    const opened = openRoundResult({ sessionSecret: resultSecret, sessionId: session.sessionId, round: 1n, record: result.record, key: result.key, stateCiphertext: result.stateCiphertext, outputsCiphertext: result.outputsCiphertext, previousState: data });
    assert.deepEqual(decodeLifeState(opened.state), lifeRunReference(decodeLifeState(data), 5).pattern);

    // The requester holds ciphertexts and sealed keys only: none of it opens with what it has.
    const requesterGuess = generateHpkeKeyPair().secretKey;
    assert.throws(() => openRoundResult({ sessionSecret: requesterSecret, sessionId: session.sessionId, round: 1n, record: result.record, key: result.key, stateCiphertext: result.stateCiphertext, outputsCiphertext: result.outputsCiphertext, previousState: data }));
    assert.throws(() => openResultSecret({ recipientSecretKey: requesterGuess, binding: dataRelease.binding, sealed: dataRelease.sealedResultSecret! }), code('RELEASE_BINDING_MISMATCH'));
    assert.throws(() => openRelease({ hpkeSecretKey: requesterGuess, binding: dataRelease.binding, sealed: dataRelease.owned.sealed }), code('RELEASE_BINDING_MISMATCH'));
    assert.throws(() => hpkeOpen(requesterGuess, RELEASE_INFO, new Uint8Array(0), codeRelease.owned.sealed));
    assert.throws(() => decryptData(encryptedData, requesterSecret), code('OWNER_CIPHERTEXT_INVALID'));
    assert.equal(Buffer.from(encryptedModule).indexOf(Buffer.from(life.subarray(0, 64))), -1, 'the encrypted module does not show the module');

    // Both agents logged exactly this release, durably, before answering.
    for (const [agent, role] of [[agents.code!, 'code'], [agents.data!, 'data']] as const) {
      const { releases } = loggedReleases(agent);
      const row = releases.find((entry) => entry.sessionId === toHex(session.sessionId));
      assert.ok(row, `${role} release logged`);
      assert.equal(row.role, role);
      assert.equal(row.enclaveMeasurement, runtime);
      assert.equal(row.releaseSha256, toHex(sha256((role === 'code' ? codeRelease : dataRelease).owned.sealed)));
    }
  });

  it('a sealed release replayed into another session does not open in the enclave, and an agent releases once per session', async () => {
    const first = newSession();
    const [codeRelease, dataRelease] = await Promise.all([ask(agents.code!, first), ask(agents.data!, first)]);
    const second = newSession();
    assert.throws(() => ownerOpeningFor({ session: second, releases: [codeRelease, dataRelease], encryptedModule }), code('OWNER_OPENING_INVALID'));
    const owners: OwnerOpening = { chainId: CHAIN_ID, channels: CHANNELS, recipient: second.recipient, releases: [codeRelease.owned, dataRelease.owned], encryptedModule };
    await assert.rejects(openWith(second, owners, encryptedData), code('RELEASE_BINDING_MISMATCH'));
    await assert.rejects(enclave.runRound(second.sessionId, 1n, 1), code('SESSION_UNKNOWN'));
    await assert.rejects(ask(agents.data!, first), refusedBy('session.once'));
  });

  it('refuses, naming the rule: another enclave runtime, a simulated enclave, another function, another recipient, a binding the enclave did not sign', async () => {
    const toRequester = newSession(REQUESTER_RECIPIENT);
    await assert.rejects(ask(agents.otherRuntime!, toRequester), refusedBy('tee.measurements', 'POLICY_MEASUREMENT_NOT_ALLOWED'));
    await assert.rejects(ask(agents.noSimulated!, toRequester), refusedBy('tee.allowSimulated'));
    await assert.rejects(ask(agents.data!, { ...newSession(), functionMeasurement: sha256(randomBytes(8)) }), refusedBy('functions'));
    await assert.rejects(ask(agents.data!, toRequester), refusedBy('results'), 'the data owner requires itself as recipient');
    const impostor = await createEnclave({ tee: createSimulatedProvider(), builtinFunctions: false, chain: { chainId: CHAIN_ID, channels: CHANNELS } });
    try {
      // Signed by another enclave's key than the identity the request presents.
      await assert.rejects(ask(agents.data!, newSession(), (statement) => impostor.signReleaseRequest(Uint8Array.from([...statement.subarray(0, 31), ...impostor.identity().signingPublicKey, ...statement.subarray(63)]))), refusedBy('request.signature'));
    } finally {
      await impostor.close();
    }
    // Nothing was released by the refusing agents; each refusal is in the owner's log with its rule.
    for (const [agent, rule] of [[agents.otherRuntime!, 'tee.measurements'], [agents.noSimulated!, 'tee.allowSimulated']] as const) {
      const { releases, refusals } = loggedReleases(agent);
      assert.equal(releases.length, 0);
      assert.deepEqual(refusals.map((refusal) => refusal.rule), [rule]);
    }
  });

  it('an agent whose policy allows simulated enclaves warns INSECURE at start, naming its policy; one that forbids them does not', { timeout: 60_000 }, async () => {
    const warned = await agentStderrMatching(agents.data!, /INSECURE: policy \S*data\.policy\.json \(0x[0-9a-f]{64}\) allows simulated enclaves/);
    assert.match(warned, /forges a simulated enclave/);
    // The warning comes before the listening line, which was read long ago.
    assert.doesNotMatch(agents.noSimulated!.stderr(), /INSECURE: policy/);
  });

  it('a release pinned to another chain: the enclave signs no request naming it, and opens no owners naming it', async () => {
    // The requester writes the pinned chain and contract into the binding; the enclave is on CHAIN_ID.
    const onOtherChain = { ...newSession(REQUESTER_RECIPIENT), chainId: OTHER_CHAIN_ID, channels: OTHER_CHANNELS };
    await assert.rejects(ask(agents.otherChain!, onOtherChain), code('OWNER_CHAIN_MISMATCH'));
    assert.equal(loggedReleases(agents.otherChain!).releases.length, 0, 'nothing released');
    // A release for the other chain obtained anyhow (sealed here to this enclave) does not open either.
    await enclave.loadModule({ functionMeasurement: lifeMeasurement, sealedModule: sealModule({ enclaveHpkePublicKey: enclave.identity().hpkePublicKey, module: life }), maxModuleBytes: 1024 * 1024, compileMs: 60_000 });
    const policyHash = sha256(randomBytes(8));
    const sealed = sealRelease({ enclaveHpkePublicKey: enclave.identity().hpkePublicKey, binding: { ...onOtherChain, role: 'data', policyHash }, release: { kind: 'dataKey', secret: dataKey } });
    const owners: OwnerOpening = { chainId: OTHER_CHAIN_ID, channels: OTHER_CHANNELS, recipient: REQUESTER_RECIPIENT, releases: [{ role: 'data', policyHash, sealed }] };
    await assert.rejects(openWith(onOtherChain, owners, encryptedData), code('OWNER_CHAIN_MISMATCH'));
    await assert.rejects(enclave.runRound(onOtherChain.sessionId, 1n, 1), code('SESSION_UNKNOWN'));
    // The same, on this enclave's chain, opens (the honest path).
    const here = { ...onOtherChain, chainId: CHAIN_ID, channels: CHANNELS, sessionId: randomBytes(32) };
    const sealedHere = sealRelease({ enclaveHpkePublicKey: enclave.identity().hpkePublicKey, binding: { ...here, role: 'data', policyHash }, release: { kind: 'dataKey', secret: dataKey } });
    await openWith(here, { ...owners, chainId: CHAIN_ID, channels: CHANNELS, releases: [{ role: 'data', policyHash, sealed: sealedHere }] }, encryptedData);
    await enclave.runRound(here.sessionId, 1n, 1);
    // An enclave never told its chain serves no owner at all.
    const unbound = await createEnclave({ tee: createSimulatedProvider(), builtinFunctions: false });
    try {
      await assert.rejects(ask(agents.data!, newSession(), (statement) => unbound.signReleaseRequest(statement)), code('OWNER_CHAIN_MISMATCH'));
    } finally {
      await unbound.close();
    }
  });

  it('the enclave refuses a session that names the data owner as recipient without its release, and one whose owners were swapped by the host', async () => {
    const session = newSession();
    const codeRelease = await ask(agents.code!, session);
    const owners: OwnerOpening = { chainId: CHAIN_ID, channels: CHANNELS, recipient: session.recipient, releases: [codeRelease.owned], encryptedModule };
    await assert.rejects(openWith(session, owners, data), code('RESULT_SECRET_MISSING'));
    // The host strips the recipient after the requester sealed: the sealed session's aad no longer matches.
    const other = newSession();
    const [codeOther, dataOther] = await Promise.all([ask(agents.code!, other), ask(agents.data!, other)]);
    const sealedFor: OwnerOpening = { chainId: CHAIN_ID, channels: CHANNELS, recipient: other.recipient, releases: [codeOther.owned, dataOther.owned], encryptedModule };
    const fields = { sessionId: other.sessionId, channelId: other.channelId, functionMeasurement: lifeMeasurement, firstRound: 1n };
    const sealedSession = sealSessionOpening({ ...fields, ownersDigest: ownersDigest(sealedFor), enclaveHpkePublicKey: enclave.identity().hpkePublicKey, sessionSecret: randomBytes(32), state: encryptedData });
    await assert.rejects(enclave.openSession({ ...fields, sealedSession, owners: { ...sealedFor, releases: [codeOther.owned] } }), code('SESSION_OPENING_INVALID'));
  });

  it('an agent answers malformed requests with 400 naming the field, keeps serving, and keeps its releases through kill -9', async () => {
    const dataPolicy = { version: 1, role: 'data', release: 'dataKey', tee: teePolicy(), functions: [hex(lifeMeasurement)], results: { recipient: 'requester' } };
    const agent = await startAgent('durable', dataPolicy, dataKey);
    try {
      const post = (body: string) => fetch(`${agent.url}/v1/release`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const notJson = await post('{');
      assert.equal(notJson.status, 400);
      assert.equal(((await notJson.json()) as { error: { code: string } }).error.code, 'OWNER_REQUEST_INVALID');
      const badField = await post(JSON.stringify({ version: 1, enclave: {}, binding: {}, role: 'data', policyHash: '0x', signature: '0x' }));
      assert.equal(badField.status, 400);
      assert.match(((await badField.json()) as { error: { message: string } }).error.message, /enclave\./);
      const huge = await post(`"${'a'.repeat(3 * 1024 * 1024)}"`).then((response) => response.status, () => 'reset');
      assert.ok(huge === 400 || huge === 'reset', `an oversized body is refused (${huge})`);
      // Still serving: a good request gets its release, logged before the answer.
      const session = newSession(REQUESTER_RECIPIENT);
      const released = await ask(agent, session);
      const exited = once(agent.process, 'exit');
      agent.process.kill('SIGKILL');
      await exited;
      const { releases } = loggedReleases(agent);
      assert.equal(releases.length, 1);
      assert.equal(releases[0]!.releaseSha256, toHex(sha256(released.owned.sealed)));
      // A restarted agent on the same log still knows it released to this session.
      const restarted = await startAgent('durable', dataPolicy, dataKey);
      agents.durable = restarted;
      await assert.rejects(ask(restarted, session), refusedBy('session.once'));
    } finally {
      await stopAgent(agent);
    }
  });

  it('owner seal (offline, a real process) seals inline data once for a known enclave; the enclave runs on it', async () => {
    const inline = encodeLifeState(8, 8, glider);
    const policyPath = join(dir, 'inline.policy.json');
    const secretPath = join(dir, 'inline.secret');
    const evidencePath = join(dir, 'enclave.json');
    const outPath = join(dir, 'inline.release.json');
    const identity = enclave.identity();
    writeFileSync(policyPath, JSON.stringify({ version: 1, role: 'data', release: 'inlineData', tee: teePolicy(), functions: [hex(lifeMeasurement)], results: { recipient: 'requester' } }));
    writeFileSync(secretPath, inline);
    writeFileSync(evidencePath, JSON.stringify({ tee: identity.tee, signingPublicKey: toHex(identity.signingPublicKey), hpkePublicKey: toHex(identity.hpkePublicKey), runtimeMeasurement: toHex(identity.runtimeMeasurement), evidence: { kind: identity.evidence.kind, quote: toHex(identity.evidence.quote) } }));
    const session = newSession(REQUESTER_RECIPIENT);
    const [command, ...prefix] = cliCommand();
    const child = spawn(command!, [...prefix, 'owner', 'seal', '--policy', policyPath, '--secret', secretPath, '--evidence', evidencePath,
      '--chain-id', String(CHAIN_ID), '--channels', toHex(CHANNELS), '--channel', toHex(session.channelId), '--session', toHex(session.sessionId),
      '--function', toHex(lifeMeasurement), '--out', outPath, '--log', join(dir, 'inline.sqlite'), '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [exitCode] = (await once(child, 'exit')) as [number | null];
    assert.equal(exitCode, 0, stderr);
    const sealed = JSON.parse(readFileSync(outPath, 'utf8')) as { release: string; policyHash: string };
    const owners: OwnerOpening = {
      chainId: CHAIN_ID, channels: CHANNELS, recipient: REQUESTER_RECIPIENT,
      releases: [{ role: 'data', policyHash: Buffer.from(sealed.policyHash.slice(2), 'hex'), sealed: Buffer.from(sealed.release.slice(2), 'hex') }],
    };
    const sessionSecret = randomBytes(32);
    const fields = { sessionId: session.sessionId, channelId: session.channelId, functionMeasurement: lifeMeasurement, firstRound: 1n };
    const sealedSession = sealSessionOpening({ ...fields, ownersDigest: ownersDigest(owners), enclaveHpkePublicKey: identity.hpkePublicKey, sessionSecret, state: new Uint8Array(0) });
    // The module comes sealed to the enclave by the requester (it owns the code here); the data inline from its owner.
    await enclave.openSession({ ...fields, sealedSession, owners, sealedModule: sealModule({ enclaveHpkePublicKey: identity.hpkePublicKey, module: life }) });
    const result = await enclave.runRound(session.sessionId, 1n, 3);
    const opened = openRoundResult({ sessionSecret, sessionId: session.sessionId, round: 1n, record: result.record, key: result.key, stateCiphertext: result.stateCiphertext, outputsCiphertext: result.outputsCiphertext, previousState: inline });
    assert.deepEqual(decodeLifeState(opened.state), lifeRunReference(decodeLifeState(inline), 3).pattern);
  });
});
