/**
 * Challenges of an admission (docs/protocol.md, "Challenges: a verdict overturned by a larger committee"):
 * what the challenger needs to open one (the admitting verdict, from the Admitted and Joined events; its
 * signatures, from the admit call data; the signers that have not claimed their fee share, from the events), and what a member of the
 * challenge committee signs: a verdict on the admitting verdict's own inputs (evidence, collateral, keys,
 * pinned time), in the challenge's case epoch with the challenge committee's bitmap, and only when it
 * fails. The keys judged are those the join committed (Joined event), and the verdict is signed through
 * the verifier's verdict store (verdict-store.ts, kind 'challenge'). A member that is not served the very evidence and collateral the admission judged cannot
 * reproduce the judgement and signs nothing.
 */
import type { Address, Hex } from 'viem';
import type { AttestationPolicy } from '../attestation/policy.js';
import type { ChainClient } from '../chain/client.js';
import { airtntRegistryAbi } from '../chain/generated/contracts.js';
import { readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { AirtntError } from '../util/errors.js';
import type { RegistryConstants } from './read-params.js';
import { keysHashOf, signVerdict, verdictDigest, type CommittedKeys, type Verdict } from './signing.js';
import { produceVerdict, type VerdictEvidence } from './verdict-producer.js';
import type { VerdictStore } from './verdict-store.js';

export type Admission = {
  /** The admitting verdict, rebuilt from the Admitted event (epoch, committee, collateral), the Joined event and the registry's constants. */
  verdict: Verdict;
  digest: Hex;
  /** Slots of its signers. */
  signers: bigint;
  /**
   * The bitmap remove names as `unclaimed`: the node's commitment covers (digest, signers) from admission
   * on, and fee claims no longer change it, so this is `signers`.
   */
  unclaimed: bigint;
  /** The block of the admission. */
  block: bigint;
};

/**
 * The last admission of `node` since `fromBlock` (its join), read from its events only: the Admitted event carries the
 * case epoch, the committee and the collateral hash, the Joined event the evidence hash and the keys. Nothing is read from
 * the admit call data, so an admission sent through any contract reads (and can be challenged) the same.
 */
export async function readAdmission(client: ChainClient, constants: RegistryConstants, node: Address, fromBlock: bigint): Promise<Admission> {
  const registry = constants.registry;
  const events = await client.public.getContractEvents({ address: registry, abi: airtntRegistryAbi, eventName: 'Admitted', args: { node }, fromBlock, strict: true });
  const event = events.at(-1);
  if (event === undefined || event.args.signers === 0n) {
    throw new AirtntError('REGISTRY_NOTHING_TO_CHALLENGE', `${node} has no admitting verdict since block ${fromBlock}`, { details: { node, fromBlock: fromBlock.toString() } });
  }
  const joins = await client.public.getContractEvents({ address: registry, abi: airtntRegistryAbi, eventName: 'Joined', args: { node }, fromBlock, toBlock: event.blockNumber, strict: true });
  const joined = joins.at(-1);
  if (joined === undefined) {
    throw new AirtntError('REGISTRY_NOTHING_TO_CHALLENGE', `${node} has no join before its admission at block ${event.blockNumber}`, { details: { node, fromBlock: fromBlock.toString() } });
  }
  const { enclaveKey, sealingKey, vrfKey, signingKey, runtimeMeasurement, evidenceHash } = joined.args;
  const keysHash = keysHashOf({ enclaveKey, sealingKey, vrfKey, signingKey, runtimeMeasurement });
  const { start } = await readRegistryEpoch(client, { registry, epoch: event.args.caseEpoch });
  const verdict: Verdict = {
    node, epoch: event.args.caseEpoch, committee: event.args.committee, evidenceHash, collateralHash: event.args.collateralHash, policyHash: constants.policyHash, time: start, keysHash, pass: true,
  };
  const digest = verdictDigest(constants.domain, verdict);
  if (digest !== event.args.verdictDigest) {
    throw new AirtntError('REGISTRY_NOTHING_TO_CHALLENGE', `the events of ${node} do not give back the Admitted digest`, { details: { node, digest, event: event.args.verdictDigest } });
  }
  return { verdict, digest, signers: event.args.signers, unclaimed: event.args.signers, block: event.blockNumber };
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
