/**
 * A third party's check of a selection document against a real registry on anvil: the candidate set is
 * rebuilt from the chain, so a requester cannot drop an executor (even rank 0 from both candidates and
 * ranking), rank one that is not active in the epoch, reorder the ranking, or leave one out with a reason
 * the chain contradicts. Nor can it steer rank 0 (the S1-S5 cases of a hostile review): choose its own
 * ticket or weight cap, list a candidate unranked, state a filter per node, rank an executor its own
 * filter excludes, drop executors for what only it saw without the checker accepting that explicitly, or
 * state a filter other than the one its task id committed before the seed existed (X3). Each is refused by
 * its named error. The registry admits only with the join committee it draws on chain (an admission under
 * another bitmap is refused there), so an admitted executor is rankable however its admission was submitted
 * (through a forwarder contract: hostile review X1) and whatever the verifiers of its admission do later
 * (withhold a proof, leave and withdraw: X2/X4); no exclusion names its committee.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { encodeFunctionData, keccak256, toHex as viemToHex, type Address, type Hex } from 'viem';
import { admitNode } from '../chain/admit-node.js';
import { createChainClient, type ChainClient } from '../chain/client.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { cliCommand } from '../util/paths.js';
import { prove } from '../vrf/ecvrf.js';
import { rankCandidates, taskSeed } from '../vrf/selection.js';
import { admissionCase, joinAs, newNode, signedBy, startRegistryNet, warpTo, type NetNode, type RegistryNet } from './harness.js';
import { airtntRegistryAbi } from '../chain/generated/contracts.js';
import { requestLeave } from '../chain/request-leave.js';
import { withdrawStake } from '../chain/withdraw-stake.js';
import { readAdmission } from './challenge.js';
import { readRegistryConstants } from './read-params.js';
import { readRegistryNode } from '../chain/read-registry-node.js';
import { readStakeAt } from './read-nodes.js';
import type { SelectionDocument } from './select-executor.js';
import { commitSelectionTask, type SelectionFilter } from './task-commitment.js';
import { verifySelectionAgainstChain, verifySelectionDocument } from './verify-selection.js';

const COLLATERAL = keccak256(viemToHex('collateral versions'));
let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;
let executors: NetNode[];
let pending: NetNode;
/** Signed by 5 verifiers under a committee bitmap the registry did not draw: refused on chain, still pending. */
let sybil: NetNode;
/** The verifiers drawn for executors[2]'s admission (one of them leaves and withdraws in the last test). */
let forwardedCommittee: NetNode[];
let doc: SelectionDocument;
/** Requesters 0 (funder: simulated, MIN_STAKE), 1 (sgx only) and 2 (above the executors' stake): each committed its filter. */
let requesters: ChainClient[];
let bases: SelectionDocument[];

/** A 40-byte forwarder contract: CALLDATACOPY, CALL(target, calldata), revert on failure (a relayer, a Safe). */
function forwarderInitcode(target: Address): Hex {
  const runtime = `365f5f375f5f365f5f73${target.slice(2).toLowerCase()}5af1602657` + '5f5ffd5b00';
  return `0x6028600a5f3960285ff3${runtime}`;
}

type Entry = { id: Address; vrfKey: Uint8Array; stake: bigint; proof: Uint8Array };
/**
 * The documents below rank the same few executors on the same seeds again and again: each node's entry
 * (its stake in the epoch, its proof on the seed: ECVRF proofs are deterministic) is made once per node,
 * seed and epoch, not once per document (a proof costs tens of milliseconds of CPU).
 */
const entries = new Map<string, Promise<Entry>>();

async function entryOf(node: NetNode, seed: Uint8Array, epoch: bigint): Promise<Entry> {
  const key = `${node.address} ${toHex(seed)} ${epoch}`;
  let entry = entries.get(key);
  if (entry === undefined) {
    entry = (async () => ({ id: node.address, vrfKey: fromHex(node.vrfKey, 32), stake: await readStakeAt(funder, net.registry, node.address, epoch), proof: prove(node.vrfSecret, seed) }))();
    entries.set(key, entry);
  }
  return { ...(await entry) };
}

