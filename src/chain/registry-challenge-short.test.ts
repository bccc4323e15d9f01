/**
 * Challenges on a network too small for their committee (2 * COMMITTEE_SIZE + 1 eligible verifiers outside the
 * admitting verdict's signers), on a real anvil chain: a challenge whose committee is already short when it is
 * opened is refused by name before any bond is taken; one whose committee became short after it was opened (a
 * verifier outside the signers announced its leave, so it is not active in the case epoch) expires with its bond
 * credited back to the challenger, not forfeited to the reserve.
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
import { requestLeave } from './request-leave.js';

let devnet: Devnet;
let funder: ChainClient;
let challenger: ChainClient;
let net: RegistryNet;

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
    await openChallenge(challenger, { registry: net.registry, verdict: admittedA.verdict, unclaimed: admittedA.unclaimed, signatures: admittedA.signatures, bond });
    const open = await readChallenge(funder, { registry: net.registry, node: a.address });
    assert.ok(open !== undefined);

    // A verifier outside both admissions' signers announces its leave now: it is not active in the case epoch.
    const leaver = net.verifiers.find((v) => !admittedA.signers.includes(v) && !admittedB.signers.includes(v))!;
    await requestLeave(leaver.client, { registry: net.registry });

    // B's challenge can already be seen to be short (6 eligible of 7): refused, no bond taken.
    const [reserveBefore, heldBefore] = await pool();
    await rejectsWithCode(
      openChallenge(challenger, { registry: net.registry, verdict: admittedB.verdict, unclaimed: admittedB.unclaimed, signatures: admittedB.signatures, bond }),
      'REGISTRY_CHALLENGE_COMMITTEE_SHORT',
    );
    assert.deepEqual(await pool(), [reserveBefore, heldBefore]);
    assert.equal(await readChallenge(funder, { registry: net.registry, node: b.address }), undefined);

    // A's case epoch: its committee is short, nobody can uphold it.
    await warpTo(net, open.caseEpoch);
    await rejectsWithCode(readChallengeCommittee(funder, { registry: net.registry, node: a.address }), 'REGISTRY_CHALLENGE_COMMITTEE_SHORT');
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
});
