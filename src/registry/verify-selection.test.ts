/**
 * A third party's check of a selection document against a real registry on anvil: the candidate set is
 * rebuilt from the chain, so a requester cannot drop an executor (even rank 0 from both candidates and
 * ranking), rank one that is not active in the epoch, reorder the ranking, or leave one out with a reason
 * the chain contradicts. Each is refused by its named error.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { keccak256, toHex as viemToHex, type Address } from 'viem';
import { admitNode } from '../chain/admit-node.js';
import { createChainClient, type ChainClient } from '../chain/client.js';
import { commitTask } from '../chain/commit-task.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { cliCommand } from '../util/paths.js';
import { prove } from '../vrf/ecvrf.js';
import { rankCandidates, taskSeed } from '../vrf/selection.js';
import { admissionCase, joinAs, newNode, signedBy, startRegistryNet, warpTo, type NetNode, type RegistryNet } from './harness.js';
import { readStakeAt } from './read-nodes.js';
import type { SelectionDocument } from './select-executor.js';
import { verifySelectionAgainstChain, verifySelectionDocument } from './verify-selection.js';

const COLLATERAL = keccak256(viemToHex('collateral versions'));
let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;
let executors: NetNode[];
let pending: NetNode;
let doc: SelectionDocument;

async function entryOf(node: NetNode, seed: Uint8Array, epoch: bigint) {
  return { id: node.address, vrfKey: fromHex(node.vrfKey, 32), stake: await readStakeAt(funder, net.registry, node.address, epoch), proof: prove(node.vrfSecret, seed) };
}

/** The document a requester would print for `nodes` (ranked here), with `excluded` as given. */
async function documentFor(base: SelectionDocument, nodes: NetNode[], excluded: SelectionDocument['excluded'] = []): Promise<SelectionDocument> {
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
  net = await startRegistryNet(funder, { verifierCount: 7 });
  // Three executors join in one epoch and are admitted by 5 of the 7 drawn verifiers; a fourth stays pending.
  executors = [await newNode(funder), await newNode(funder), await newNode(funder)];
  pending = await newNode(funder);
  let caseEpoch = 0n;
  for (const node of [...executors, pending]) caseEpoch = (await joinAs(net, node, 'executor')).caseEpoch;
  await warpTo(net, caseEpoch);
  for (const node of executors) {
    const c = await admissionCase(net, node, caseEpoch, COLLATERAL);
    await admitNode(funder, { registry: net.registry, node: node.address, evidenceHash: c.verdict.evidenceHash, keysHash: c.verdict.keysHash, collateralHash: COLLATERAL, committee: c.verdict.committee, signatures: await signedBy(net, c.verdict, c.signers.slice(0, 5)) });
  }
  // The requester (funder) commits its task id two epochs ahead: by then the admitted executors are active.
  const committed = await commitTask(funder, { registry: net.registry, salt: keccak256(viemToHex('verify-selection test')) });
  await warpTo(net, committed.epoch);
  const { seed: epochSeed, reveals } = await readRegistryEpoch(funder, { registry: net.registry, epoch: committed.epoch });
  const base: SelectionDocument = {
    version: 'airtnt-selection/1', chainId: devnet.chainId, registry: net.registry, requester: funder.account.address, epoch: committed.epoch.toString(),
    epochSeed, reveals: reveals.toString(), taskId: committed.taskId, seed: toHex(taskSeed(fromHex(epochSeed, 32), fromHex(committed.taskId, 32))),
    ticket: net.params.minStake.toString(), maxTickets: '1024', candidates: [], ranking: [], excluded: [],
  };
  doc = await documentFor(base, executors);
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
  it('accepts the honest document: every candidate of the epoch ranked', async () => {
    const check = await verifySelectionAgainstChain(funder, doc);
    assert.deepEqual(check.ranking, doc.ranking);
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

  it('checks the reasons of exclusions: chain facts against the chain, off-chain observations reported, others refused', async () => {
    const rank0 = doc.ranking[0]!;
    const rest = executors.filter((e) => e.address !== rank0);
    const stake = await readStakeAt(funder, net.registry, rank0, BigInt(doc.epoch));
    const withReason = async (reason: string) => documentFor(doc, rest, [{ node: rank0, reason }]);
    const lowStake = await verifySelectionAgainstChain(funder, await withReason(`stake ${stake} below the minimum ${stake + 1n}`));
    assert.deepEqual(lowStake.excluded, [{ node: rank0, reason: `stake ${stake} below the minimum ${stake + 1n}`, checked: 'chain' }]);
    const noProof = await verifySelectionAgainstChain(funder, await withReason('no VRF proof (EXECUTOR_UNREACHABLE)'));
    assert.equal(noProof.excluded[0]!.checked, 'unverifiable');
    await refused(verifySelectionAgainstChain(funder, await withReason(`stake ${stake} below the minimum ${stake}`)), 'SELECTION_EXCLUSION_REFUTED', rank0);
    await refused(verifySelectionAgainstChain(funder, await withReason('TEE kind sgx not accepted')), 'SELECTION_EXCLUSION_REFUTED', 'simulated');
    await refused(verifySelectionAgainstChain(funder, await withReason(`not a candidate of epoch ${doc.epoch} (pending)`)), 'SELECTION_EXCLUSION_REFUTED', rank0);
    await refused(verifySelectionAgainstChain(funder, await withReason('did not like it')), 'SELECTION_EXCLUSION_REFUTED', 'documented');
    // A node listed both ranked and excluded is refused from the document alone.
    assert.throws(() => verifySelectionDocument({ ...doc, excluded: [{ node: rank0, reason: 'no VRF proof (EXECUTOR_UNREACHABLE)' }] }), { code: 'SELECTION_MISMATCH' });
  });
});

describe('airtnt registry verify-selection FILE --rpc-url URL', { timeout: 600_000 }, () => {
  it('prints ok for a run\'s JSON, the named failure with exit code 1 for a dropped executor, and refuses a malformed file', async () => {
    const good = join(dir, 'run.json');
    writeFileSync(good, `${JSON.stringify({ ok: true, selection: doc })}\n`);
    const ok = await verifyCli(good, []);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, new RegExp(`^ok: .*epoch ${doc.epoch}[\\s\\S]*rank 0 is ${doc.ranking[0]}`));
    const okJson = await verifyCli(good, ['--json']);
    assert.equal(okJson.code, 0, okJson.stderr);
    assert.deepEqual((JSON.parse(okJson.stdout) as { ok: boolean; ranking: string[] }).ranking, doc.ranking);

    const dropped = join(dir, 'dropped.json');
    writeFileSync(dropped, JSON.stringify(await documentFor(doc, executors.filter((e) => e.address !== doc.ranking[0]))));
    const bad = await verifyCli(dropped, []);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, new RegExp(`SELECTION_CANDIDATE_MISSING|executor ${doc.ranking[0]}, a candidate of epoch ${doc.epoch}, is neither ranked nor excluded`));
    const badJson = await verifyCli(dropped, ['--json']);
    assert.equal(badJson.code, 1);
    assert.equal((JSON.parse(badJson.stdout) as { error: { code: string } }).error.code, 'SELECTION_CANDIDATE_MISSING');

    const malformed = join(dir, 'malformed.json');
    writeFileSync(malformed, JSON.stringify({ ...doc, candidates: [{ ...doc.candidates[0], stake: '1e18' }] }));
    const refusedFile = await verifyCli(malformed, ['--json']);
    assert.equal(refusedFile.code, 1);
    assert.equal((JSON.parse(refusedFile.stdout) as { error: { code: string } }).error.code, 'SELECTION_DOCUMENT_INVALID');
  });
});
