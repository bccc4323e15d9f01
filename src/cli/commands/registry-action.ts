/**
 * The body of `airtnt registry list` (registry.ts defines the command and loads this module when it
 * runs, so that `--help` answers at once), and the JSON form of a registry node.
 */
import { formatEther } from 'viem';
import { readRegistryEpoch } from '../../chain/read-registry-epoch.js';
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
  for (const node of nodes) {
    lines.push(`${node.role.padEnd(8)} ${node.status.padEnd(8)} ${node.address} ${formatEther(node.stake)} ETH ${teeName(node.tee)} ${node.endpoint}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
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
    ...(node.role === 'verifier' ? { slot: node.index } : {}),
  };
}
