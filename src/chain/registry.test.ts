/**
 * AirtntRegistry on a real anvil chain: joins, admission by k of n drawn verifiers, the refusals of
 * forged, replayed and undrawn verdicts, leave and withdraw, removal without slashing, and slashing
 * with the reporter's reward. Every refusal is asserted by its named error, with nothing moved.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { keccak256, toHex, type Hex } from 'viem';
import { signVerdict, signRoundRecord, packSignatures, committeeBitmap, keysHashOf, type Verdict } from '../registry/signing.js';
import { admissionCase, drawReviewCase, joinAs, newNode, signedBy, startRegistryNet, warpTo, type NetNode, type RegistryNet } from '../registry/harness.js';
import { AirtntError } from '../util/errors.js';
import { admitNode } from './admit-node.js';
import { claimVerdictFee } from './claim-verdict-fee.js';
import { createChainClient, type ChainClient } from './client.js';
import { startDevnet, type Devnet } from './devnet.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { readRegistryEpoch } from './read-registry-epoch.js';
import { readRegistryNode } from './read-registry-node.js';
import { removeNode } from './remove-node.js';
import { requestLeave } from './request-leave.js';
import { slashEquivocation } from './slash-equivocation.js';
import { slashVerdictEquivocation } from './slash-verdict-equivocation.js';
import { chainNow, increaseTime } from './time.js';
import { withdrawStake } from './withdraw-stake.js';
import { createForkedEnclave } from './test-helpers/forked-enclave.js';
import { isAirtntError } from '../util/errors.js';

let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;
const COLLATERAL = keccak256(toHex('collateral versions: tcb 17, crl 2026-11'));

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  // 9 verifiers and committees of 7: two verifiers are never drawn for a given case.
  net = await startRegistryNet(funder, { verifierCount: 9 });
});
after(async () => {
  await devnet?.stop();
});

async function rejects(promise: Promise<unknown>, code: string): Promise<AirtntError> {
  let caught: unknown;
  await promise.catch((error: unknown) => {
    caught = error;
  });
  assert.ok(caught instanceof AirtntError, `expected ${code}, got ${String(caught)}`);
  assert.equal(caught.code, code, caught.message);
  return caught;
}

async function balance(address: Hex): Promise<bigint> {
  return funder.public.getBalance({ address });
}

/** A pending executor whose case epoch has begun, with its verdict and committee. */
/** The bitmap of the verifiers' slots. */
async function slotBits(verifiers: readonly NetNode[]): Promise<bigint> {
  let bits = 0n;
  for (const v of verifiers) bits |= 1n << BigInt((await readRegistryNode(funder, { registry: net.registry, node: v.address })).index);
  return bits;
}

async function pendingExecutor(): Promise<{ node: NetNode; caseEpoch: bigint; verdict: Verdict; committee: NetNode[] }> {
  const node = await newNode(funder);
  const { caseEpoch } = await joinAs(net, node, 'executor');
  await warpTo(net, caseEpoch);
  const c = await admissionCase(net, node, caseEpoch, COLLATERAL);
  return { node, caseEpoch, verdict: c.verdict, committee: c.signers };
}

async function admit(node: NetNode, verdict: Verdict, signatures: Hex, sender: ChainClient = funder) {
  return admitNode(sender, {
    registry: net.registry,
    node: node.address,
    evidenceHash: verdict.evidenceHash,
    keysHash: verdict.keysHash,
    collateralHash: verdict.collateralHash,
    committee: verdict.committee,
    signatures,
  });
}

