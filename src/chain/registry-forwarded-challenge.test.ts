/**
 * An admission sent through a contract whose call data hides the signatures (here a forwarder that receives
 * the admit call data bit-inverted) is challenged like any other: openChallenge needs only the admitting
 * verdict and its signers' bitmap, both rebuilt from the Admitted and Joined events (a hostile review found
 * that such an admission escaped challenges when openChallenge took the signatures from the admit call data).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { encodeFunctionData, type Address, type Hex } from 'viem';
import { createChainClient } from './client.js';
import { startDevnet } from './devnet.js';
import { readRegistryNode } from './read-registry-node.js';
import { openChallenge } from './open-challenge.js';
import { readChallenge } from './read-challenge.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { admissionCase, joinAs, newNode, signedBy, startRegistryNet, warpTo } from '../registry/harness.js';
import { readAdmission } from '../registry/challenge.js';
import { readRegistryConstants } from '../registry/read-params.js';

const COLLATERAL: Hex = `0x${'c0'.repeat(32)}`;

/** A forwarder: copies its call data, inverts every 32-byte word (NOT), CALLs `target` with it, reverts on failure. */
function notForwarderInitcode(target: Address): Hex {
  const t = target.slice(2).toLowerCase();
  // compute offsets precisely
  const bytes = (s: string) => s.length / 2;
  const pre = '365f5f37' + '5f' + '5b' + '80361115' + '60__57' + '8051198152' + '602001' + '600556';
  const endOffset = bytes(pre.replace('__', '00'));
  const loopBody = pre.replace('__', endOffset.toString(16).padStart(2, '0'));
  const tail = '5b' + '50' + '5f5f365f5f73' + t + '5af1' + '60__57' + '5f5ffd' + '5b00';
  const callOk = endOffset + bytes(tail.replace('__', '00')) - 2;
  const runtime = loopBody + tail.replace('__', callOk.toString(16).padStart(2, '0'));
  const len = bytes(runtime);
  return `0x60${len.toString(16).padStart(2, '0')}600a5f3960${len.toString(16).padStart(2, '0')}5ff3${runtime}` as Hex;
}
const not = (data: Hex): Hex => {
  const hex = data.slice(2);
  const padded = hex.padEnd(Math.ceil(hex.length / 64) * 64, '0');
  return `0x${[...padded].map((c) => (15 - parseInt(c, 16)).toString(16)).join('').slice(0, hex.length)}` as Hex;
};

it('a bad executor admitted through a call-data-hiding forwarder is challenged from its events alone', { timeout: 300_000 }, async () => {
  const devnet = await startDevnet({ accountCount: 4 });
  try {
    const funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
    const cabalSender = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[2]!.privateKey, chainId: devnet.chainId });
    const challenger = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[3]!.privateKey, chainId: devnet.chainId });
    const net = await startRegistryNet(funder, { verifierCount: 20 });
    const bad = await newNode(funder);
    const { caseEpoch } = await joinAs(net, bad, 'executor');
    await warpTo(net, caseEpoch);
    const c = await admissionCase(net, bad, caseEpoch, COLLATERAL);
    const sigs = await signedBy(net, c.verdict, c.signers.slice(0, 5));
    const data = encodeFunctionData({ abi: airtntRegistryAbi, functionName: 'admit', args: [bad.address, c.verdict.evidenceHash, c.verdict.keysHash, COLLATERAL, c.verdict.committee, sigs] });
    const deploy = await cabalSender.wallet.sendTransaction({ data: notForwarderInitcode(net.registry), to: null } as never);
    const forwarder = (await cabalSender.public.waitForTransactionReceipt({ hash: deploy })).contractAddress!;
    const sent = await cabalSender.wallet.sendTransaction({ to: forwarder, data: not(data), gas: 1_000_000n } as never);
    assert.equal((await cabalSender.public.waitForTransactionReceipt({ hash: sent })).status, 'success');
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: bad.address })).status, 'admitted');
    const tx = await funder.public.getTransaction({ hash: sent });
    assert.ok(!tx.input.includes(sigs.slice(2, 66)), 'the signatures are nowhere in the transaction');
    const admission = await readAdmission(funder, await readRegistryConstants(funder, net.registry), bad.address, 0n);
    await openChallenge(challenger, { registry: net.registry, verdict: admission.verdict, signers: admission.signers, bond: net.params.minStake });
    const open = await readChallenge(funder, { registry: net.registry, node: bad.address });
    assert.equal(open?.signers, admission.signers, 'every signer of the admission is accused');
  } finally {
    await devnet.stop();
  }
});
