/** Gathering verdicts from other committee members: only the identical verdict, signed by that member, counts. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keccak256, toHex as viemToHex, type Hex } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { signVerdict, type RegistryDomain, type Verdict } from './signing.js';
import { isVerdictBy } from './verdict-wire.js';

const domain: RegistryDomain = { chainId: 31337, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' };
const h = (text: string): Hex => keccak256(viemToHex(text));
const verdict: Verdict = {
  node: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  epoch: 2n,
  committee: 7n,
  evidenceHash: h('evidence'),
  collateralHash: h('collateral'),
  policyHash: h('policy'),
  time: 2000n,
  keysHash: h('keys'),
  pass: true,
};

describe('verdict gathering', () => {
  it('keeps a member\'s identical verdict and refuses a forged signer, another verdict or a broken signature', async () => {
    const member = privateKeyToAccount(generatePrivateKey());
    const other = privateKeyToAccount(generatePrivateKey());
    const signature = await signVerdict(member, domain, verdict);
    assert.equal(await isVerdictBy(domain, verdict, { verdict, signature }, member.address), true);
    // Signed by someone else (a verifier not drawn, or a forger) under the member's name.
    assert.equal(await isVerdictBy(domain, verdict, { verdict, signature: await signVerdict(other, domain, verdict) }, member.address), false);
    // The member's genuine signature over another verdict (fail instead of pass; other collateral).
    const failing = { ...verdict, pass: false };
    assert.equal(await isVerdictBy(domain, verdict, { verdict: failing, signature: await signVerdict(member, domain, failing) }, member.address), false);
    const otherCollateral = { ...verdict, collateralHash: h('other') };
    assert.equal(await isVerdictBy(domain, verdict, { verdict: otherCollateral, signature: await signVerdict(member, domain, otherCollateral) }, member.address), false);
    // Another registry's domain (replay across deployments).
    const elsewhere = { ...domain, verifyingContract: '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512' as const };
    assert.equal(await isVerdictBy(domain, verdict, { verdict, signature: await signVerdict(member, elsewhere, verdict) }, member.address), false);
    // Garbage bytes.
    assert.equal(await isVerdictBy(domain, verdict, { verdict, signature: `0x${'11'.repeat(65)}` }, member.address), false);
  });
});
