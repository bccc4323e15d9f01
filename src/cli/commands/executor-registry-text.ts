/**
 * The human lines of `executor status --registry` and `executor leave` (pure: the chain's values in,
 * text out), so that what an operator reads is tested apart from the chain.
 */
import { formatEther } from 'viem';
import type { ListedNode } from '../../registry/read-nodes.js';

/** Where the node stands in the registry, said in epochs: now, its case, from when it is a candidate. */
export function registryStatusLine(node: Pick<ListedNode, 'address' | 'status' | 'stake' | 'pendingStake' | 'activeEpoch' | 'leaveEpoch' | 'caseEpoch' | 'endpoint'>, epoch: bigint): string {
  const active = node.activeEpoch !== 0n && node.activeEpoch <= epoch;
  const standing =
    node.status === 'pending'
      ? `pending: judged in case epoch ${node.caseEpoch}; not yet active`
      : node.status === 'admitted'
        ? `admitted in case epoch ${node.caseEpoch}; ${active ? `active since epoch ${node.activeEpoch}` : `not yet active (a candidate from epoch ${node.activeEpoch})`}`
        : node.status === 'leaving'
          ? `leaving: a candidate until epoch ${node.leaveEpoch}`
          : node.status;
  const stake = node.status === 'pending' ? `${formatEther(node.pendingStake + node.stake)} ETH staked` : `${formatEther(node.stake)} ETH staked`;
  return `${node.address}: now epoch ${epoch}; ${standing}; ${stake}; endpoint ${node.endpoint}`;
}

/** What `executor leave` did and what comes next: when the stake can be withdrawn, in UTC and as a wait. */
export function leaveLines(left: { node: string; leaveEpoch: bigint; withdrawableAt: bigint; unbondingDelay: bigint; now: bigint; txHash: string }): string {
  const wait = left.withdrawableAt > left.now ? left.withdrawableAt - left.now : 0n;
  return [
    `${left.node} is leaving the registry (tx ${left.txHash}): a candidate until epoch ${left.leaveEpoch}`,
    `its stake can be withdrawn from ${new Date(Number(left.withdrawableAt) * 1000).toISOString()} (chain time; the unbonding delay is ${duration(left.unbondingDelay)}, ${duration(wait)} from now)`,
    'then: airtnt executor withdraw --rpc-url URL --registry ADDRESS',
  ].join('\n');
}

/** Seconds as the largest units that fit: "1 h 23 min 20 s". */
export function duration(seconds: bigint): string {
  const s = Number(seconds);
  const parts = [[Math.floor(s / 86_400), 'd'], [Math.floor((s % 86_400) / 3600), 'h'], [Math.floor((s % 3600) / 60), 'min'], [s % 60, 's']] as const;
  const shown = parts.filter(([n]) => n > 0).map(([n, unit]) => `${n} ${unit}`);
  return shown.length === 0 ? '0 s' : shown.join(' ');
}
