/**
 * `airtnt executor join|leave|withdraw` and the registry part of `executor status`: an operator puts its
 * running executor into the open network. `join` reads the executor's keys and evidence from its
 * /v1/info (the running node is what verifiers will judge), creates the node's VRF key in the
 * executor's data directory (durably, before the join that fixes it on chain), and joins with stake.
 */
import type { Command } from 'commander';
import { formatEther, isAddressEqual, parseEther, type Address } from 'viem';
import { readRegistryEpoch } from '../../chain/read-registry-epoch.js';
import { readRegistryNode } from '../../chain/read-registry-node.js';
import { requestLeave } from '../../chain/request-leave.js';
import { withdrawStake } from '../../chain/withdraw-stake.js';
import { airtntRegistryAbi } from '../../chain/generated/contracts.js';
import { readRegistryNodes } from '../../registry/read-nodes.js';
import { AirtntError, safeJson } from '../../util/errors.js';
import { dataDirOf } from '../data-dir.js';
import { addRegistryOptions, registryClient, type RegistryOptions } from '../registry-options.js';
import { nodeJson } from './registry.js';
import { joinExecutor } from '../../registry/join-executor.js';

type JoinOptions = RegistryOptions & { executorUrl: string; dataDir?: string; stake: string; endpoint?: string; timeoutMs: number };

function ether(value: string): bigint {
  if (!/^\d{1,12}(\.\d{1,18})?$/.test(value)) throw new AirtntError('INVALID_OPTION', `--stake: expected ETH as a decimal number, got "${value}"`);
  return parseEther(value);
}

export function registerExecutorRegistry(executor: Command): void {
  addRegistryOptions(executor.command('join').description('join the registry with the running executor\'s enclave keys and evidence, a VRF key and stake'), true)
    .requiredOption('--executor-url <url>', 'the running executor (its /v1/info gives the keys and evidence verifiers will judge)')
    .option('--data-dir <dir>', 'the executor\'s data directory, where its VRF key is kept (default: as `executor start`)')
    .requiredOption('--stake <eth>', 'stake in ETH (at least the registry\'s minimum; the join fee is sent on top)')
    .option('--endpoint <url>', 'where requesters and verifiers reach it (default: --executor-url)')
    .option('--timeout-ms <ms>', 'give up on the executor after this long', (value: string) => Number(value), 5_000)
    .action(async (options: JoinOptions) => {
      const { client, registry } = await registryClient(options, true);
      const joined = await joinExecutor(client, registry, { ...options, dataDir: dataDirOf(options.dataDir, 'executor'), stake: ether(options.stake) });
      process.stdout.write(`${safeJson({ ok: true, ...joined })}\n`);
    });
  addRegistryOptions(executor.command('leave').description('leave the registry (a candidate two more epochs; the stake is paid after unbonding with `executor withdraw`)'), true).action(
    async (options: RegistryOptions) => {
      const { client, registry } = await registryClient(options, true);
      const { hash } = await requestLeave(client, { registry });
      const node = await readRegistryNode(client, { registry, node: client.account.address });
      const withdrawableAt = await client.public.readContract({ address: registry, abi: airtntRegistryAbi, functionName: 'withdrawableAt', args: [client.account.address] });
      process.stdout.write(`${safeJson({ ok: true, node: client.account.address, status: node.status, leaveEpoch: node.leaveEpoch, withdrawableAt, txHash: hash })}\n`);
    },
  );
  addRegistryOptions(executor.command('withdraw').description('after unbonding: withdraw the stake of a node that left'), true).action(async (options: RegistryOptions) => {
    const { client, registry } = await registryClient(options, true);
    const { hash } = await withdrawStake(client, { registry });
    process.stdout.write(`${safeJson({ ok: true, node: client.account.address, txHash: hash })}\n`);
  });
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
  else process.stdout.write(`${node.address} ${node.status} in epoch ${epoch}: ${formatEther(node.stake)} ETH staked, active from epoch ${node.activeEpoch}, endpoint ${node.endpoint}\n`);
}