describe('registry: joining and admission by k of n drawn verifiers', () => {
  it('a join is pending; 5 of the 7 drawn verifiers admit it, effective two epochs later', async () => {
    const node = await newNode(funder);
    const joined = await joinAs(net, node, 'executor');
    const pending = await readRegistryNode(funder, { registry: net.registry, node: node.address });
    assert.equal(pending.status, 'pending');
    assert.equal(pending.stake, net.params.minStake * 2n);
    assert.equal(joined.admitted, false);
    // Before the case epoch's seed exists, no admission is possible.
    await rejects(admit(node, { ...(await fakeVerdict(node)) }, '0x'), 'REGISTRY_CASE_NOT_OPEN');
    await warpTo(net, joined.caseEpoch);
    const c = await admissionCase(net, node, joined.caseEpoch, COLLATERAL);
    assert.equal(c.committee.members.length, 7);
    await admit(node, c.verdict, await signedBy(net, c.verdict, c.signers.slice(0, 5)));
    const admitted = await readRegistryNode(funder, { registry: net.registry, node: node.address });
    const { epoch } = await readRegistryEpoch(funder, { registry: net.registry });
    assert.equal(admitted.status, 'admitted');
    assert.equal(admitted.activeEpoch, epoch + 2n);
  });

  it('refuses forged, replayed, undrawn, repeated and too few verdicts by name, and the node stays pending', async () => {
    const { node, verdict, committee } = await pendingExecutor();
    const drawn = new Set(committee.map((m) => m.address));
    const undrawn = net.verifiers.filter((v) => !drawn.has(v.address));
    assert.equal(undrawn.length, 2);
    const five = committee.slice(0, 5);

    // A verdict signed by an account that is not a verifier.
    const stranger = await newNode(funder);
    const forged = packSignatures([
      { index: 255, signature: await signVerdict(stranger.client.account, net.domain, verdict) },
      ...(await Promise.all(five.slice(1).map(async (s) => ({ index: (await readRegistryNode(funder, { registry: net.registry, node: s.address })).index, signature: await signVerdict(s.client.account, net.domain, verdict) })))),
    ]);
    await rejects(admit(node, verdict, forged), 'REGISTRY_VERIFIER_NOT_ACTIVE');

    // Verdicts from real verifiers that were not drawn (the bitmap is the drawn committee).
    const withUndrawn = await signedBy(net, verdict, [...five.slice(0, 4), undrawn[0]!]);
    const error = await rejects(admit(node, verdict, withUndrawn), 'REGISTRY_VERIFIER_NOT_DRAWN');
    assert.equal(error.details['signer'], undrawn[0]!.address);

    // A committee of 7 with the undrawn verifiers in it, signed by 5 of its members: not the committee the
    // registry draws (joinCommittee), refused with both bitmaps named, whoever signs it (hostile review X2).
    const undrawnSlots = await Promise.all(undrawn.map(async (v) => (await readRegistryNode(funder, { registry: net.registry, node: v.address })).index));
    const own = committee.slice(0, 5);
    const ownBitmap = (await slotBits(own)) | committeeBitmap(undrawnSlots);
    const ownVerdict = { ...verdict, committee: ownBitmap };
    const mismatch = await rejects(admit(node, ownVerdict, await signedBy(net, ownVerdict, [...own.slice(0, 3), ...undrawn])), 'REGISTRY_JOIN_COMMITTEE_MISMATCH');
    assert.deepEqual([mismatch.details['committee'], mismatch.details['drawn']], [ownBitmap, verdict.committee]);
    // With an undrawn slot added, 8 members: still not the drawn committee.
    await rejects(admit(node, { ...verdict, committee: verdict.committee | committeeBitmap([undrawnSlots[0]!]) }, withUndrawn), 'REGISTRY_JOIN_COMMITTEE_MISMATCH');

    // Signed over other collateral than submitted: recovers to strangers.
    const otherCollateral = await signedBy(net, { ...verdict, collateralHash: keccak256(toHex('older collateral')) }, five);
    await rejects(admit(node, verdict, otherCollateral), 'REGISTRY_VERIFIER_NOT_ACTIVE');

    // Replayed on another registry deployment (another EIP-712 domain).
    const otherDomain = await Promise.all(five.map(async (s) => ({
      index: (await readRegistryNode(funder, { registry: net.registry, node: s.address })).index,
      signature: await signVerdict(s.client.account, { ...net.domain, verifyingContract: funder.account.address }, verdict),
    })));
    await rejects(admit(node, verdict, packSignatures(otherDomain)), 'REGISTRY_VERIFIER_NOT_ACTIVE');

    // One verifier counted twice; four signatures; a malleable high-s twin.
    const four = await signedBy(net, verdict, five.slice(0, 4));
    const repeated = (four + four.slice(2, 132)) as Hex;
    await rejects(admit(node, verdict, repeated), 'REGISTRY_SIGNERS_NOT_ASCENDING');
    await rejects(admit(node, verdict, four), 'REGISTRY_QUORUM_NOT_REACHED');
    const valid = await signedBy(net, verdict, five);
    await rejects(admit(node, { ...verdict, evidenceHash: keccak256(toHex('other evidence')) }, valid), 'REGISTRY_JOIN_MISMATCH');
    const highS = highSTwin(valid.slice(0, 132) as Hex) + valid.slice(132);
    await rejects(admit(node, verdict, highS as Hex), 'REGISTRY_INVALID_SIGNATURE');

    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: node.address })).status, 'pending');

    // The genuine 5 of 7 admit; the same verdicts replayed for another pending node, or again, fail.
    await admit(node, verdict, valid);
    await rejects(admit(node, verdict, valid), 'REGISTRY_WRONG_STATUS');
    const other = await pendingExecutor();
    await rejects(admit(other.node, { ...verdict, node: other.node.address, evidenceHash: other.verdict.evidenceHash, keysHash: other.verdict.keysHash, committee: other.verdict.committee }, valid), 'REGISTRY_VERIFIER_NOT_ACTIVE');

    // A verdict of one epoch is not accepted in the next: the committee is drawn for the epoch admit lands in.
    const late = await signedBy(net, other.verdict, other.committee.slice(0, 5));
    await warpTo(net, other.caseEpoch + 1n);
    await assert.rejects(admit(other.node, other.verdict, late), (e: unknown) => e instanceof AirtntError && ['REGISTRY_JOIN_COMMITTEE_MISMATCH', 'REGISTRY_VERIFIER_NOT_ACTIVE'].includes(e.code));
    const renewed = await admissionCase(net, other.node, other.caseEpoch + 1n, COLLATERAL);
    const landed = await admit(other.node, renewed.verdict, await signedBy(net, renewed.verdict, renewed.signers.slice(0, 5)));
    // The Admitted event names the epoch, the committee and the collateral: nobody needs the admit call data.
    const [event] = await funder.public.getContractEvents({ address: net.registry, abi: airtntRegistryAbi, eventName: 'Admitted', args: { node: other.node.address }, fromBlock: landed.blockNumber, toBlock: landed.blockNumber, strict: true });
    assert.deepEqual([event!.args.caseEpoch, event!.args.committee, event!.args.collateralHash, event!.args.activeEpoch], [other.caseEpoch + 1n, renewed.verdict.committee, COLLATERAL, other.caseEpoch + 3n]);
  });
});

