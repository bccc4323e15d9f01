/**
 * The body of `airtnt registry list` (registry.ts defines the command and loads this module when it
 * runs, so that `--help` answers at once), and the JSON form of a registry node.
 */
import { formatEther } from 'viem';
import { readRegistryEpoch } from '../../chain/read-registry-epoch.js';
import { NO_SLOT } from '../../chain/read-registry-node.js';
import { readRegistryNodes, teeName, type ListedNode } from '../../registry/read-nodes.js';
import { safeJson } from '../../util/errors.js';
import { registryClient, type RegistryOptions } from '../registry-options.js';

export async function registryListCommand(options: RegistryOptions & { json?: boolean }): Promise<void> {
  const { client, registry: address } = await registryClient(options, false);
  const [{ epoch }, nodes] = await Promise.all([readRegistryEpoch(client, { registry: address }), readRegistryNodes(client, { registry: address })]);
  if (options.json) {
    process.stdout.write(`${safeJson({ ok: true, registry: address, epoch, nodes: nodes.map(nodeJson) })}\n`);
    return;
  }
  const lines = [`registry ${address} on chain ${client.chain.id}, epoch ${epoch}: ${nodes.length} node(s)`];
  for (const node of nodes) lines.push(nodeLine(node));
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** One node of `registry list`: role, status, address, stake, the TEE kind its join registered, endpoint. */
export function nodeLine(node: ListedNode): string {
  const tee = teeName(node.tee);
  return `${node.role.padEnd(8)} ${node.status.padEnd(8)} ${node.address} ${formatEther(node.stake)} ETH ${tee === 'none' ? 'no TEE' : `TEE ${tee}`} ${node.endpoint}`;
}

export function nodeJson(node: ListedNode): Record<string, unknown> {
  return {
    address: node.address,
    role: node.role,
    status: node.status,
    tee: teeName(node.tee),
    stake: node.stake.toString(),
    pendingStake: node.pendingStake.toString(),
    activeEpoch: node.activeEpoch.toString(),
    leaveEpoch: node.leaveEpoch.toString(),
    caseEpoch: node.caseEpoch.toString(),
    endpoint: node.endpoint,
    enclaveKey: node.enclaveKey,
    sealingKey: node.sealingKey,
    vrfKey: node.vrfKey,
    evidenceHash: node.evidenceHash,
    // A verifier holds a slot from its admission on (none while pending).
    ...(node.role === 'verifier' && node.index !== NO_SLOT ? { slot: node.index } : {}),
  };
}
