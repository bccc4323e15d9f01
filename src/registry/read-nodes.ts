/**
 * Every node of a registry, from its Joined events (endpoint, sealing and VRF keys, evidence hash live
 * there only) and its current record (nodeOf, stakeAt). A node that withdrew and joined again is listed
 * with its last join. Chain data is untrusted input like any other: endpoints are only strings here.
 */
import type { Address, Hex } from 'viem';
import type { ChainClient } from '../chain/client.js';
import { airtntRegistryAbi } from '../chain/generated/contracts.js';
import { readRegistryNode, type RegistryNode } from '../chain/read-registry-node.js';
import { toRegistryError } from '../chain/registry-transact.js';
import { checkAddress } from '../chain/validate.js';

/** Registry TEE codes (docs/protocol.md, "Joining"). */
export const TEE_CODES = { simulated: 1, sgx: 2, tdx: 3, 'sev-snp': 4, nitro: 5 } as const;
export type TeeName = keyof typeof TEE_CODES;

/**
 * The kind a node's join registered: a TEE kind, 'none' for code 0 (verifiers join without a TEE: they
 * judge evidence, they run nothing), or the code itself when this version does not know it.
 */
export function teeName(code: number): TeeName | 'none' | `code ${number}` {
  if (code === 0) return 'none';
  const found = Object.entries(TEE_CODES).find(([, value]) => value === code);
  return found === undefined ? `code ${code}` : (found[0] as TeeName);
}

export type ListedNode = RegistryNode & {
  address: Address;
  endpoint: string;
  sealingKey: Hex;
  vrfKey: Hex;
  /** The enclave's signing key and runtime measurement committed at join (keysHash covers them). */
  signingKey: Hex;
  runtimeMeasurement: Hex;
  evidenceHash: Hex;
  caseEpoch: bigint;
  /** The block of its last join. */
  joinBlock: bigint;
};

export type ReadNodesOptions = { registry: Address; fromBlock?: bigint; maxBlockRange?: bigint };

/** Joined events, paged (public RPC providers refuse wide eth_getLogs ranges). */
async function joinedEvents(client: ChainClient, options: ReadNodesOptions) {
  const registry = checkAddress(options.registry, 'registry');
  const range = options.maxBlockRange ?? 5000n;
  const head = await client.public.getBlockNumber();
  const events = [];
  for (let from = options.fromBlock ?? 0n; from <= head; from += range) {
    const to = from + range - 1n < head ? from + range - 1n : head;
    try {
      events.push(...(await client.public.getContractEvents({ address: registry, abi: airtntRegistryAbi, eventName: 'Joined', fromBlock: from, toBlock: to, strict: true })));
    } catch (error) {
      throw toRegistryError(error, 'readRegistryNodes');
    }
  }
  return events;
}

export async function readRegistryNodes(client: ChainClient, options: ReadNodesOptions): Promise<ListedNode[]> {
  const latest = new Map<Address, Awaited<ReturnType<typeof joinedEvents>>[number]>();
  for (const event of await joinedEvents(client, options)) latest.set(event.args.node, event);
  const nodes: ListedNode[] = [];
  for (const [address, event] of latest) {
    const record = await readRegistryNode(client, { registry: options.registry, node: address });
    if (record.status === 'none') continue; // withdrawn
    nodes.push({
      ...record,
      address,
      endpoint: event.args.endpoint,
      sealingKey: event.args.sealingKey,
      vrfKey: event.args.vrfKey,
      signingKey: event.args.signingKey,
      runtimeMeasurement: event.args.runtimeMeasurement,
      evidenceHash: event.args.evidenceHash,
      caseEpoch: event.args.caseEpoch,
      joinBlock: event.blockNumber,
    });
  }
  return nodes;
}

/** A node's stake counted in `epoch`. */
export async function readStakeAt(client: ChainClient, registry: Address, node: Address, epoch: bigint): Promise<bigint> {
  try {
    return await client.public.readContract({ address: registry, abi: airtntRegistryAbi, functionName: 'stakeAt', args: [node, epoch] });
  } catch (error) {
    throw toRegistryError(error, 'stakeAt');
  }
}

/** Whether a node is a candidate of `epoch`: admitted (or leaving later than it) and active from it. */
export function isCandidate(node: RegistryNode, epoch: bigint): boolean {
  const live = node.status === 'admitted' || (node.status === 'leaving' && node.leaveEpoch > epoch);
  return live && node.activeEpoch !== 0n && node.activeEpoch <= epoch;
}