describe('registry: verifiers are paid for admissions from the join fee', () => {
  it('each signer claims JOIN_FEE / signers once; others and repeats are refused; the rest settles at withdrawal', async () => {
    const { node, verdict, committee } = await pendingExecutor();
    const signers = committee.slice(0, 5);
    await admit(node, verdict, await signedBy(net, verdict, signers));
    const digest = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'verdictDigest', args: [verdict] });
    const slots = await Promise.all(signers.map(async (s) => (await readRegistryNode(funder, { registry: net.registry, node: s.address })).index));
    const signersBitmap = committeeBitmap(slots);
    const share = net.params.joinFee / 5n;
    const claim = (who: NetNode, index: number, bitmap = signersBitmap) =>
      claimVerdictFee(who.client, { registry: net.registry, node: node.address, digest, signers: bitmap, index });
    const commitment = async () => (await readRegistryNode(funder, { registry: net.registry, node: node.address })).commitment;
    const admitted = await commitment();

    // A drawn member that did not sign, a stranger using a signer's slot, a wrong bitmap: refused.
    const nonSigner = committee[5]!;
    const nonSignerSlot = (await readRegistryNode(funder, { registry: net.registry, node: nonSigner.address })).index;
    await rejects(claim(nonSigner, nonSignerSlot), 'REGISTRY_NOTHING_TO_CLAIM');
    await rejects(claim(nonSigner, nonSignerSlot, signersBitmap | (1n << BigInt(nonSignerSlot))), 'REGISTRY_NOTHING_TO_CLAIM');
    await rejects(claim(nonSigner, slots[0]!), 'REGISTRY_NOTHING_TO_CLAIM');

    for (const [i, signer] of signers.slice(0, 3).entries()) {
      const before = await balance(signer.address);
      const paid = await claim(signer, slots[i]!);
      assert.equal(await balance(signer.address), before + share - paid.fee);
      // The same claim again (or under a bitmap without the ones paid) pays nothing more.
      await rejects(claim(signer, slots[i]!), 'REGISTRY_NOTHING_TO_CLAIM');
      await rejects(claim(signer, slots[i]!, signersBitmap & ~(1n << BigInt(slots[0]!))), 'REGISTRY_NOTHING_TO_CLAIM');
    }
    // Claims leave the admission commitment (what a challenge or a removal names) as it was.
    assert.equal(await commitment(), admitted);

    // Two signers never claim: at withdrawal their shares (and any dust) go to the reserve.
    await requestLeave(node.client, { registry: net.registry });
    const at = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'withdrawableAt', args: [node.address] });
    await increaseTime(net.rpcUrl, at - (await chainNow(funder)));
    const [reserveBefore, heldBefore] = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'pool' });
    await withdrawStake(node.client, { registry: net.registry });
    const [reserveAfter, heldAfter] = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'pool' });
    assert.equal(reserveAfter - reserveBefore, net.params.joinFee - 3n * share);
    assert.equal(heldBefore - heldAfter, net.params.joinFee - 3n * share);
    await rejects(claim(signers[3]!, slots[3]!), 'REGISTRY_NOTHING_TO_CLAIM');
  });
});

