/**
 * Property, on a real anvil chain: whatever sequence of joins, stake additions, admissions, leaves,
 * withdrawals, slashes (valid or forged) and epoch changes nodes attempt, each call succeeds or fails
 * exactly as a small model predicts (failures by their named error), and after every call the
 * registry holds exactly what it owes: its balance equals the sum of every node's stake and pending
 * stake plus the reserve (slashed, forfeited and settled ETH) plus what it holds for others (seed bonds, join
 * fees not yet claimed by the verifiers that admitted a node). Nothing stuck, nothing created.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { keccak256, toHex, type Address, type Hex } from 'viem';
import { admissionCase, joinAs, newNode, signedBy, startRegistryNet, warpTo, type NetNode, type RegistryNet } from '../registry/harness.js';
import { signRoundRecord } from '../registry/signing.js';
import { AirtntError } from '../util/errors.js';
import { addStake } from './add-stake.js';
import { claimVerdictFee } from './claim-verdict-fee.js';
import { admitNode } from './admit-node.js';
import { createChainClient, type ChainClient } from './client.js';
import { startDevnet, type Devnet } from './devnet.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { readRegistryEpoch } from './read-registry-epoch.js';
import { readRegistryNode, type RegistryStatus } from './read-registry-node.js';
import { requestLeave } from './request-leave.js';
import { slashEquivocation } from './slash-equivocation.js';
import { chainNow } from './time.js';
import { withdrawStake } from './withdraw-stake.js';

type Op =
  | { kind: 'join'; who: number; tickets: number }
  | { kind: 'addStake'; who: number; tickets: number }
  | { kind: 'admit'; who: number }
  | { kind: 'leave'; who: number }
  | { kind: 'withdraw'; who: number }
  | { kind: 'slash'; who: number; forged: boolean }
  | { kind: 'claim'; who: number; signer: number }
  | { kind: 'warp'; epochs: number };

const ACTORS = 3;

let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;
/** Every address that ever held stake in the registry. */
const everyone = new Set<Address>();

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  net = await startRegistryNet(funder, { verifierCount: 5, params: { committeeSize: 5n, quorum: 3n } });
  for (const v of net.verifiers) everyone.add(v.address);
});
after(async () => {
  await devnet?.stop();
});

async function assertConserved(): Promise<void> {
  const balance = await funder.public.getBalance({ address: net.registry });
  const [reserve, bonds] = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'pool' });
  let owed = reserve + bonds;
  for (const address of everyone) {
    const node = await readRegistryNode(funder, { registry: net.registry, node: address });
    owed += node.stake + node.pendingStake;
  }
  assert.equal(balance, owed, 'registry balance == sum of stakes + pending stakes + reserve + held');
}

/** Runs `call`; checks it succeeded or failed with `expected` (a code) as the model said. */
/** How often each call succeeded, across all runs (the test asserts the sequences reached every kind). */
const successes = new Map<string, number>();

async function expectOutcome(call: () => Promise<unknown>, expected: string | undefined, label: string): Promise<void> {
  try {
    await call();
  } catch (error) {
    assert.ok(error instanceof AirtntError, `${label}: ${String(error)}`);
    assert.equal(error.code, expected ?? 'success', `${label}: ${error.message}`);
    return;
  }
  assert.equal(expected, undefined, `${label} succeeded, expected ${expected}`);
  const kind = label.replace(/.*"kind":"(\w+)".*/, '$1');
  successes.set(kind, (successes.get(kind) ?? 0) + 1);
}

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('join' as const), who: fc.nat(ACTORS - 1), tickets: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addStake' as const), who: fc.nat(ACTORS - 1), tickets: fc.integer({ min: 1, max: 2 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('admit' as const), who: fc.nat(ACTORS - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('leave' as const), who: fc.nat(ACTORS - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), who: fc.nat(ACTORS - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('slash' as const), who: fc.nat(ACTORS - 1), forged: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('warp' as const), epochs: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('claim' as const), who: fc.nat(ACTORS - 1), signer: fc.nat(4) }) },
);