/** The document a requester would print for `nodes` (ranked here), with `excluded` as given. */
async function documentFor(base: SelectionDocument, nodes: NetNode[], excluded: SelectionDocument['excluded'] = base.excluded): Promise<SelectionDocument> {
  const seed = fromHex(base.seed, 32);
  const ranked = rankCandidates(seed, await Promise.all(nodes.map((n) => entryOf(n, seed, BigInt(base.epoch)))), { ticket: BigInt(base.ticket) });
  return {
    ...base,
    candidates: ranked.map((r) => ({ node: r.id as Address, endpoint: `http://127.0.0.1:1/${r.id}`, vrfKey: toHex(r.vrfKey), stake: r.stake.toString(), proof: toHex(r.proof), beta: toHex(r.beta), u: r.u.toString(), weight: r.weight.toString() })),
    ranking: ranked.map((r) => r.id as Address),
    excluded,
  };
}

async function refused(promise: Promise<unknown>, code: string, mentions: string): Promise<void> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof AirtntError, `expected ${code}, got ${String(error)}`);
  assert.equal(error.code, code, error.message);
  assert.ok(`${error.message} ${JSON.stringify(error.details ?? {}, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`.toLowerCase().includes(mentions.toLowerCase()), `${error.message} names ${mentions}`);
}

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  // 9 verifiers, committees of 7: a committee other than the drawn one exists.
  net = await startRegistryNet(funder, { verifierCount: 9 });
  // Three executors join in one epoch and are admitted by 5 of the 7 drawn verifiers (the third through a
  // stranger's forwarder contract); a fourth stays pending.
  executors = [await newNode(funder), await newNode(funder), await newNode(funder)];
  pending = await newNode(funder);
  sybil = await newNode(funder);
  let caseEpoch = 0n;
  for (const node of [...executors, pending]) caseEpoch = (await joinAs(net, node, 'executor')).caseEpoch;
  caseEpoch = (await joinAs(net, sybil, 'executor', net.params.minStake * 3n)).caseEpoch;
  await warpTo(net, caseEpoch);
  for (const node of executors.slice(0, 2)) {
    const c = await admissionCase(net, node, caseEpoch, COLLATERAL);
    await admitNode(funder, { registry: net.registry, node: node.address, evidenceHash: c.verdict.evidenceHash, keysHash: c.verdict.keysHash, collateralHash: COLLATERAL, committee: c.verdict.committee, signatures: await signedBy(net, c.verdict, c.signers.slice(0, 5)) });
  }
  // X1: the drawn committee's admission of executors[2], submitted by a stranger through a forwarder contract.
  const stranger = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[2]!.privateKey, chainId: devnet.chainId });
  const deployed = await stranger.public.waitForTransactionReceipt({ hash: await stranger.wallet.sendTransaction({ data: forwarderInitcode(net.registry), to: null } as never) });
  const fc = await admissionCase(net, executors[2]!, caseEpoch, COLLATERAL);
  forwardedCommittee = fc.signers;
  const call = encodeFunctionData({ abi: airtntRegistryAbi, functionName: 'admit', args: [executors[2]!.address, fc.verdict.evidenceHash, fc.verdict.keysHash, COLLATERAL, fc.verdict.committee, await signedBy(net, fc.verdict, fc.signers.slice(0, 5))] });
  const forwarded = await stranger.public.waitForTransactionReceipt({ hash: await stranger.wallet.sendTransaction({ to: deployed.contractAddress!, data: call } as never) });
  assert.equal(forwarded.status, 'success');
  // The Admitted event alone gives the admitting verdict back (no call data needed); its signatures are not readable.
  const admission = await readAdmission(funder, await readRegistryConstants(funder, net.registry), executors[2]!.address, 0n);
  assert.deepEqual({ committee: admission.verdict.committee, collateralHash: admission.verdict.collateralHash }, { committee: fc.verdict.committee, collateralHash: COLLATERAL });
  // The sybil (3 * MIN_STAKE): 5 verifiers under a 7-slot bitmap that is not the drawn one. Refused on chain.
  const c = await admissionCase(net, sybil, caseEpoch, COLLATERAL);
  const slots = await Promise.all(net.verifiers.map(async (v) => (await readRegistryNode(funder, { registry: net.registry, node: v.address })).index));
  const inBitmap = (i: number) => ((c.verdict.committee >> BigInt(slots[i]!)) & 1n) === 1n;
  const outside = net.verifiers.filter((_, i) => !inBitmap(i));
  const fake = [...outside, ...net.verifiers.filter((_, i) => inBitmap(i)).slice(0, 7 - outside.length)];
  const fakeBitmap = fake.reduce((m, v) => m | (1n << BigInt(slots[net.verifiers.indexOf(v)]!)), 0n);
  assert.notEqual(fakeBitmap, c.verdict.committee);
  const verdict = { ...c.verdict, committee: fakeBitmap };
  await refused(
    admitNode(funder, { registry: net.registry, node: sybil.address, evidenceHash: verdict.evidenceHash, keysHash: verdict.keysHash, collateralHash: COLLATERAL, committee: fakeBitmap, signatures: await signedBy(net, verdict, fake.slice(0, 5)) }),
    'REGISTRY_JOIN_COMMITTEE_MISMATCH',
    sybil.address,
  );
  assert.equal((await readRegistryNode(funder, { registry: net.registry, node: sybil.address })).status, 'pending');
  // The requester (funder) commits its task id, with its filter, two epochs ahead: by then the admitted
  // executors are active. Two other requesters commit other filters for the same epoch (S1/S2 below).
  const stake = await readStakeAt(funder, net.registry, executors[0]!.address, caseEpoch);
  const filters: SelectionFilter[] = [
    { teeKinds: ['simulated'], minStake: net.params.minStake.toString() },
    { teeKinds: ['sgx'], minStake: net.params.minStake.toString() },
    { teeKinds: null, minStake: (stake + 1n).toString() },
  ];
  requesters = [funder, (await newNode(funder)).client, (await newNode(funder)).client];
  const salt = keccak256(viemToHex('verify-selection test'));
  const commits = [];
  for (let i = 0; i < 3; i++) commits.push(await commitSelectionTask(requesters[i]!, { registry: net.registry, filter: filters[i]!, salt }));
  const epoch = commits[0]!.epoch;
  assert.ok(commits.every((c) => c.epoch === epoch));
  await warpTo(net, epoch);
  const { seed: epochSeed, reveals } = await readRegistryEpoch(funder, { registry: net.registry, epoch });
  bases = commits.map((committed, i) => ({
    version: 'airtnt-selection/2', chainId: devnet.chainId, registry: net.registry, requester: requesters[i]!.account.address, epoch: epoch.toString(),
    epochSeed, reveals: reveals.toString(), taskId: committed.taskId, salt, seed: toHex(taskSeed(fromHex(epochSeed, 32), fromHex(committed.taskId, 32))),
    ticket: net.params.minStake.toString(), maxTickets: '1024', filter: filters[i]!, candidates: [], ranking: [], excluded: [],
  }));
  doc = await documentFor(bases[0]!, executors, []);
});
const dir = mkdtempSync(join(tmpdir(), 'airtnt-verify-selection-'));
after(async () => {
  await devnet?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** `airtnt registry verify-selection FILE --rpc-url URL ...args`: its exit code and output. */
function verifyCli(file: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const [node, ...prefix] = cliCommand();
  const child = spawn(node!, [...prefix, 'registry', 'verify-selection', file, '--rpc-url', devnet.rpcUrl, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('verifySelectionAgainstChain: the candidate set comes from the chain', { timeout: 600_000 }, () => {
  it('accepts the honest document: every candidate of the epoch ranked, the one admitted through a forwarder too', async () => {
    const check = await verifySelectionAgainstChain(funder, doc);
    assert.deepEqual(check.ranking, doc.ranking);
    assert.equal(check.ranking.length, 3);
    assert.deepEqual(check.excluded, []);
  });

  it('refuses a document from which rank 0 was dropped (candidates and ranking), naming it', async () => {
    const rank0 = doc.ranking[0]!;
    const dropped = await documentFor(doc, executors.filter((e) => e.address !== rank0));
    verifySelectionDocument(dropped); // on its own fields it recomputes: only the chain shows the gap
    await refused(verifySelectionAgainstChain(funder, dropped), 'SELECTION_CANDIDATE_MISSING', rank0);
  });

  it('refuses a ranked executor that is not admitted and active in the epoch, naming it', async () => {
    const withPending = await documentFor(doc, [...executors, pending]);
    await refused(verifySelectionAgainstChain(funder, withPending), 'SELECTION_CANDIDATE_NOT_ACTIVE', pending.address);
  });

  it('refuses swapped ranks', async () => {
    const swapped = { ...doc, ranking: [doc.ranking[1]!, doc.ranking[0]!, ...doc.ranking.slice(2)] };
    await refused(verifySelectionAgainstChain(funder, swapped), 'SELECTION_MISMATCH', 'ranking');
  });

  it('S5: refuses a ticket or weight cap the document chose, and a candidate listed unranked with or without a valid proof', async () => {
    const stake = await readStakeAt(funder, net.registry, executors[0]!.address, BigInt(doc.epoch));
    // A ticket above the honest stakes (2 MIN_STAKE): nobody would weigh anything.
    const ticket = (stake + 1n).toString();
    const steered = await documentFor({ ...doc, ticket }, executors);
    await refused(verifySelectionAgainstChain(funder, steered), 'SELECTION_PARAMETERS_MISMATCH', ticket);
    await refused(verifySelectionAgainstChain(funder, { ...doc, maxTickets: '1' }), 'SELECTION_PARAMETERS_MISMATCH', 'maxTickets');
    // Listed as candidates with weight 0 and all-zero proofs: the proof is checked whatever the weight.
    const zeroProof = { ...steered, candidates: [...steered.candidates, ...doc.candidates.map((c) => ({ ...c, proof: `0x${'00'.repeat(80)}` as const, beta: `0x${'00'.repeat(64)}` as const, u: '0', weight: '0' }))] };
    assert.throws(() => verifySelectionDocument(zeroProof), (e: unknown) => e instanceof AirtntError && e.code === 'SELECTION_MISMATCH' && /proof/.test(e.message));
    // With their real proofs they are still not ranked: refused, they must be excluded by the stake reason.
    const unranked = { ...steered, candidates: [...steered.candidates, ...doc.candidates] };
    assert.throws(() => verifySelectionDocument(unranked), (e: unknown) => e instanceof AirtntError && e.code === 'SELECTION_MISMATCH' && /weighs 0/.test(e.message));
  });

  it('S1/S2: refuses exclusions that contradict the document\'s one filter, and a ranked node the filter excludes', async () => {
    const [a, b, c] = executors as [NetNode, NetNode, NetNode];
    const stakeOf = async (n: NetNode) => readStakeAt(funder, net.registry, n.address, BigInt(doc.epoch));
    // S1: simulated excluded while the filter accepts simulated (and simulated nodes are ranked).
    const s1 = await documentFor(doc, [b, c], [{ node: a.address, reason: 'TEE kind simulated not accepted' }, ...doc.excluded]);
    await refused(verifySelectionAgainstChain(funder, s1), 'SELECTION_EXCLUSION_REFUTED', 'filter accepts');
    // A filter (committed: requester 1) that refuses simulated, yet ranks simulated executors.
    const sgxOnly = await documentFor(bases[1]!, executors, doc.excluded);
    await refused(verifySelectionAgainstChain(funder, sgxOnly), 'SELECTION_FILTER_CONTRADICTED', sgxOnly.ranking[0]!);
    // S2: a per-node "minimum" that is not the filter's.
    const [sa, sb] = [await stakeOf(a), await stakeOf(b)];
    const s2 = await documentFor(doc, [c], [{ node: a.address, reason: `stake ${sa} below the minimum ${sa + 1n}` }, { node: b.address, reason: `stake ${sb} below the minimum ${sb + 1n}` }, ...doc.excluded]);
    await refused(verifySelectionAgainstChain(funder, s2), 'SELECTION_EXCLUSION_REFUTED', 'filter sets the minimum');
    // The filter raised to that minimum (committed: requester 2): then the ranked c (same stake) contradicts it.
    assert.equal(bases[2]!.filter.minStake, (sa + 1n).toString());
    const raised = await documentFor(bases[2]!, [c], [{ node: a.address, reason: `stake ${sa} below the minimum ${sa + 1n}` }, { node: b.address, reason: `stake ${sb} below the minimum ${sb + 1n}` }, ...doc.excluded]);
    await refused(verifySelectionAgainstChain(funder, raised), 'SELECTION_FILTER_CONTRADICTED', c.address);
    // Consistent: every honest executor below the filter's minimum, committed before the seed, nobody ranked.
    const all = await documentFor(bases[2]!, [], [...await Promise.all(executors.map(async (n) => ({ node: n.address, reason: `stake ${await stakeOf(n)} below the minimum ${sa + 1n}` }))), ...doc.excluded]);
    assert.deepEqual((await verifySelectionAgainstChain(funder, all)).ranking, []);
  });

  it('X3: refuses a filter chosen after the seed: the task id commits the filter (and salt) it was committed with', async () => {
    const [a, b, c] = executors as [NetNode, NetNode, NetNode];
    const stakeOf = async (n: NetNode) => readStakeAt(funder, net.registry, n.address, BigInt(doc.epoch));
    const minimum = (await stakeOf(a)) + 1n;
    // The requester saw the seed and every candidate's VRF value, then set its filter to censor them all
    // (or all but a favourite): consistent with the chain, but not the filter its task id committed.
    const reasons = await Promise.all([a, b, c].map(async (n) => ({ node: n.address, reason: `stake ${await stakeOf(n)} below the minimum ${minimum}` })));
    const censored = await documentFor({ ...doc, filter: { teeKinds: null, minStake: minimum.toString() } }, [], [...reasons, ...doc.excluded]);
    assert.throws(() => verifySelectionDocument(censored), (e: unknown) => e instanceof AirtntError && e.code === 'SELECTION_FILTER_NOT_COMMITTED' && e.details.taskId === doc.taskId && (e.details.filter as SelectionFilter).minStake === minimum.toString());
    await refused(verifySelectionAgainstChain(funder, censored), 'SELECTION_FILTER_NOT_COMMITTED', minimum.toString());
    // The TEE kinds are committed too: the same kinds in another order are the same filter, another set is not.
    const teeSwap = await documentFor({ ...doc, filter: { teeKinds: ['sgx'], minStake: doc.filter.minStake } }, [], [...[a, b, c].map((n) => ({ node: n.address, reason: 'TEE kind simulated not accepted' })), ...doc.excluded]);
    await refused(verifySelectionAgainstChain(funder, teeSwap), 'SELECTION_FILTER_NOT_COMMITTED', 'sgx');
    verifySelectionDocument({ ...doc, filter: { ...doc.filter, teeKinds: ['simulated', 'simulated'] } });
    // Another salt than the committed one (so another committed filter could be claimed) is refused too.
    await refused(verifySelectionAgainstChain(funder, { ...doc, salt: keccak256(viemToHex('another salt')) }), 'SELECTION_FILTER_NOT_COMMITTED', doc.taskId);
    // A requester that committed that stricter filter before the seed may use it (requester 2, S2 above).
    assert.deepEqual((await verifySelectionAgainstChain(funder, await documentFor(bases[2]!, [], [...reasons, ...doc.excluded]))).ranking, []);
  });

  it('S3: only the selection\'s reason codes; unverifiable exclusions fail unless accepted; no committee reason; the sybil is not ranked', async () => {
    const rank0 = doc.ranking[0]!;
    const rest = executors.filter((e) => e.address !== rank0);
    const withReason = async (reason: string) => documentFor(doc, rest, [{ node: rank0, reason }, ...doc.excluded]);
    const noProof = await withReason('no VRF proof (EXECUTOR_UNREACHABLE)');
    await refused(verifySelectionAgainstChain(funder, noProof), 'SELECTION_EXCLUSION_UNVERIFIABLE', rank0);
    const accepted = await verifySelectionAgainstChain(funder, noProof, { allowUnverifiable: true });
    assert.equal(accepted.excluded.find((e) => e.node === rank0)!.checked, 'unverifiable');
    const invalid = await withReason('SELECTION_PROOF_INVALID: its proof does not verify against its registered VRF key');
    await refused(verifySelectionAgainstChain(funder, invalid), 'SELECTION_EXCLUSION_UNVERIFIABLE', rank0);
    // Catalogued codes the selection never writes for an exclusion, or another text after a known code.
    for (const reason of ['no VRF proof (CHAIN_UNREACHABLE)', 'SELECTION_PROOF_INVALID: invented', 'SPEND_LIMIT_REACHED: invented', 'did not like it']) {
      await refused(verifySelectionAgainstChain(funder, await withReason(reason), { allowUnverifiable: true }), 'SELECTION_EXCLUSION_REFUTED', 'none of those the selection produces');
    }
    // No exclusion names an admission's committee (the registry checked it): refused, wherever it applies (X1, X2).
    for (const reason of ['REGISTRY_COMMITTEE_NOT_DRAWN: invented', 'REGISTRY_COMMITTEE_UNCHECKED: the admission was not a direct admit call']) {
      await refused(verifySelectionAgainstChain(funder, await withReason(reason), { allowUnverifiable: true }), 'SELECTION_EXCLUSION_REFUTED', 'none of those the selection produces');
    }
    // The attack: only the sybil ranked; even with unverifiable exclusions accepted, it is no candidate (never admitted).
    const attack = await documentFor(doc, [sybil], [
      { node: executors[0]!.address, reason: 'no VRF proof (EXECUTOR_UNREACHABLE)' },
      { node: executors[1]!.address, reason: 'SELECTION_PROOF_INVALID: its proof does not verify against its registered VRF key' },
      { node: executors[2]!.address, reason: 'no VRF proof (EXECUTOR_TIMEOUT)' },
    ]);
    await refused(verifySelectionAgainstChain(funder, attack, { allowUnverifiable: true }), 'SELECTION_CANDIDATE_NOT_ACTIVE', sybil.address);
    await refused(verifySelectionAgainstChain(funder, await withReason(`not a candidate of epoch ${doc.epoch} (pending)`)), 'SELECTION_EXCLUSION_REFUTED', rank0);
    // A node listed both ranked and excluded is refused from the document alone.
    assert.throws(() => verifySelectionDocument({ ...doc, excluded: [{ node: rank0, reason: 'no VRF proof (EXECUTOR_UNREACHABLE)' }] }), { code: 'SELECTION_MISMATCH' });
  });
});

// Every process of this block only reads the chain: its two tests, and the commands within each, run
// side by side (each command is a process of its own; one after another they took most of this file's time).
describe('airtnt registry verify-selection FILE --rpc-url URL', { timeout: 600_000, concurrency: true }, () => {
  it('prints ok for a run\'s JSON, the named failure with exit code 1 for a dropped executor, and refuses a malformed file', async () => {
    const good = join(dir, 'run.json');
    writeFileSync(good, `${JSON.stringify({ ok: true, selection: doc })}\n`);
    const dropped = join(dir, 'dropped.json');
    writeFileSync(dropped, JSON.stringify(await documentFor(doc, executors.filter((e) => e.address !== doc.ranking[0]))));
    const malformed = join(dir, 'malformed.json');
    writeFileSync(malformed, JSON.stringify({ ...doc, candidates: [{ ...doc.candidates[0], stake: '1e18' }] }));
    // A document of the format before task ids committed the filter: refused, saying why.
    const old = join(dir, 'selection-1.json');
    const withoutSalt: Record<string, unknown> = { ...doc };
    delete withoutSalt.salt;
    writeFileSync(old, JSON.stringify({ ...withoutSalt, version: 'airtnt-selection/1' }));
    const noSalt = join(dir, 'no-salt.json');
    writeFileSync(noSalt, JSON.stringify(withoutSalt));
    const noFilter = join(dir, 'no-filter.json');
    writeFileSync(noFilter, JSON.stringify({ ...doc, filter: undefined }));
    const [ok, okJson, bad, badJson, refusedFile, oldRefused, noSaltRefused, noFilterRefused] = await Promise.all([
      verifyCli(good, []),
      verifyCli(good, ['--json']),
      verifyCli(dropped, []),
      verifyCli(dropped, ['--json']),
      verifyCli(malformed, ['--json']),
      verifyCli(old, ['--json']),
      verifyCli(noSalt, ['--json']),
      verifyCli(noFilter, ['--json']),
    ]);

    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, new RegExp(`^ok: .*epoch ${doc.epoch}[\\s\\S]*rank 0 is ${doc.ranking[0]}`));
    assert.equal(okJson.code, 0, okJson.stderr);
    assert.deepEqual((JSON.parse(okJson.stdout) as { ok: boolean; ranking: string[] }).ranking, doc.ranking);

    assert.equal(bad.code, 1);
    assert.match(bad.stderr, new RegExp(`SELECTION_CANDIDATE_MISSING|executor ${doc.ranking[0]}, a candidate of epoch ${doc.epoch}, is neither ranked nor excluded`));
    assert.equal(badJson.code, 1);
    assert.equal((JSON.parse(badJson.stdout) as { error: { code: string } }).error.code, 'SELECTION_CANDIDATE_MISSING');

    assert.equal(refusedFile.code, 1);
    assert.equal((JSON.parse(refusedFile.stdout) as { error: { code: string } }).error.code, 'SELECTION_DOCUMENT_INVALID');
    assert.equal(oldRefused.code, 1);
    const oldError = (JSON.parse(oldRefused.stdout) as { error: { code: string; message: string } }).error;
    assert.equal(oldError.code, 'SELECTION_FILTER_NOT_COMMITTED');
    assert.match(oldError.message, /airtnt-selection\/1 document does not commit its filter/);
    assert.equal((JSON.parse(noSaltRefused.stdout) as { error: { code: string } }).error.code, 'SELECTION_DOCUMENT_INVALID');
    assert.equal((JSON.parse(noFilterRefused.stdout) as { error: { code: string } }).error.code, 'SELECTION_DOCUMENT_INVALID');
  });

  it('fails on an unverifiable exclusion, and with --allow-unverifiable accepts it and says so', async () => {
    const rank0 = doc.ranking[0]!;
    const file = join(dir, 'unverifiable.json');
    writeFileSync(file, JSON.stringify(await documentFor(doc, executors.filter((e) => e.address !== rank0), [{ node: rank0, reason: 'no VRF proof (EXECUTOR_UNREACHABLE)' }, ...doc.excluded])));
    const [failed, accepted, acceptedJson] = await Promise.all([verifyCli(file, ['--json']), verifyCli(file, ['--allow-unverifiable']), verifyCli(file, ['--allow-unverifiable', '--json'])]);
    assert.equal(failed.code, 1);
    const failure = JSON.parse(failed.stdout) as { error: { code: string; hint: string } };
    assert.equal(failure.error.code, 'SELECTION_EXCLUSION_UNVERIFIABLE');
    assert.match(failure.error.hint, /--allow-unverifiable/);
    assert.equal(accepted.code, 0, accepted.stderr);
    assert.match(accepted.stdout, new RegExp(`accepted unchecked \\(--allow-unverifiable\\): ${rank0}: no VRF proof`));
    assert.equal((JSON.parse(acceptedJson.stdout) as { unverifiableAccepted: number }).unverifiableAccepted, 1);
  });
});

describe('an admission does not depend on its verifiers afterwards', { timeout: 600_000 }, () => {
  it('X4: a verifier drawn for an admission leaves and withdraws; the executor it admitted is still ranked', async () => {
    const leaver = forwardedCommittee[0]!;
    await requestLeave(leaver.client, { registry: net.registry });
    const { leaveEpoch } = await readRegistryNode(funder, { registry: net.registry, node: leaver.address });
    const now = await readRegistryEpoch(funder, { registry: net.registry });
    // Withdrawable from the leave epoch's start plus the unbonding delay.
    await warpTo(net, now.epoch, (leaveEpoch - now.epoch) * net.params.epochLength + net.params.unbondingDelay + 1n);
    await withdrawStake(leaver.client, { registry: net.registry });
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: leaver.address })).status, 'none');
    const check = await verifySelectionAgainstChain(funder, doc);
    assert.deepEqual(check.ranking, doc.ranking);
  });
});
