/**
 * `airtnt devnet --verifiers V`: a registry on the devnet whose genesis verifiers are the devnet's last V
 * accounts, each run here as a verifier node (in this process, data in a temporary directory) that joined
 * with its endpoint. Chain time must move on its own (the devnet mines a block every second), with short
 * epochs, so that executors joining with `airtnt executor join` are judged and admitted two epochs later.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEther, zeroHash, type Address } from 'viem';
import { createChainClient } from '../chain/client.js';
import type { Devnet } from '../chain/devnet.js';
import { joinRegistry } from '../chain/join-registry.js';
import { toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { DEVNET_POLICY, deployNetworkRegistry } from './devnet-network.js';
import { startVerifierNode, type VerifierNode } from './verifier-node.js';
import { loadOrCreateVrfKey } from './vrf-key.js';

export type DevnetVerifiers = { registry: Address; epochSeconds: bigint; verifiers: { address: Address; url: string }[]; stop(): Promise<void> };

/**
 * The verifiers take the `count` accounts just before the last `reserved` ones (those of the devnet's
 * executors: one account cannot be both an executor and a verifier in the registry).
 */
export async function startDevnetVerifiers(devnet: Devnet, count: number, epochSeconds: bigint, log: (line: string) => void, reserved = 0): Promise<DevnetVerifiers> {
  if (!Number.isInteger(count) || count < 1 || count > devnet.accounts.length - 1 - reserved) {
    throw new AirtntError('INVALID_DEVNET_OPTIONS', 'verifiers must be 1 .. accounts - 1 - executors (the first account deploys; executors and verifiers each need their own account)', {
      details: { count, executors: reserved, accounts: devnet.accounts.length },
    });
  }
  const end = devnet.accounts.length - reserved;
  const accounts = devnet.accounts.slice(end - count, end);
  const funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[0]!.privateKey, chainId: devnet.chainId });
  const registry = await deployNetworkRegistry(funder, accounts.map((a) => a.address), epochSeconds);
  const nodes: VerifierNode[] = [];
  for (const [i, account] of accounts.entries()) {
    const client = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: account.privateKey, chainId: devnet.chainId });
    const dataDir = mkdtempSync(join(tmpdir(), `airtnt-verifier-${i}-`));
    const vrf = loadOrCreateVrfKey(dataDir);
    // Every member here fetches from 127.0.0.1, one client key: the per-key share is the whole server's.
    const socketLimits = { maxPerKey: 256 };
    const node = await startVerifierNode({ client, registry, policy: DEVNET_POLICY, vrfSecret: vrf.secretKey, dataDir, socketLimits, log: (line) => log(`verifier ${i}: ${line}`) });
    nodes.push(node);
    await joinRegistry(client, { registry, role: 'verifier', tee: 0, enclaveKey: account.address, sealingKey: zeroHash, vrfKey: toHex(vrf.publicKey), signingKey: zeroHash, runtimeMeasurement: zeroHash, evidenceHash: zeroHash, endpoint: node.url, stake: parseEther('2') });
  }
  return {
    registry,
    epochSeconds,
    verifiers: nodes.map((n) => ({ address: n.address, url: n.url })),
    stop: async () => {
      await Promise.all(nodes.map((n) => n.close()));
    },
  };
}
