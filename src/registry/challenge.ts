/**
 * Challenges of an admission (docs/protocol.md, "Challenges: a verdict overturned by a larger committee"):
 * what the challenger needs to open one (the admitting verdict and its signatures, from the admit call
 * data; the signers that have not claimed their fee share, from the events), and what a member of the
 * challenge committee signs: a verdict on the admitting verdict's own inputs (evidence, collateral, keys,
 * pinned time), in the challenge's case epoch with the challenge committee's bitmap, and only when it
 * fails. The keys judged are those the join committed (Joined event), and the verdict is signed through
 * the verifier's verdict store (verdict-store.ts, kind 'challenge'). A member that is not served the very evidence and collateral the admission judged cannot
 * reproduce the judgement and signs nothing.
 */
import { decodeFunctionData, isAddressEqual, type Address, type Hex } from 'viem';
import type { AttestationPolicy } from '../attestation/policy.js';
import type { ChainClient } from '../chain/client.js';
import { airtntRegistryAbi } from '../chain/generated/contracts.js';
import { readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { readRegistryNode } from '../chain/read-registry-node.js';
import { AirtntError } from '../util/errors.js';
import type { RegistryConstants } from './read-params.js';
import { keysHashOf, signVerdict, verdictDigest, type CommittedKeys, type Verdict } from './signing.js';
import { produceVerdict, type VerdictEvidence } from './verdict-producer.js';
import type { VerdictStore } from './verdict-store.js';

export type Admission = {
  /** The admitting verdict, rebuilt from the admit call data and the registry's constants. */
  verdict: Verdict;
  digest: Hex;
  /** The signatures submitted to admit (ascending slots). */
  signatures: Hex;
  /** Slots of its signers, and of those that have not claimed their share of the join fee. */
  signers: bigint;
  unclaimed: bigint;
  /** The block of the admission. */
  block: bigint;
};

/** The last admission of `node` since `fromBlock` (its join), read from the Admitted event and the admit call. */
export async function readAdmission(client: ChainClient, constants: RegistryConstants, node: Address, fromBlock: bigint): Promise<Admission> {
  const registry = constants.registry;
  const events = await client.public.getContractEvents({ address: registry, abi: airtntRegistryAbi, eventName: 'Admitted', args: { node }, fromBlock, strict: true });
  const event = events.at(-1);
  if (event === undefined || event.args.signers === 0n) {
    throw new AirtntError('REGISTRY_NOTHING_TO_CHALLENGE', `${node} has no admitting verdict since block ${fromBlock}`, { details: { node, fromBlock: fromBlock.toString() } });
  }
  const tx = await client.public.getTransaction({ hash: event.transactionHash });
  let args: readonly unknown[] | undefined;
  try {
    const decoded = decodeFunctionData({ abi: airtntRegistryAbi, data: tx.input });
    if (decoded.functionName === 'admit') args = decoded.args;
  } catch {
    // Not a direct admit call: its signatures are not readable from the transaction.
  }
  if (args === undefined || tx.to === null || tx.to === undefined || !isAddressEqual(tx.to, registry) || !isAddressEqual(args[0] as Address, node)) {
    throw new AirtntError('REGISTRY_COMMITTEE_UNCHECKED', `the admission of ${node} was not a direct admit call: its signatures cannot be read`, { details: { node, tx: event.transactionHash } });
  }
  const [, evidenceHash, keysHash, collateralHash, committee, signatures] = args as [Address, Hex, Hex, Hex, bigint, Hex];
  const { start } = await readRegistryEpoch(client, { registry, epoch: event.args.caseEpoch });
  const verdict: Verdict = { node, epoch: event.args.caseEpoch, committee, evidenceHash, collateralHash, policyHash: constants.policyHash, time: start, keysHash, pass: true };
  const digest = verdictDigest(constants.domain, verdict);
  if (digest !== event.args.verdictDigest) {
    throw new AirtntError('REGISTRY_NOTHING_TO_CHALLENGE', `the admit call of ${node} does not give back the Admitted digest`, { details: { node, digest, event: event.args.verdictDigest } });
  }
  const claims = await client.public.getContractEvents({ address: registry, abi: airtntRegistryAbi, eventName: 'VerdictFeeClaimed', args: { node }, fromBlock: event.blockNumber, strict: true });
  let unclaimed = event.args.signers;
  for (const claim of claims) {
    const { index } = await readRegistryNode(client, { registry, node: claim.args.verifier });
    unclaimed &= ~(1n << BigInt(index));
  }
  return { verdict, digest, signatures, signers: event.args.signers, unclaimed, block: event.blockNumber };
}

export type ChallengeCase = {
  caseEpoch: bigint;
  committee: bigint;
  /** The keys the node's join committed (its Joined event): judged, never what the node serves now. */
  keys: CommittedKeys;
};

/**
 * What a member of the challenge committee signs, or undefined: the admitting verdict's inputs judged
 * again (same evidence, collateral, committed keys, policy and pinned time) give pass = false. Undefined
 * when they pass (nothing to overturn), when the committed keys are not those the admission named, or
 * when the node no longer serves those inputs (they cannot be judged again).
 */
export async function produceChallengeVerdict(policy: AttestationPolicy, admitted: Verdict, c: ChallengeCase, served: VerdictEvidence | undefined): Promise<{ verdict: Verdict; reason: string } | undefined> {
  if (served === undefined || keysHashOf(c.keys) !== admitted.keysHash) return undefined;
  let produced;
  try {
    produced = await produceVerdict(
      policy,
      { node: admitted.node, keys: c.keys, evidenceHash: admitted.evidenceHash, epoch: c.caseEpoch, epochStart: admitted.time, committee: c.committee, registryPolicyHash: admitted.policyHash },
      served,
    );
  } catch (error) {
    // Other evidence than the admission judged: not the admission's inputs, nothing to sign.
    if (error instanceof AirtntError && error.code === 'REGISTRY_EVIDENCE_MISMATCH') return undefined;
    throw error;
  }
  const v = produced.verdict;
  if (v.pass || v.evidenceHash !== admitted.evidenceHash || v.collateralHash !== admitted.collateralHash || v.keysHash !== admitted.keysHash) return undefined;
  return { verdict: v, reason: produced.reason ?? 'FAILED' };
}

/**
 * Produces the challenge verdict and signs it through the verifier's durable store (kind 'challenge'):
 * stored before the signature is returned, and never the other pass value on the same inputs.
 */
export async function signChallengeVerdict(
  account: Parameters<typeof signVerdict>[0],
  constants: RegistryConstants,
  store: VerdictStore,
  ...args: Parameters<typeof produceChallengeVerdict>
): Promise<{ verdict: Verdict; reason: string; signature: Hex } | undefined> {
  const produced = await produceChallengeVerdict(...args);
  if (produced === undefined) return undefined;
  const signed = await store.sign('challenge', produced.verdict, (verdict) => signVerdict(account, constants.domain, verdict));
  return { ...produced, verdict: signed.verdict, signature: signed.signature };
}
