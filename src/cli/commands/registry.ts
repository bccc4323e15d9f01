/** `airtnt registry list`: every node of a registry with its status, stake, kind, endpoint and keys. */
import type { Command } from 'commander';
import type { ListedNode } from '../../registry/read-nodes.js';
import { safeJson } from '../../util/errors.js';
import { addRegistryOptions } from '../registry-option-defs.js';
import type { RegistryOptions } from '../registry-options.js';
import { registerRegistryChallenge } from './registry-challenge.js';

// Loaded when a command runs, not when it is defined, so that --help answers at once.
let formatEther: typeof import('viem').formatEther;
let readRegistryEpoch: typeof import('../../chain/read-registry-epoch.js').readRegistryEpoch;
let readRegistryNodes: typeof import('../../registry/read-nodes.js').readRegistryNodes;
let teeName: typeof import('../../registry/read-nodes.js').teeName;
let registryClient: typeof import('../registry-options.js').registryClient;

async function loadDependencies(): Promise<void> {
  const [m0, m1, m2, m3] = await Promise.all([
    import('viem'),
    import('../../chain/read-registry-epoch.js'),
    import('../../registry/read-nodes.js'),
    import('../registry-options.js'),
  ]);
  ({ formatEther } = m0);
  ({ readRegistryEpoch } = m1);
  ({ readRegistryNodes, teeName } = m2);
  ({ registryClient } = m3);
}


export function registerRegistry(program: Command): void {
  const registry = program.command('registry').description('the open network: executors and verifiers registered on chain');
  addRegistryOptions(registry.command('list').description('nodes of a registry: status, role, stake, TEE kind, endpoint and keys'), false)
    .option('--json', 'print one JSON object')
    .action(async (options: RegistryOptions & { json?: boolean }) => {
      await loadDependencies();
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
    });
  registerRegistryChallenge(registry);
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
