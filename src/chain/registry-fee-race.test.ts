/**
 * Verdict-fee claims do not race challenges or removals (hostile review L1), on a real anvil chain: a
 * signer of an admission claims its fee share after a challenger (or a remover) read the admission and
 * before its transaction lands. The admission commitment that openChallenge and remove must match is
 * fixed at admission, so the challenge opens and the removal goes through as read; the claimed share is
 * paid once, and a second claim is refused by name.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hex } from 'viem';
import { readAdmission } from '../registry/challenge.js';
import { admissionCase, committedKeys, drawReviewCase, joinAs, newNode, signedBy, startRegistryNet, warpTo, type NetNode, type RegistryNet } from '../registry/harness.js';
import { policyHashOf } from '../registry/verdict-producer.js';
import { readRegistryConstants, type RegistryConstants } from '../registry/read-params.js';
import { keysHashOf, type Verdict } from '../registry/signing.js';
import { admitNode } from './admit-node.js';
import { claimVerdictFee } from './claim-verdict-fee.js';
import { createChainClient, type ChainClient } from './client.js';
import { startDevnet, type Devnet } from './devnet.js';
import { openChallenge } from './open-challenge.js';
import { readChallenge } from './read-challenge.js';
import { readRegistryEpoch } from './read-registry-epoch.js';
import { readRegistryNode } from './read-registry-node.js';
import { removeNode } from './remove-node.js';
import { rejectsWithCode } from './test-helpers/rejects-with-code.js';

const ZERO: Hex = `0x${'00'.repeat(32)}`;
const COLLATERAL: Hex = `0x${'33'.repeat(32)}`;

let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;
let constants: RegistryConstants;

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  // 13 verifiers, committees of 3 (quorum 2): a challenge committee of 7 is left after the signers.
  net = await startRegistryNet(funder, { verifierCount: 13, params: { committeeSize: 3n, quorum: 2n, policyHash: policyHashOf({ allowedKinds: ['simulated'], allowSimulated: true }) } });
  constants = await readRegistryConstants(funder, net.registry);
});
after(async () => {
  await devnet?.stop();
});

/** Two executors joined in one epoch and admitted by the first two members of their drawn committees. */
async function admitTwo(): Promise<{ node: NetNode; signers: NetNode[] }[]> {
  const nodes = [await newNode(funder), await newNode(funder)];
  let caseEpoch = 0n;
  for (const node of nodes) caseEpoch = (await joinAs(net, node, 'executor')).caseEpoch;
  await warpTo(net, caseEpoch);
  const admitted = [];
  for (const node of nodes) {
    const c = await admissionCase(net, node, caseEpoch, COLLATERAL);
    const signers = c.signers.slice(0, 2);
    const v = c.verdict;
    await admitNode(funder, { registry: net.registry, node: node.address, evidenceHash: v.evidenceHash, keysHash: v.keysHash, collateralHash: v.collateralHash, committee: v.committee, signatures: await signedBy(net, v, signers) });
    admitted.push({ node, signers });
  }
  return admitted;
}

async function claim(signer: NetNode, node: NetNode, digest: Hex, signers: bigint) {
  const { index } = await readRegistryNode(funder, { registry: net.registry, node: signer.address });
  return claimVerdictFee(signer.client, { registry: net.registry, node: node.address, digest, signers, index });
}

describe('registry: a fee claim between reading an admission and challenging or removing it', () => {
  it('changes nothing the challenge or the removal names: both go through as read', { timeout: 600_000 }, async () => {
    const [challenged, removed] = await admitTwo();

    // A challenger reads the admission; then a signer claims its share (front-running the challenge).
    const admission = await readAdmission(funder, constants, challenged!.node.address, 0n);
    const commitment = (await readRegistryNode(funder, { registry: net.registry, node: challenged!.node.address })).commitment;
    await claim(challenged!.signers[0]!, challenged!.node, admission.digest, admission.signers);
    await rejectsWithCode(claim(challenged!.signers[0]!, challenged!.node, admission.digest, admission.signers), 'REGISTRY_NOTHING_TO_CLAIM');
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: challenged!.node.address })).commitment, commitment);
    const challenger = await newNode(funder);
    await openChallenge(challenger.client, { registry: net.registry, verdict: admission.verdict, signers: admission.signers, bond: net.params.minStake });
    assert.equal((await readChallenge(funder, { registry: net.registry, node: challenged!.node.address }))?.challenger, challenger.address);
    // The other signer still claims its share after the challenge opened.
    await claim(challenged!.signers[1]!, challenged!.node, admission.digest, admission.signers);

    // A remover reads the other admission and gathers the drawn review committee's verdicts; a signer
    // claims before the removal lands.
    const read = await readAdmission(funder, constants, removed!.node.address, 0n);
    const { epoch } = await readRegistryEpoch(funder, { registry: net.registry });
    const review = await drawReviewCase(net, removed!.node.address, epoch);
    const verdict: Verdict = {
      node: removed!.node.address, epoch, committee: review.bitmap, evidenceHash: removed!.node.evidenceHash, keysHash: keysHashOf(committedKeys(removed!.node)),
      collateralHash: ZERO, policyHash: net.params.policyHash, time: review.start, pass: false,
    };
    const signatures = await signedBy(net, verdict, review.signers.slice(0, Number(net.params.quorum)));
    await claim(removed!.signers[1]!, removed!.node, read.digest, read.signers);
    await removeNode(funder, { registry: net.registry, verdict, admission: { committee: read.verdict.committee, collateralHash: read.verdict.collateralHash, unclaimed: read.unclaimed }, signatures });
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: removed!.node.address })).status, 'leaving');
  });
});
