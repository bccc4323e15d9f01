/**
 * The body of `airtnt verifier start` (verifier.ts defines the command and loads this module when it
 * runs, so that `--help` answers at once).
 */
import { join, resolve } from 'node:path';
import { parseEther, zeroHash } from 'viem';
import { joinRegistry } from '../../chain/join-registry.js';
import { readRegistryNode } from '../../chain/read-registry-node.js';
import { startVerifierNode } from '../../registry/verifier-node.js';
import { loadOrCreateVrfKey } from '../../registry/vrf-key.js';
import { toHex } from '../../util/bytes.js';
import { AirtntError } from '../../util/errors.js';
import { lockDataDir, userDataRoot } from '../data-dir.js';
import { registryClient, type RegistryOptions } from '../registry-options.js';
import { policyOf, type PolicyOptions } from './policy-options.js';

export type StartOptions = RegistryOptions & PolicyOptions & { dataDir?: string; host: string; port: number; stake?: string; pollMs: number };

export async function verifierStartCommand(options: StartOptions): Promise<void> {
  const { client, registry } = await registryClient(options, true);
  const dataDir = options.dataDir === undefined ? join(userDataRoot(), 'verifier') : resolve(options.dataDir);
  lockDataDir(dataDir);
  const vrf = loadOrCreateVrfKey(dataDir);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const node = await startVerifierNode({ client, registry, policy: policyOf(options), vrfSecret: vrf.secretKey, dataDir, host: options.host, port: options.port, pollMs: options.pollMs, log });
  const record = await readRegistryNode(client, { registry, node: client.account.address });
  if (record.status === 'none') {
    if (options.stake === undefined) {
      await node.close();
      throw new AirtntError('REGISTRY_NODE_UNKNOWN', `${client.account.address} is not registered in ${registry}`, { hint: 'pass --stake ETH to join as a verifier' });
    }
    if (!/^\d{1,12}(\.\d{1,18})?$/.test(options.stake)) throw new AirtntError('INVALID_OPTION', `--stake: expected ETH as a decimal number, got "${options.stake}"`);
    // A verifier runs no enclave: its account stands for the enclave key, and it has no sealing key or evidence.
    await joinRegistry(client, { registry, role: 'verifier', tee: 0, enclaveKey: client.account.address, sealingKey: zeroHash, vrfKey: toHex(vrf.publicKey), signingKey: zeroHash, runtimeMeasurement: zeroHash, evidenceHash: zeroHash, endpoint: node.url, stake: parseEther(options.stake) });
  }
  // Say where this verifier stands: it judges and takes part in the seed only once admitted and active.
  const now = await readRegistryNode(client, { registry, node: client.account.address });
  const joined = record.status === 'none' ? 'joined the registry' : 'registered';
  log(now.status === 'pending'
    ? `verifier ${client.account.address}: ${joined}; pending: not yet admitted, so it neither judges nor commits seeds yet`
    : `verifier ${client.account.address}: ${joined}; ${now.status}, ${now.activeEpoch === 0n ? 'not yet active' : `active from epoch ${now.activeEpoch}`}`);
  process.stdout.write(`airtnt verifier listening on ${node.url}\n`);
  const stop = () => void node.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
