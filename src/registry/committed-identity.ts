/**
 * The requester's check that an executor drawn from a registry serves the enclave its join committed
 * (the Joined event, covered by the keysHash every admitting verdict names): evidence, Ed25519 signing
 * key, sealing key, runtime measurement and record key. What the verifiers admitted is the committed
 * enclave; an endpoint serving anything else is not that node, and is skipped.
 */
import { isAddressEqual, type Address } from 'viem';
import type { ChainClient } from '../chain/client.js';
import { readRegistryNode } from '../chain/read-registry-node.js';
import type { ExecutorInfo } from '../node/info.js';
import { toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import type { ListedNode } from './read-nodes.js';
import { evidenceHashOf } from './verdict-producer.js';

/** Throws REGISTRY_KEYS_MISMATCH naming the first served value that is not the committed one. */
export function checkCommittedIdentity(node: Pick<ListedNode, 'address' | 'enclaveKey' | 'sealingKey' | 'signingKey' | 'runtimeMeasurement' | 'evidenceHash'>, enclave: ExecutorInfo['enclave']): void {
  const served = {
    evidenceHash: evidenceHashOf(enclave.evidence),
    signingKey: toHex(enclave.signingPublicKey),
    sealingKey: toHex(enclave.hpkePublicKey),
    runtimeMeasurement: toHex(enclave.runtimeMeasurement),
  };
  for (const field of ['evidenceHash', 'signingKey', 'sealingKey', 'runtimeMeasurement'] as const) {
    if (served[field].toLowerCase() !== node[field].toLowerCase()) throw mismatch(node.address, field, served[field], node[field]);
  }
  if (enclave.recordAddress === undefined || !isAddressEqual(enclave.recordAddress, node.enclaveKey)) throw mismatch(node.address, 'enclaveKey', enclave.recordAddress ?? 'none', node.enclaveKey);
}

/** At run time: the executor's record key must be the enclave key registered for its payee. */
export async function checkRegisteredRecordKey(client: ChainClient, registry: Address, info: Pick<ExecutorInfo, 'executor' | 'enclave'>): Promise<void> {
  const node = await readRegistryNode(client, { registry, node: info.executor });
  if (info.enclave.recordAddress === undefined || !isAddressEqual(info.enclave.recordAddress, node.enclaveKey)) {
    throw mismatch(info.executor, 'enclaveKey', info.enclave.recordAddress ?? 'none', node.enclaveKey);
  }
}

function mismatch(node: Address, field: string, served: string, committed: string): AirtntError {
  return new AirtntError('REGISTRY_KEYS_MISMATCH', `the executor serves another ${field} than its registry join committed`, {
    details: { node, field, served, committed },
    hint: 'this endpoint is not the enclave the verifiers admitted: use another executor of the registry',
  });
}