describe('registry: leaving, removal and slashing', () => {
  it('leave: still a candidate two epochs, paid out only after the unbonding delay', async () => {
    const { node, verdict, committee } = await pendingExecutor();
    await admit(node, verdict, await signedBy(net, verdict, committee.slice(0, 5)));
    const stake = (await readRegistryNode(funder, { registry: net.registry, node: node.address })).stake;
    await requestLeave(node.client, { registry: net.registry });
    const leaving = await readRegistryNode(funder, { registry: net.registry, node: node.address });
    const { epoch } = await readRegistryEpoch(funder, { registry: net.registry });
    assert.equal(leaving.status, 'leaving');
    assert.equal(leaving.leaveEpoch, epoch + 2n);
    await rejects(withdrawStake(node.client, { registry: net.registry }), 'REGISTRY_STILL_UNBONDING');
    const at = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'withdrawableAt', args: [node.address] });
    assert.ok(at - (await chainNow(funder)) > net.params.maxChannelDuration + net.params.challengeWindow);
    await increaseTime(net.rpcUrl, at - (await chainNow(funder)));
    const before = await balance(node.address);
    const paid = await withdrawStake(node.client, { registry: net.registry });
    assert.equal(await balance(node.address), before + stake - paid.fee);
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: node.address })).status, 'none');
  });

  it('an unresponsive node is removed by 5 of 7 review verdicts of the committee drawn on chain, keeping its stake (not slashed)', async () => {
    const { node, verdict, committee } = await pendingExecutor();
    const admitSigners = committee.slice(0, 5);
    await admit(node, verdict, await signedBy(net, verdict, admitSigners));
    const stake = (await readRegistryNode(funder, { registry: net.registry, node: node.address })).stake;
    const { epoch } = await readRegistryEpoch(funder, { registry: net.registry });
    const drawn = await drawReviewCase(net, node.address, epoch);
    const review: Verdict = { ...verdict, epoch, time: drawn.start, committee: drawn.bitmap, pass: false };
    const signatures = await signedBy(net, review, drawn.signers.slice(0, 5));
    const admission = { committee: verdict.committee, collateralHash: verdict.collateralHash, unclaimed: await slotBits(admitSigners) };
    await rejects(removeNode(funder, { registry: net.registry, verdict: { ...review, pass: true }, admission, signatures }), 'REGISTRY_VERDICT_OUT_OF_CASE');
    await rejects(removeNode(funder, { registry: net.registry, verdict: { ...review, time: drawn.start + 1n }, admission, signatures }), 'REGISTRY_VERDICT_OUT_OF_CASE');
    await removeNode(funder, { registry: net.registry, verdict: review, admission, signatures });
    const removed = await readRegistryNode(funder, { registry: net.registry, node: node.address });
    assert.equal(removed.status, 'leaving');
    assert.equal(removed.stake, stake);
    await rejects(removeNode(funder, { registry: net.registry, verdict: review, admission, signatures }), 'REGISTRY_WRONG_STATUS');

    // The node is paid out, joins again and is admitted: the old removal cannot be replayed against it.
    const at = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'withdrawableAt', args: [node.address] });
    await increaseTime(net.rpcUrl, at - (await chainNow(funder)));
    await withdrawStake(node.client, { registry: net.registry });
    const rejoined = await joinAs(net, node, 'executor');
    await warpTo(net, rejoined.caseEpoch);
    const again = await admissionCase(net, node, rejoined.caseEpoch, COLLATERAL);
    await admit(node, again.verdict, await signedBy(net, again.verdict, again.signers.slice(0, 5)));
    await rejects(removeNode(funder, { registry: net.registry, verdict: review, admission, signatures }), 'REGISTRY_REVIEW_EPOCH_NOT_CURRENT');
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: node.address })).status, 'admitted');
  });

  it('slashes an enclave that signed two round records for one session and round; the reporter is rewarded', async () => {
    const { node, verdict, committee } = await pendingExecutor();
    await admit(node, verdict, await signedBy(net, verdict, committee.slice(0, 5)));
    const stake = (await readRegistryNode(funder, { registry: net.registry, node: node.address })).stake;
    const sessionId = keccak256(toHex('session 1'));
    const recordA = keccak256(toHex('round 3, state A'));
    const recordB = keccak256(toHex('round 3, state B (rolled back)'));
    const a = { recordHash: recordA, signature: await signRoundRecord(node.enclave, net.domain, { sessionId, round: 3n, recordHash: recordA }) };
    const b = { recordHash: recordB, signature: await signRoundRecord(node.enclave, net.domain, { sessionId, round: 3n, recordHash: recordB }) };
    const reporter = await newNode(funder);
    const slash = (params: Partial<Parameters<typeof slashEquivocation>[1]>) =>
      slashEquivocation(reporter.client, { registry: net.registry, node: node.address, sessionId, round: 3n, a, b, ...params });

    // Wrong proofs, each refused by name, nothing moved.
    await rejects(slash({ b: a }), 'REGISTRY_NOT_CONFLICTING');
    await rejects(slash({ round: 4n }), 'REGISTRY_SIGNER_MISMATCH');
    const otherKey = { recordHash: recordB, signature: await signRoundRecord(reporter.enclave, net.domain, { sessionId, round: 3n, recordHash: recordB }) };
    await rejects(slash({ b: otherKey }), 'REGISTRY_SIGNER_MISMATCH');
    const otherSession = { recordHash: recordB, signature: await signRoundRecord(node.enclave, net.domain, { sessionId: keccak256(toHex('session 2')), round: 3n, recordHash: recordB }) };
    await rejects(slash({ b: otherSession }), 'REGISTRY_SIGNER_MISMATCH');
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: node.address })).stake, stake);

    const before = await balance(reporter.address);
    const [reserveBefore] = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'pool' });
    const slashed = await slash({});
    const reward = (stake * net.params.reporterShareBps) / 10_000n;
    assert.equal(await balance(reporter.address), before + reward - slashed.fee);
    const [reserveAfter] = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'pool' });
    assert.equal(reserveAfter - reserveBefore, stake - reward);
    const after = await readRegistryNode(funder, { registry: net.registry, node: node.address });
    assert.equal(after.status, 'slashed');
    assert.equal(after.stake, 0n);
    await rejects(slash({}), 'REGISTRY_WRONG_STATUS');
  });

  it('a forked enclave signs two records for one session and round; its executor is slashed on them, the reporter rewarded', async () => {
    const fork = await createForkedEnclave(net.domain);
    try {
      // The executor registers its enclave's own record-claim key (what `executor join` does).
      const node = await newNode(funder);
      // Only the address of the enclave's key is known outside the enclave: that is what joins.
      const registered: NetNode = { ...node, enclave: { ...node.enclave, address: fork.recordAddress }, keysHash: keysHashOf({ enclaveKey: fork.recordAddress, sealingKey: node.sealingKey, vrfKey: node.vrfKey, signingKey: node.signingKey, runtimeMeasurement: node.runtimeMeasurement }) };
      const { caseEpoch } = await joinAs(net, registered, 'executor');
      await warpTo(net, caseEpoch);
      const c = await admissionCase(net, registered, caseEpoch, COLLATERAL);
      await admit(registered, c.verdict, await signedBy(net, c.verdict, c.signers.slice(0, 5)));
      const stake = (await readRegistryNode(funder, { registry: net.registry, node: node.address })).stake;

      const { sessionId, a, b } = await fork.equivocate(1n, [3, 5]);
      assert.notDeepEqual(a.record, b.record);
      // Alone, the original enclave refuses to run the round again: only the fork could sign twice.
      await assert.rejects(fork.original.runRound(sessionId, 1n, 5, 1e6, 'again'), (e: unknown) => isAirtntError(e, 'ROUND_OUT_OF_ORDER'));
      // What two requesters (or one, reconnected to the fork) stored with the round: record and claim.
      const claimOf = (r: typeof a) => ({ recordHash: keccak256(r.record), signature: toHex(r.recordClaim!) });
      const reporter = await newNode(funder);
      const before = await balance(reporter.address);
      const slashed = await slashEquivocation(reporter.client, { registry: net.registry, node: node.address, sessionId: toHex(sessionId), round: 1n, a: claimOf(a), b: claimOf(b) });
      const reward = (stake * net.params.reporterShareBps) / 10_000n;
      assert.equal(await balance(reporter.address), before + reward - slashed.fee);
      const after = await readRegistryNode(funder, { registry: net.registry, node: node.address });
      assert.equal(after.status, 'slashed');
      assert.equal(after.stake, 0n);
      assert.ok(slashed.gasUsed <= 60_000n, `slashEquivocation used ${slashed.gasUsed} gas`);
    } finally {
      await fork.close();
    }
  });

  it('slashes a verifier that signed opposite verdicts on the same inputs of one case, and nothing else', async () => {
    const verifier = net.verifiers[8]!;
    const base: Verdict = await fakeVerdict(verifier);
    const pass = { verdict: base, signature: await signVerdict(verifier.client.account, net.domain, base) };
    const failVerdict = { ...base, pass: false };
    const fail = { verdict: failVerdict, signature: await signVerdict(verifier.client.account, net.domain, failVerdict) };
    const otherInputs = { ...base, collateralHash: keccak256(toHex('newer collateral')), pass: false };
    const reverified = { verdict: otherInputs, signature: await signVerdict(verifier.client.account, net.domain, otherInputs) };
    const reporter = await newNode(funder);
    // A changed verdict on changed inputs (a TCB recovery) is not equivocation.
    await rejects(slashVerdictEquivocation(reporter.client, { registry: net.registry, verifier: verifier.address, a: pass, b: reverified }), 'REGISTRY_NOT_CONFLICTING');
    await rejects(slashVerdictEquivocation(reporter.client, { registry: net.registry, verifier: verifier.address, a: pass, b: pass }), 'REGISTRY_NOT_CONFLICTING');
    // Only opposite pass on the same inputs of one case epoch is equivocation: another keysHash (other
    // keys judged), another case epoch (a review, a challenge: judging again, even to another conclusion),
    // or only another committee (same pass) are not.
    const sign = async (verdict: Verdict) => ({ verdict, signature: await signVerdict(verifier.client.account, net.domain, verdict) });
    for (const other of [{ ...base, keysHash: keccak256(toHex('other keys')), pass: false }, { ...base, epoch: base.epoch + 1n, pass: false }, { ...base, committee: committeeBitmap([0, 1, 2, 3, 4, 5, 8]) }]) {
      await rejects(slashVerdictEquivocation(reporter.client, { registry: net.registry, verifier: verifier.address, a: pass, b: await sign(other) }), 'REGISTRY_NOT_CONFLICTING');
    }
    await rejects(slashVerdictEquivocation(reporter.client, { registry: net.registry, verifier: net.verifiers[7]!.address, a: pass, b: fail }), 'REGISTRY_SIGNER_MISMATCH');
    const stake = (await readRegistryNode(funder, { registry: net.registry, node: verifier.address })).stake;
    const before = await balance(reporter.address);
    const slashed = await slashVerdictEquivocation(reporter.client, { registry: net.registry, verifier: verifier.address, a: pass, b: fail });
    assert.equal(await balance(reporter.address), before + (stake * net.params.reporterShareBps) / 10_000n - slashed.fee);
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: verifier.address })).status, 'slashed');
  });
});

/** A verdict on `node` in the current epoch (for calls that fail before any signature matters). */
async function fakeVerdict(node: NetNode): Promise<Verdict> {
  const { epoch, start } = await readRegistryEpoch(funder, { registry: net.registry });
  return {
    node: node.address,
    epoch,
    committee: committeeBitmap([0, 1, 2, 3, 4, 5, 6]),
    evidenceHash: node.evidenceHash,
    collateralHash: COLLATERAL,
    policyHash: net.params.policyHash,
    time: start,
    keysHash: node.keysHash,
    pass: true,
  };
}

/** The same signature with s' = n - s and v flipped: valid for ecrecover, refused by EIP-2's low-s rule. */
function highSTwin(signature: Hex): Hex {
  const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
  const s = BigInt(`0x${signature.slice(66, 130)}`);
  const v = parseInt(signature.slice(130, 132), 16);
  return `${signature.slice(0, 66)}${(n - s).toString(16).padStart(64, '0')}${(v === 27 ? 28 : 27).toString(16)}` as Hex;
}
