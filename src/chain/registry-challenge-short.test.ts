/**
 * Challenges on a network too small for their committee (2 * COMMITTEE_SIZE + 1 eligible verifiers outside the
 * admitting verdict's signers), on a real anvil chain: a challenge whose committee is already short when it is
 * opened is refused by name before any bond is taken; one whose committee became short after it was opened (a
 * verifier outside the signers announced its leave, so it is not active in the case epoch) expires with its bond
 * credited back to the challenger, not forfeited to the reserve. Short is judged from the tickets recorded DURING
 * the case epoch (recordTickets), never from the records at expiry: a committee that was full in its case epoch
 * stays full when one of its verifiers withdraws later (hostile review C2), and without a record the bond is forfeited.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { admissionCase, joinAs, newNode, signedBy, startRegistryNet, warpTo, type NetNode, type RegistryNet } from '../registry/harness.js';
import type { Verdict } from '../registry/signing.js';
import { admitNode } from './admit-node.js';
import { createChainClient, type ChainClient } from './client.js';
import { startDevnet, type Devnet } from './devnet.js';
import { rejectsWithCode } from './test-helpers/rejects-with-code.js';
import { expireChallenge } from './expire-challenge.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { openChallenge } from './open-challenge.js';
import { readChallenge, readChallengeCommittee, readCredit } from './read-challenge.js';
import { readRegistryEpoch } from './read-registry-epoch.js';
import { readRegistryNode } from './read-registry-node.js';
import { recordTickets } from './record-tickets.js';
import { requestLeave } from './request-leave.js';
import { withdrawStake } from './withdraw-stake.js';

let devnet: Devnet;
let funder: ChainClient;
let challenger: ChainClient;
let net: RegistryNet;
/** Verifiers that announced their leave in an earlier test. */
const isLeaving = new Set<string>();

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  challenger = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[2]!.privateKey, chainId: devnet.chainId });
  // 9 verifiers, committees of 3 (quorum 2): a challenge committee of 7 needs 7 eligible verifiers outside the
  // 2 signers: exactly what 9 gives, so one leave makes it short.
  net = await startRegistryNet(funder, { verifierCount: 9, params: { committeeSize: 3n, quorum: 2n } });
});
after(async () => {
  await devnet?.stop();
});

type Admitted = { verdict: Verdict; signatures: `0x${string}`; signers: NetNode[]; unclaimed: bigint };

async function admitted(node: NetNode, caseEpoch: bigint): Promise<Admitted> {
  const c = await admissionCase(net, node, caseEpoch, `0x${'11'.repeat(32)}`);
  const signers = c.signers.slice(0, 2);
  const signatures = await signedBy(net, c.verdict, signers);
  const v = c.verdict;
  await admitNode(funder, { registry: net.registry, node: node.address, evidenceHash: v.evidenceHash, keysHash: v.keysHash, collateralHash: v.collateralHash, committee: v.committee, signatures });
  let unclaimed = 0n;
  for (const s of signers) unclaimed |= 1n << BigInt((await readRegistryNode(funder, { registry: net.registry, node: s.address })).index);
  return { verdict: v, signatures, signers, unclaimed };
}

async function pool(): Promise<readonly [bigint, bigint]> {
  return funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'pool' });
}

