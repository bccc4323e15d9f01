/**
 * Verdict fees on a real anvil chain: a signer of an admitting verdict claims its share of the join fee only
 * while it is admitted. One slashed since (here: it signed the opposite verdict on the same inputs) or
 * removed / leaving is refused by name; an admitted signer is paid.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { admissionCase, joinAs, newNode, signedBy, startRegistryNet, warpTo, type NetNode, type RegistryNet } from '../registry/harness.js';
import { signVerdict, type Verdict } from '../registry/signing.js';
import { admitNode } from './admit-node.js';
import { claimVerdictFee } from './claim-verdict-fee.js';
import { createChainClient, type ChainClient } from './client.js';
import { startDevnet, type Devnet } from './devnet.js';
import { rejectsWithCode } from './test-helpers/rejects-with-code.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { readRegistryNode } from './read-registry-node.js';
import { requestLeave } from './request-leave.js';
import { slashVerdictEquivocation } from './slash-verdict-equivocation.js';

let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  net = await startRegistryNet(funder, { verifierCount: 9 });
});
after(async () => {
  await devnet?.stop();
});

describe('registry: verdict fees of slashed or removed signers', () => {
  it('refuses the fee share of a slashed and of a leaving signer; an admitted signer is paid', { timeout: 600_000 }, async () => {
    assert.ok(net.params.joinFee > 0n);
    const node = await newNode(funder);
    const { caseEpoch } = await joinAs(net, node, 'executor');
    await warpTo(net, caseEpoch);
    const c = await admissionCase(net, node, caseEpoch, `0x${'22'.repeat(32)}`);
    const signers = c.signers.slice(0, 5);
    const signatures = await signedBy(net, c.verdict, signers);
    const v = c.verdict;
    await admitNode(funder, { registry: net.registry, node: node.address, evidenceHash: v.evidenceHash, keysHash: v.keysHash, collateralHash: v.collateralHash, committee: v.committee, signatures });
    const digest = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'verdictDigest', args: [v] });
    const slotOf = async (s: NetNode) => (await readRegistryNode(funder, { registry: net.registry, node: s.address })).index;
    let bitmap = 0n;
    for (const s of signers) bitmap |= 1n << BigInt(await slotOf(s));
    const claim = async (who: NetNode) => claimVerdictFee(who.client, { registry: net.registry, node: node.address, digest, signers: bitmap, index: await slotOf(who) });

    // Signer 0 also signs pass = false on the same inputs of the case: slashed for equivocation.
    const cheat = signers[0]!;
    const fail: Verdict = { ...v, pass: false };
    const reporter = await newNode(funder);
    await slashVerdictEquivocation(reporter.client, {
      registry: net.registry,
      verifier: cheat.address,
      a: { verdict: v, signature: await signVerdict(cheat.client.account, net.domain, v) },
      b: { verdict: fail, signature: await signVerdict(cheat.client.account, net.domain, fail) },
    });
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: cheat.address })).status, 'slashed');
    await rejectsWithCode(claim(cheat), 'REGISTRY_CLAIMANT_NOT_ELIGIBLE');

    // Signer 1 leaves (the chain cannot tell a leave from a removal): no share either.
    const leaver = signers[1]!;
    await requestLeave(leaver.client, { registry: net.registry });
    await rejectsWithCode(claim(leaver), 'REGISTRY_CLAIMANT_NOT_ELIGIBLE');

    // Signer 2, still admitted, is paid its share.
    const honest = signers[2]!;
    const before = await funder.public.getBalance({ address: honest.address });
    const paid = await claim(honest);
    assert.equal(await funder.public.getBalance({ address: honest.address }), before + net.params.joinFee / 5n - paid.fee);
  });
});
