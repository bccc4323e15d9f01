/**
 * `airtnt verifier start`: a verifier node of the open network (src/registry/verifier-node.ts). Prints
 * "airtnt verifier listening on http://HOST:PORT" on stdout once it serves; logs go to stderr. With
 * --stake, an unregistered account first joins as a verifier with this endpoint (admitted by verdicts,
 * or at once when the deployer listed it as a genesis verifier).
 */
import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { toHex } from '../../util/bytes.js';
import { AirtntError } from '../../util/errors.js';
import { lockDataDir, userDataRoot } from '../data-dir.js';
import { addRegistryOptions } from '../registry-option-defs.js';
import type { RegistryOptions } from '../registry-options.js';
import { integer } from './executor.js';
import { addPolicyOptions, policyOf, type PolicyOptions } from './run.js';

// Loaded when a command runs, not when it is defined, so that --help answers at once.
let parseEther: typeof import('viem').parseEther;
let zeroHash: typeof import('viem').zeroHash;
let joinRegistry: typeof import('../../chain/join-registry.js').joinRegistry;
let readRegistryNode: typeof import('../../chain/read-registry-node.js').readRegistryNode;
let startVerifierNode: typeof import('../../registry/verifier-node.js').startVerifierNode;
let loadOrCreateVrfKey: typeof import('../../registry/vrf-key.js').loadOrCreateVrfKey;
let registryClient: typeof import('../registry-options.js').registryClient;

async function loadDependencies(): Promise<void> {
  const [m0, m1, m2, m3, m4, m5] = await Promise.all([
    import('viem'),
    import('../../chain/join-registry.js'),
    import('../../chain/read-registry-node.js'),
    import('../../registry/verifier-node.js'),
    import('../../registry/vrf-key.js'),
    import('../registry-options.js'),
  ]);
  ({ parseEther, zeroHash } = m0);
  ({ joinRegistry } = m1);
  ({ readRegistryNode } = m2);
  ({ startVerifierNode } = m3);
  ({ loadOrCreateVrfKey } = m4);
  ({ registryClient } = m5);
}


type StartOptions = RegistryOptions & PolicyOptions & { dataDir?: string; host: string; port: number; stake?: string; pollMs: number };

export function registerVerifier(program: Command): void {
  const verifier = program.command('verifier').description('a verifier node of the open network');
  const start = addRegistryOptions(verifier.command('start').description('judge joining executors when drawn, sign and gather verdicts, submit admissions, take part in the epoch seed'), true)
    .option('--data-dir <dir>', 'where its VRF key and seed secrets are kept (default: $XDG_DATA_HOME/airtnt/verifier)')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free one)', integer(0, 65535), 0)
    .option('--stake <eth>', 'join as a verifier with this stake in ETH when the account is not registered yet')
    .option('--poll-ms <ms>', 'how often it looks at the chain', integer(100, 600_000), 1_000);
  addPolicyOptions(start).action(async (options: StartOptions) => {
      await loadDependencies();
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
      await joinRegistry(client, { registry, role: 'verifier', tee: 0, enclaveKey: client.account.address, sealingKey: zeroHash, vrfKey: toHex(vrf.publicKey), evidenceHash: zeroHash, endpoint: node.url, stake: parseEther(options.stake) });
    }
    process.stdout.write(`airtnt verifier listening on ${node.url}\n`);
    const stop = () => void node.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
