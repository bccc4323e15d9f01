/**
 * Removals on a real anvil chain: the review committee of ("review", node, epoch) is drawn ON CHAIN from the
 * epoch's seed and the verifiers' stakes (reviewCommittee, recomputed here independently), and a removal is
 * accepted only under that bitmap and only over the evidence and keys the node committed to. A QUORUM-sized
 * cabal naming its own bitmap, or the drawn committee signing all-zero inputs, is refused by name; the drawn
 * committee over the committed inputs removes (the node leaves unslashed).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hex } from 'viem';
import { drawReviewCase, signedBy, startRegistryNet, warpTo, type NetNode, type RegistryNet } from '../registry/harness.js';
import { committedKeys } from '../registry/harness.js';
import { keysHashOf, type Verdict } from '../registry/signing.js';
import { AirtntError } from '../util/errors.js';
import { createChainClient, type ChainClient } from './client.js';
import { startDevnet, type Devnet } from './devnet.js';
import { rejectsWithCode } from './test-helpers/rejects-with-code.js';
import { readRegistryEpoch } from './read-registry-epoch.js';
import { readRegistryNode } from './read-registry-node.js';
import { readReviewCommittee } from './read-review-committee.js';
import { removeNode } from './remove-node.js';

let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  // 9 genesis verifiers, committees of 7, quorum 5 (the defaults the hostile review attacked).
  net = await startRegistryNet(funder, { verifierCount: 9 });
});
after(async () => {
  await devnet?.stop();
});

async function slotOf(v: NetNode): Promise<number> {
  return (await readRegistryNode(funder, { registry: net.registry, node: v.address })).index;
}

const ZERO: Hex = `0x${'00'.repeat(32)}`;
// A genesis verifier has no admitting verdict: its join commitment is what a removal must judge.
const GENESIS = { committee: 0n, collateralHash: ZERO, unclaimed: 0n };

describe('registry: removal by the review committee drawn on chain', () => {
  it('refuses a cabal bitmap and all-zero inputs; the drawn committee over the committed inputs removes', { timeout: 600_000 }, async () => {
    const { epoch, start } = await readRegistryEpoch(funder, { registry: net.registry });
    const victim = net.verifiers[8]!;
    const drawn = await drawReviewCase(net, victim.address, epoch);
    assert.equal(drawn.signers.length, 7);
    assert.ok(!drawn.signers.includes(victim), 'the reviewed verifier is not in its own review committee');

    // A cabal of 5 that names its own 7-slot bitmap (itself, the victim's neighbours) over the victim's real inputs.
    const others = net.verifiers.filter((v) => v !== victim);
    // Verifiers the draw left out come first, so the cabal's bitmap cannot be the drawn one.
    const cabal = [...others.filter((v) => !drawn.signers.includes(v)), ...others.filter((v) => drawn.signers.includes(v))].slice(0, 5);
    const members = [...cabal, ...others.filter((v) => !cabal.includes(v))].slice(0, 7);
    let bitmap = 0n;
    for (const m of members) bitmap |= 1n << BigInt(await slotOf(m));
    assert.notEqual(bitmap, drawn.bitmap);
    const real = { evidenceHash: victim.evidenceHash, keysHash: keysHashOf(committedKeys(victim)) };
    const cabalVerdict: Verdict = { node: victim.address, epoch, committee: bitmap, ...real, collateralHash: ZERO, policyHash: net.params.policyHash, time: start, pass: false };
    await rejectsWithCode(
      removeNode(funder, { registry: net.registry, verdict: cabalVerdict, admission: GENESIS, signatures: await signedBy(net, cabalVerdict, cabal) }),
      'REGISTRY_REVIEW_COMMITTEE_MISMATCH',
    );

    // The drawn committee itself cannot remove over inputs the node never committed to.
    const zeroVerdict: Verdict = { ...cabalVerdict, committee: drawn.bitmap, evidenceHash: ZERO, keysHash: ZERO };
    await rejectsWithCode(
      removeNode(funder, { registry: net.registry, verdict: zeroVerdict, admission: GENESIS, signatures: await signedBy(net, zeroVerdict, drawn.signers.slice(0, 5)) }),
      'REGISTRY_REMOVAL_INPUTS_MISMATCH',
    );
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: victim.address })).status, 'admitted');

    // 5 of the drawn 7 over the committed evidence and keys: removed, stake kept.
    const verdict: Verdict = { ...cabalVerdict, committee: drawn.bitmap };
    await removeNode(funder, { registry: net.registry, verdict, admission: GENESIS, signatures: await signedBy(net, verdict, drawn.signers.slice(0, 5)) });
    const removed = await readRegistryNode(funder, { registry: net.registry, node: victim.address });
    assert.equal(removed.status, 'leaving');
    assert.equal(removed.stake, net.params.minStake * 2n);
  });

  it('refuses the drawn committee\'s verdict once its epoch has passed (a cabal cannot pick the past epoch it dominated)', { timeout: 600_000 }, async () => {
    const { epoch, start } = await readRegistryEpoch(funder, { registry: net.registry });
    const victim = net.verifiers[7]!;
    // The review committee of this epoch signs a valid removal, which is not submitted in this epoch.
    const drawn = await drawReviewCase(net, victim.address, epoch);
    const verdict: Verdict = {
      node: victim.address, epoch, committee: drawn.bitmap, evidenceHash: victim.evidenceHash, keysHash: keysHashOf(committedKeys(victim)),
      collateralHash: ZERO, policyHash: net.params.policyHash, time: start, pass: false,
    };
    const signatures = await signedBy(net, verdict, drawn.signers.slice(0, 5));
    await warpTo(net, epoch + 1n);
    // In the next epoch the old verdict is refused with the epochs named, whoever drew it: a signer set that could
    // choose the epoch would choose the one whose draw it dominates (hostile review G1).
    const refused = await removeNode(funder, { registry: net.registry, verdict, admission: GENESIS, signatures }).then(() => undefined, (error: unknown) => error);
    assert.ok(refused instanceof AirtntError && refused.code === 'REGISTRY_REVIEW_EPOCH_NOT_CURRENT', String(refused));
    assert.deepEqual([refused.details['epoch'], refused.details['currentEpoch']], [epoch, epoch + 1n]);
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: victim.address })).status, 'admitted');
    // The past epoch's draw itself is not readable from today's records (its tickets were not recorded then).
    await rejectsWithCode(readReviewCommittee(funder, { registry: net.registry, node: victim.address, epoch: epoch - 1n }), 'REGISTRY_TICKETS_NOT_RECORDED');
    // The current epoch's committee, signing for the current epoch, removes.
    const now = await readRegistryEpoch(funder, { registry: net.registry });
    const current = await drawReviewCase(net, victim.address, now.epoch);
    const fresh: Verdict = { ...verdict, epoch: now.epoch, time: now.start, committee: current.bitmap };
    await removeNode(funder, { registry: net.registry, verdict: fresh, admission: GENESIS, signatures: await signedBy(net, fresh, current.signers.slice(0, 5)) });
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: victim.address })).status, 'leaving');
  });

  it('reads no committee for a future epoch (its seed is not final)', { timeout: 120_000 }, async () => {
    const { epoch } = await readRegistryEpoch(funder, { registry: net.registry });
    await rejectsWithCode(drawReviewCase(net, net.verifiers[0]!.address, epoch + 1n), 'REGISTRY_SEED_NOT_FINAL');
  });
});
