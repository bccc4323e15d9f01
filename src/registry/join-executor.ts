/**
 * Joins a running executor to the registry: keys and evidence from its /v1/info (what verifiers will judge),
 * a VRF key created durably in its data directory before the join fixes it on chain, and stake.
 */
import { isAddressEqual, type Address } from 'viem';
import type { ChainClient } from '../chain/client.js';
import { joinRegistry } from '../chain/join-registry.js';
import { fetchExecutorInfo } from '../node/verify-executor.js';
import { toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { TEE_CODES } from './read-nodes.js';
import { evidenceHashOf } from './verdict-producer.js';
import { loadOrCreateVrfKey } from './vrf-key.js';

export type JoinedExecutor = { node: Address; enclaveKey: Address; caseEpoch: bigint; stake: bigint; joinFee: bigint; vrfKey: string; evidenceHash: string; endpoint: string; txHash: string };

/** Joins the executor at `executorUrl`, whose chain account must be `client`'s (it is the node's payee). */
export async function joinExecutor(
  client: ChainClient,
  registry: Address,
  options: { executorUrl: string; dataDir: string; stake: bigint; endpoint?: string; timeoutMs: number },
): Promise<JoinedExecutor> {
  const { info } = await fetchExecutorInfo(options.executorUrl, options.timeoutMs);
  if (!isAddressEqual(info.executor, client.account.address)) {
    throw new AirtntError('REGISTRY_ACCOUNT_MISMATCH', 'the executor is paid to another account than the one joining', {
      details: { executor: info.executor, account: client.account.address },
      hint: 'join with the executor\'s own account: requesters check that the registered node is the payee of its /v1/info',
    });
  }
  if (info.chainId !== client.chain.id) {
    throw new AirtntError('REGISTRY_ACCOUNT_MISMATCH', 'the executor serves another chain than the registry\'s', { details: { executorChain: info.chainId, registryChain: client.chain.id } });
  }
  // The registry slashes equivocation by this key: it must be the enclave's own, bound by its evidence.
  const enclaveKey = info.enclave.recordAddress;
  if (enclaveKey === undefined) {
    throw new AirtntError('REGISTRY_RECORD_KEY_MISMATCH', 'the executor\'s enclave has no record-claim key (its evidence uses binding v2)', {
      details: { executor: info.executor },
      hint: 'start the executor with the registry so that its enclave signs round records for it, then join again',
    });
  }
  // Created and fsynced before the join: the registry fixes the public key for the whole registration.
  const vrf = loadOrCreateVrfKey(options.dataDir);
  const evidenceHash = evidenceHashOf(info.enclave.evidence);
  const endpoint = options.endpoint ?? options.executorUrl;
  const result = await joinRegistry(client, {
    registry,
    role: 'executor',
    tee: TEE_CODES[info.tee],
    enclaveKey,
    sealingKey: toHex(info.enclave.hpkePublicKey),
    vrfKey: toHex(vrf.publicKey),
    // Committed so that verifiers and requesters judge these, never what the endpoint serves later.
    signingKey: toHex(info.enclave.signingPublicKey),
    runtimeMeasurement: toHex(info.enclave.runtimeMeasurement),
    evidenceHash,
    endpoint,
    stake: options.stake,
  });
  return { node: client.account.address, enclaveKey, caseEpoch: result.caseEpoch, stake: options.stake, joinFee: result.joinFee, vrfKey: toHex(vrf.publicKey), evidenceHash, endpoint, txHash: result.hash };
}