describe('registry: challenges on a network too small for their committee', () => {
  it('refuses a challenge already short at open; credits the bond back when it became short after', { timeout: 600_000 }, async () => {
    const a = await newNode(funder);
    const b = await newNode(funder);
    const { caseEpoch } = await joinAs(net, a, 'executor');
    await joinAs(net, b, 'executor');
    await warpTo(net, caseEpoch);
    const admittedA = await admitted(a, caseEpoch);
    const admittedB = await admitted(b, caseEpoch);
    const bond = net.params.minStake;

    // A's challenge: 7 eligible verifiers outside its 2 signers, exactly the committee's size: accepted.
    await openChallenge(challenger, { registry: net.registry, verdict: admittedA.verdict, signers: admittedA.unclaimed, bond });
    const open = await readChallenge(funder, { registry: net.registry, node: a.address });
    assert.ok(open !== undefined);

    // A verifier outside both admissions' signers announces its leave now: it is not active in the case epoch.
    const leaver = net.verifiers.find((v) => !admittedA.signers.includes(v) && !admittedB.signers.includes(v))!;
    await requestLeave(leaver.client, { registry: net.registry });
    isLeaving.add(leaver.address);

    // B's challenge can already be seen to be short (6 eligible of 7): refused, no bond taken.
    const [reserveBefore, heldBefore] = await pool();
    await rejectsWithCode(
      openChallenge(challenger, { registry: net.registry, verdict: admittedB.verdict, signers: admittedB.unclaimed, bond }),
      'REGISTRY_CHALLENGE_COMMITTEE_SHORT',
    );
    assert.deepEqual(await pool(), [reserveBefore, heldBefore]);
    assert.equal(await readChallenge(funder, { registry: net.registry, node: b.address }), undefined);

    // A's case epoch: its committee is short, nobody can uphold it.
    await warpTo(net, open.caseEpoch);
    await rejectsWithCode(readChallengeCommittee(funder, { registry: net.registry, node: a.address }), 'REGISTRY_CHALLENGE_COMMITTEE_SHORT');
    // The challenger records the case epoch's tickets during it: what the expiry judges.
    await recordTickets(challenger, { registry: net.registry });
    await warpTo(net, open.caseEpoch + 2n);
    assert.equal((await readRegistryEpoch(funder, { registry: net.registry })).epoch, open.caseEpoch + 2n);
    const creditBefore = await readCredit(funder, { registry: net.registry, account: challenger.account.address });
    await expireChallenge(funder, { registry: net.registry, node: a.address });
    // Not the challenger's fault: the bond is its credit again (claimCredit), the reserve is unchanged.
    assert.equal(await readCredit(funder, { registry: net.registry, account: challenger.account.address }), creditBefore + bond);
    const [reserveAfter, heldAfter] = await pool();
    assert.equal(reserveAfter, reserveBefore);
    assert.equal(heldAfter, heldBefore);
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: a.address })).status, 'admitted');
  });

  it('forfeits the bond of a challenge whose committee was full in its case epoch, whatever leaves later', { timeout: 600_000 }, async () => {
    // 8 verifiers are left after the first test's leave; a new verifier, admitted like any node, takes its place so
    // that 7 are eligible outside the 2 signers again.
    const extra = await newNode(funder);
    const node = await newNode(funder);
    const { caseEpoch } = await joinAs(net, extra, 'verifier');
    await joinAs(net, node, 'executor');
    await warpTo(net, caseEpoch);
    await admitted(extra, caseEpoch);
    net.verifiers.push(extra);
    await warpTo(net, caseEpoch + 2n);
    const admittedN = await admitted(node, caseEpoch + 2n);
    const bond = net.params.minStake;
    await openChallenge(challenger, { registry: net.registry, verdict: admittedN.verdict, signers: admittedN.unclaimed, bond });
    const open = (await readChallenge(funder, { registry: net.registry, node: node.address }))!;
    // A verifier outside the signers announces its leave in the epoch before the case epoch: still active in it.
    await warpTo(net, open.caseEpoch - 1n);
    const leaver = net.verifiers.find((v) => !admittedN.signers.includes(v) && v !== extra && !isLeaving.has(v.address))!;
    await requestLeave(leaver.client, { registry: net.registry });
    await warpTo(net, open.caseEpoch);
    // The committee is full in the case epoch (it could have upheld the challenge); its tickets are recorded.
    const drawn = await readChallengeCommittee(funder, { registry: net.registry, node: node.address });
    assert.notEqual(drawn.committee, 0n);
    await recordTickets(funder, { registry: net.registry });
    // Nobody upholds it. The leaver withdraws; only then does the challenger expire the challenge.
    const { leaveEpoch } = await readRegistryNode(funder, { registry: net.registry, node: leaver.address });
    const now = await readRegistryEpoch(funder, { registry: net.registry });
    await warpTo(net, now.epoch, (leaveEpoch - now.epoch) * net.params.epochLength + net.params.unbondingDelay + 1n);
    await withdrawStake(leaver.client, { registry: net.registry });
    const creditBefore = await readCredit(funder, { registry: net.registry, account: challenger.account.address });
    const [reserveBefore, heldBefore] = await pool();
    await expireChallenge(challenger, { registry: net.registry, node: node.address });
    // The case epoch's record says 7 were eligible: the bond is forfeited to the reserve, not credited back.
    assert.equal(await readCredit(funder, { registry: net.registry, account: challenger.account.address }), creditBefore);
    assert.deepEqual(await pool(), [reserveBefore + bond, heldBefore - bond]);
  });
});
