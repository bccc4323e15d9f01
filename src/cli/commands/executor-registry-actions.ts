/**
 * The work of `airtnt executor join|leave|withdraw` and `executor status --registry` (registered in
 * executor-registry.ts).
 */
import { isAddressEqual, parseEther, type Address } from 'viem';
import { chainNow } from '../../chain/time.js';
import { readRegistryEpoch } from '../../chain/read-registry-epoch.js';
import { readRegistryNode } from '../../chain/read-registry-node.js';
import { requestLeave } from '../../chain/request-leave.js';
import { withdrawStake } from '../../chain/withdraw-stake.js';
import { airtntRegistryAbi } from '../../chain/generated/contracts.js';
import { readRegistryNodes } from '../../registry/read-nodes.js';
import { AirtntError, safeJson } from '../../util/errors.js';
import { dataDirOf } from '../data-dir.js';
import { registryClient, type RegistryOptions } from '../registry-options.js';
import { leaveLines, registryStatusLine } from './executor-registry-text.js';
import { nodeJson } from './registry-action.js';
import { joinExecutor } from '../../registry/join-executor.js';

import type { JoinOptions } from './executor-registry.js';

function ether(value: string): bigint {
  if (!/^\d{1,12}(\.\d{1,18})?$/.test(value)) throw new AirtntError('INVALID_OPTION', `--stake: expected ETH as a decimal number, got "${value}"`);
  return parseEther(value);
}

export async function join(options: JoinOptions): Promise<void> {
  const { client, registry } = await registryClient(options, true);
  const joined = await joinExecutor(client, registry, { ...options, dataDir: dataDirOf(options.dataDir, 'executor'), stake: ether(options.stake) });
  process.stdout.write(`${safeJson({ ok: true, ...joined })}\n`);
}

export async function leave(options: RegistryOptions & { json?: boolean }): Promise<void> {
  const { client, registry } = await registryClient(options, true);
  const { hash } = await requestLeave(client, { registry });
  const node = await readRegistryNode(client, { registry, node: client.account.address });
  const [withdrawableAt, unbondingDelay, now] = await Promise.all([
    client.public.readContract({ address: registry, abi: airtntRegistryAbi, functionName: 'withdrawableAt', args: [client.account.address] }),
    client.public.readContract({ address: registry, abi: airtntRegistryAbi, functionName: 'UNBONDING_DELAY' }),
    chainNow(client),
  ]);
  const withdrawableUtc = new Date(Number(withdrawableAt) * 1000).toISOString();
  if (options.json) {
    process.stdout.write(`${safeJson({ ok: true, node: client.account.address, status: node.status, leaveEpoch: node.leaveEpoch, withdrawableAt, withdrawableUtc, unbondingDelaySeconds: unbondingDelay, txHash: hash })}\n`);
    return;
  }
  process.stdout.write(`${leaveLines({ node: client.account.address, leaveEpoch: node.leaveEpoch, withdrawableAt, unbondingDelay: BigInt(unbondingDelay), now, txHash: hash })}\n`);
}

export async function withdraw(options: RegistryOptions): Promise<void> {
  const { client, registry } = await registryClient(options, true);
  const { hash } = await withdrawStake(client, { registry });
  process.stdout.write(`${safeJson({ ok: true, node: client.account.address, txHash: hash })}\n`);
}

/** `executor status --registry ...`: the node's registry record and the current epoch. */
export async function registryStatus(options: RegistryOptions & { json?: boolean; node?: string }): Promise<void> {
  const { client, registry } = await registryClient(options, options.node === undefined);
  const address = (options.node ?? client.account.address) as Address;
  const [{ epoch }, nodes] = await Promise.all([readRegistryEpoch(client, { registry }), readRegistryNodes(client, { registry })]);
  const node = nodes.find((n) => isAddressEqual(n.address, address));
  if (node === undefined) {
    throw new AirtntError('REGISTRY_NODE_UNKNOWN', `${address} is not registered in ${registry}`, { details: { node: address, registry }, hint: 'join first: airtnt executor join' });
  }
  if (options.json) process.stdout.write(`${safeJson({ ok: true, registry, epoch, node: nodeJson(node) })}\n`);
  else process.stdout.write(`${registryStatusLine(node, epoch)}\n`);
}
