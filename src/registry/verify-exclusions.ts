/**
 * A third party's check of one exclusion in a selection document (docs/protocol.md "The selection
 * document", excluded reasons): a candidate of the epoch that the requester did not rank must carry one
 * of the documented reasons. Those stated in chain facts (not a candidate, TEE kind, stake below the
 * requester's minimum) are checked against the chain; those that depend on what the requester saw off
 * chain (no VRF proof from the endpoint, a proof that did not verify, an admission whose committee did
 * not check out) cannot be re-observed and are reported as documented but unverified. Anything else is
 * refused: a requester cannot drop an executor silently or with a made-up reason.
 */
import type { Address } from 'viem';
import { AirtntError, isAirtntErrorCode } from '../util/errors.js';
import { isCandidate, teeName, type ListedNode } from './read-nodes.js';

export type ExclusionCheck = { node: Address; reason: string; checked: 'chain' | 'unverifiable' };

function refuted(node: Address, reason: string, why: string, details: Record<string, unknown> = {}): AirtntError {
  return new AirtntError('SELECTION_EXCLUSION_REFUTED', `the exclusion of ${node} does not hold: ${why}`, { details: { node, reason, ...details } });
}

export function checkExclusion(node: ListedNode, reason: string, at: { epoch: bigint; stake: bigint }): ExclusionCheck {
  const chain: ExclusionCheck = { node: node.address, reason, checked: 'chain' };
  if (/^not a candidate of epoch \d+/.test(reason)) {
    if (isCandidate(node, at.epoch)) throw refuted(node.address, reason, `it is a candidate of epoch ${at.epoch}`, { status: node.status, activeEpoch: node.activeEpoch });
    return chain;
  }
  const tee = /^TEE kind (\S+) not accepted$/.exec(reason);
  if (tee !== null) {
    if (teeName(node.tee) !== tee[1]) throw refuted(node.address, reason, `its registered TEE kind is ${teeName(node.tee)}`);
    return chain;
  }
  const stake = /^stake (\d{1,78}) below the minimum (\d{1,78})$/.exec(reason);
  if (stake !== null) {
    const [claimed, minimum] = [BigInt(stake[1]!), BigInt(stake[2]!)];
    if (claimed !== at.stake || claimed >= minimum) throw refuted(node.address, reason, `its stake at epoch ${at.epoch} is ${at.stake}`, { stake: at.stake, minimum });
    return chain;
  }
  // Observed off chain by the requester: documented forms, with a catalogued error code.
  const offChain = /^no VRF proof \(([A-Z_]+)\)$/.exec(reason) ?? /^([A-Z_]+): /.exec(reason);
  if (offChain !== null && isAirtntErrorCode(offChain[1]!)) return { node: node.address, reason, checked: 'unverifiable' };
  throw refuted(node.address, reason, 'the reason is none of the documented ones');
}