describe('registry invariants (fuzzed sequences on anvil)', () => {
  it('every call behaves as modelled, and the balance always equals what is owed', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 8, maxLength: 16 }), async (randomOps) => {
        // Every run starts with all actors joined, so most random calls meet a registered node.
        const ops: Op[] = [...Array.from({ length: ACTORS }, (_, who) => ({ kind: 'join' as const, who, tickets: 1 + who })), ...randomOps];
        round += 1;
        // Fresh actors per run: the chain keeps the state of earlier runs.
        const actors: NetNode[] = [];
        for (let i = 0; i < ACTORS; i++) actors.push(await newNode(funder));
        for (const a of actors) everyone.add(a.address);
        // The admitting verdict of each actor's current registration, and who has not claimed its fee share.
        const admissions = new Map<number, { digest: Hex; unclaimed: bigint; signers: { node: NetNode; index: number }[] }>();
        const status = (who: number): Promise<RegistryStatus> => readRegistryNode(funder, { registry: net.registry, node: actors[who]!.address }).then((n) => n.status);
        for (const [step, op] of ops.entries()) {
          const label = `run ${round} step ${step} ${JSON.stringify(op)}`;
          const actor = op.kind === 'warp' ? undefined : actors[op.who]!;
          const current = actor ? await status(op.kind === 'warp' ? 0 : op.who) : 'none';
          switch (op.kind) {
            case 'join': {
              const expected = current !== 'none' ? 'REGISTRY_ALREADY_REGISTERED' : op.tickets === 0 ? 'REGISTRY_INVALID_STAKE' : undefined;
              const stake = op.tickets === 0 ? net.params.minStake - 1n : net.params.minStake * BigInt(op.tickets);
              await expectOutcome(() => joinAs(net, actor!, 'executor', stake), expected, label);
              break;
            }
            case 'addStake': {
              const expected = current === 'pending' || current === 'admitted' ? undefined : 'REGISTRY_WRONG_STATUS';
              await expectOutcome(() => addStake(actor!.client, { registry: net.registry, amount: net.params.minStake * BigInt(op.tickets) }), expected, label);
              break;
            }
            case 'admit': {
              if (current !== 'pending') break;
              const info = await readRegistryNode(funder, { registry: net.registry, node: actor!.address });
              const { epoch } = await readRegistryEpoch(funder, { registry: net.registry });
              const caseEpoch = info.joinEpoch + 2n;
              // Verifiers act once the case epoch's seed exists: move time there first.
              if (epoch < caseEpoch) await warpTo(net, caseEpoch);
              const c = await admissionCase(net, actor!, caseEpoch, keccak256(toHex('collateral')));
              const signers = c.signers.slice(0, Number(net.params.quorum));
              const signatures = await signedBy(net, c.verdict, signers);
              const slots = await Promise.all(signers.map(async (node) => ({ node, index: (await readRegistryNode(funder, { registry: net.registry, node: node.address })).index })));
              const digest = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'verdictDigest', args: [c.verdict] });
              admissions.set(op.who, { digest, unclaimed: slots.reduce((bits, s) => bits | (1n << BigInt(s.index)), 0n), signers: slots });
              await expectOutcome(
                () => admitNode(funder, { registry: net.registry, node: actor!.address, evidenceHash: c.verdict.evidenceHash, keysHash: c.verdict.keysHash, collateralHash: c.verdict.collateralHash, committee: c.verdict.committee, signatures }),
                undefined,
                label,
              );
              break;
            }
            case 'leave': {
              const expected = current === 'pending' || current === 'admitted' ? undefined : 'REGISTRY_WRONG_STATUS';
              await expectOutcome(() => requestLeave(actor!.client, { registry: net.registry }), expected, label);
              break;
            }
            case 'withdraw': {
              let expected: string | undefined = 'REGISTRY_WRONG_STATUS';
              if (current === 'leaving') {
                const at = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'withdrawableAt', args: [actor!.address] });
                expected = (await chainNow(funder)) >= at ? undefined : 'REGISTRY_STILL_UNBONDING';
              }
              await expectOutcome(() => withdrawStake(actor!.client, { registry: net.registry }), expected, label);
              if (expected === undefined) admissions.delete(op.who);
              break;
            }
            case 'claim': {
              const admission = admissions.get(op.who);
              if (admission === undefined) break;
              const { node, index } = admission.signers[op.signer % admission.signers.length]!;
              const bit = 1n << BigInt(index);
              const expected = (admission.unclaimed & bit) !== 0n ? undefined : 'REGISTRY_NOTHING_TO_CLAIM';
              await expectOutcome(() => claimVerdictFee(node.client, { registry: net.registry, node: actor!.address, digest: admission.digest, unclaimed: admission.unclaimed, index }), expected, label);
              if (expected === undefined) admission.unclaimed &= ~bit;
              break;
            }
            case 'slash': {
              const sessionId = keccak256(toHex(`session ${round} ${step}`));
              const [ra, rb] = [keccak256(toHex(`a ${step}`)), keccak256(toHex(`b ${step}`))];
              // A forged report signs the second record with another key than the registered enclave's.
              const signerB = op.forged ? actors[(op.who + 1) % ACTORS]!.enclave : actor!.enclave;
              const a = { recordHash: ra, signature: await signRoundRecord(actor!.enclave, net.domain, { sessionId, round: 1n, recordHash: ra }) };
              const b = { recordHash: rb, signature: await signRoundRecord(signerB, net.domain, { sessionId, round: 1n, recordHash: rb }) };
              const expected = current === 'none' || current === 'slashed' ? 'REGISTRY_WRONG_STATUS' : op.forged ? 'REGISTRY_SIGNER_MISMATCH' : undefined;
              await expectOutcome(() => slashEquivocation(funder, { registry: net.registry, node: actor!.address, sessionId, round: 1n, a, b }), expected, label);
              break;
            }
            case 'warp': {
              const { epoch } = await readRegistryEpoch(funder, { registry: net.registry });
              await warpTo(net, epoch + BigInt(op.epochs));
              break;
            }
          }
          await assertConserved();
        }
      }),
      { numRuns: 8, endOnFailure: true },
    );
    for (const kind of ['join', 'addStake', 'admit', 'leave', 'slash', 'claim']) assert.ok((successes.get(kind) ?? 0) > 0, `no successful ${kind} in the runs`);
  });
});
