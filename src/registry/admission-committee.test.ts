/**
 * The committee behind an admission, on a real anvil chain (9 verifiers, committees of 7): a verdict
 * signed by a verifier that was not drawn is refused on chain when its bitmap is the drawn one
 * (REGISTRY_VERIFIER_NOT_DRAWN); when the bitmap itself names undrawn verifiers the chain cannot tell
 * (it does not run the Ed25519 VRF) and admits, and checkAdmissionCommittee refuses that admission
 * off chain (REGISTRY_COMMITTEE_NOT_DRAWN) while it accepts one by the drawn committee.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isAddressEqual, keccak256, toHex, type Hex } from 'viem';
import { admitNode } from '../chain/admit-node.js';
import { createChainClient, type ChainClient } from '../chain/client.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { readRegistryNode } from '../chain/read-registry-node.js';
import { AirtntError } from '../util/errors.js';
import { prove, vrfPublicKey } from '../vrf/ecvrf.js';
import { checkAdmissionCommittee } from './admission-committee.js';
import type { ProofSource } from './case-committee.js';
import { admissionCase, joinAs, newNode, signedBy, startRegistryNet, warpTo, type NetNode, type RegistryNet } from './harness.js';
import { readRegistryConstants } from './read-params.js';
import { readRegistryNodes } from './read-nodes.js';
import { committeeBitmap, type Verdict } from './signing.js';

let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;
const COLLATERAL = keccak256(toHex('collateral versions: tcb 17'));

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  net = await startRegistryNet(funder, { verifierCount: 9 });
});
after(async () => {
  await devnet?.stop();
});

/** The verifiers' proofs as their /v1/vrf would serve them (their endpoints here are placeholders). */
const proofs: ProofSource = async (verifier, alpha) => {
  const node = net.verifiers.find((v) => isAddressEqual(v.address, verifier.address))!;
  return { publicKey: vrfPublicKey(node.vrfSecret), proof: prove(node.vrfSecret, alpha) };
};

async function admit(node: NetNode, verdict: Verdict, signatures: Hex) {
  return admitNode(funder, { registry: net.registry, node: node.address, evidenceHash: verdict.evidenceHash, keysHash: verdict.keysHash, collateralHash: verdict.collateralHash, committee: verdict.committee, signatures });
}

async function check(node: NetNode) {
  const constants = await readRegistryConstants(funder, net.registry);
  const nodes = await readRegistryNodes(funder, { registry: net.registry });
  return checkAdmissionCommittee(funder, constants, nodes, nodes.find((n) => isAddressEqual(n.address, node.address))!, proofs);
}

describe('admission committee: drawn by the VRF, checked on chain and off chain', () => {
  it('refuses an undrawn verifier\'s verdict on chain; refuses off chain an admission whose bitmap names undrawn verifiers; accepts the drawn one', async () => {
    const honest = await newNode(funder);
    const forged = await newNode(funder);
    const { caseEpoch } = await joinAs(net, honest, 'executor');
    await joinAs(net, forged, 'executor');
    await warpTo(net, caseEpoch);

    // The drawn committee admits `honest`; the off-chain check recomputes the same draw.
    const good = await admissionCase(net, honest, caseEpoch, COLLATERAL);
    await admit(honest, good.verdict, await signedBy(net, good.verdict, good.signers.slice(0, 5)));
    const checked = await check(honest);
    assert.equal(checked.bitmap, good.verdict.committee);
    assert.equal(checked.caseEpoch, caseEpoch);

    // An undrawn verifier's signature on the drawn bitmap: refused on chain, by name, nothing changes.
    const c = await admissionCase(net, forged, caseEpoch, COLLATERAL);
    const drawn = new Set(c.signers.map((s) => s.address));
    const undrawn = net.verifiers.filter((v) => !drawn.has(v.address));
    assert.equal(undrawn.length, 2);
    await assert.rejects(admit(forged, c.verdict, await signedBy(net, c.verdict, [...c.signers.slice(0, 4), undrawn[0]!])), (e: unknown) =>
      e instanceof AirtntError && e.code === 'REGISTRY_VERIFIER_NOT_DRAWN');
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: forged.address })).status, 'pending');

    // Colluders put themselves in the bitmap in place of two drawn members: seven members, all signers
    // in it. The chain cannot check the draw and admits; the off-chain check refuses the admission.
    const slotOf = async (v: NetNode) => (await readRegistryNode(funder, { registry: net.registry, node: v.address })).index;
    const kept = c.signers.slice(0, 5);
    const bitmap = committeeBitmap(await Promise.all([...kept, ...undrawn].map(slotOf)));
    const fake: Verdict = { ...c.verdict, committee: bitmap };
    await admit(forged, fake, await signedBy(net, fake, [...kept.slice(0, 3), ...undrawn]));
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: forged.address })).status, 'admitted');
    await assert.rejects(check(forged), (e: unknown) =>
      e instanceof AirtntError && e.code === 'REGISTRY_COMMITTEE_NOT_DRAWN' && e.details['drawn'] === `0x${c.verdict.committee.toString(16)}` && e.details['admitted'] === `0x${bitmap.toString(16)}`);

    // A node with no admission at all cannot be vouched for.
    const lonely = await newNode(funder);
    await joinAs(net, lonely, 'executor');
    await assert.rejects(check(lonely), (e: unknown) => e instanceof AirtntError && e.code === 'REGISTRY_COMMITTEE_UNCHECKED');
  });
});
