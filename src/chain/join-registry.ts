/** A node: registers as an executor or verifier with stake, endpoint, enclave keys, VRF key and TEE kind. */
import { parseEventLogs, type Address, type Hex } from 'viem';
import { AirtntError } from '../util/errors.js';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { channelLogs } from './logs.js';
import { registryTransact, toRegistryError } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export const REGISTRY_ROLE = { executor: 1, verifier: 2 } as const;
export type RegistryRole = keyof typeof REGISTRY_ROLE;

export type JoinRegistryParameters = {
  registry: Address;
  role: RegistryRole;
  /** TEE kind code (docs/protocol.md, "Registry": 1 simulated, 2 SGX, 3 TDX, 4 SEV-SNP, 5 Nitro). */
  tee: number;
  /** The enclave's secp256k1 signing address (signs round records). */
  enclaveKey: Address;
  /** The enclave's 32-byte sealing (HPKE) public key. */
  sealingKey: Hex;
  /** The node's 32-byte ECVRF-EDWARDS25519 public key. */
  vrfKey: Hex;
  /** The enclave's 32-byte Ed25519 signing public key (zero for a verifier). */
  signingKey: Hex;
  /** The 32-byte runtime measurement the enclave's evidence binds (zero for a verifier). */
  runtimeMeasurement: Hex;
  /** keccak256 of the evidence verifiers will fetch and judge. */
  evidenceHash: Hex;
  /** Where requesters and verifiers reach the node (1 .. 256 bytes). */
  endpoint: string;
  /** Stake in wei (at least the registry's MIN_STAKE); the registry's JOIN_FEE is sent on top. */
  stake: bigint;
};

export type JoinRegistryReturnType = TxResult & { caseEpoch: bigint; admitted: boolean; joinFee: bigint };

export async function joinRegistry(client: ChainClient, params: JoinRegistryParameters): Promise<JoinRegistryReturnType> {
  const registry = checkAddress(params.registry, 'registry');
  if (!Number.isInteger(params.tee) || params.tee < 0 || params.tee > 255) {
    throw new AirtntError('REGISTRY_BAD_INPUT', 'the TEE kind is a number 0 .. 255', { details: { tee: params.tee } });
  }
  let joinFee: bigint;
  try {
    joinFee = await client.public.readContract({ address: registry, abi: airtntRegistryAbi, functionName: 'JOIN_FEE' });
  } catch (error) {
    throw toRegistryError(error, 'join');
  }
  const { result, receipt } = await registryTransact(client, 'join', () =>
    client.wallet.writeContract({
      address: registry,
      abi: airtntRegistryAbi,
      functionName: 'join',
      args: [REGISTRY_ROLE[params.role], params.tee, params.enclaveKey, params.sealingKey, params.vrfKey, params.signingKey, params.runtimeMeasurement, params.evidenceHash, params.endpoint],
      value: params.stake + joinFee,
    }),
  );
  const logs = channelLogs(receipt, registry);
  const [joined] = parseEventLogs({ abi: airtntRegistryAbi, logs, eventName: 'Joined' });
  if (!joined) throw new AirtntError('CHAIN_EVENT_MISSING', 'join: the receipt has no Joined event', { details: { hash: result.hash } });
  const admitted = parseEventLogs({ abi: airtntRegistryAbi, logs, eventName: 'Admitted' }).length > 0;
  return { ...result, caseEpoch: joined.args.caseEpoch, admitted, joinFee };
}
