/**
 * `airtnt owner ...`: the tools of a code owner or data owner (docs/protocol.md, "Owner releases").
 *
 *   airtnt owner encrypt --module FILE | --data FILE --out FILE --key-out FILE [--json]
 *   airtnt owner serve --policy FILE --secret FILE [--host H] [--port N] [--log FILE] [--json]
 *   airtnt owner seal --policy FILE --secret FILE --evidence FILE [--collateral FILE] --chain-id N
 *                     --channels ADDR --channel HEX --session HEX --function HEX [--recipient HEX]
 *                     --out FILE [--log FILE] [--json]
 *
 * `serve` prints one line when it listens (JSON with --json: url, role, policyHash, pid) and stops on
 * SIGINT/SIGTERM. `seal` is the offline form for an enclave the owner names itself (its evidence:
 * an executor's /v1/info document, or the `enclave` object of a release request): the same policy
 * checks but the enclave's signature, the same durable log, the sealed release written to --out.
 */
import type { Command } from 'commander';
import type { EncryptOptions, SealOptions, ServeOptions } from './owner-action.js';

// The command bodies (owner-action.ts) load when a command runs, not when it is defined, so that --help answers at once.
export function registerOwner(program: Command): void {
  const owner = program.command('owner').description('release a code or data owner\'s key only to attested enclaves and sessions its policy accepts');
  owner
    .command('encrypt')
    .description('encrypt a module (code owner) or a dataset (data owner) under a fresh key')
    .option('--module <file>', 'the WebAssembly module to encrypt')
    .option('--data <file>', 'the data (initial state) to encrypt')
    .requiredOption('--out <file>', 'where to write the ciphertext (anyone may carry it)')
    .requiredOption('--key-out <file>', 'where to write the key (32 raw bytes; the agent\'s --secret)')
    .option('--json', 'print one JSON object')
    .action(async (options: EncryptOptions) => (await import('./owner-action.js')).encryptCommand(options));
  owner
    .command('serve')
    .description('run a release agent: seal the secret (HPKE) to enclaves whose evidence meets the policy, bound to one session')
    .requiredOption('--policy <file>', 'the owner policy (JSON; docs/protocol.md, "Owner policy")')
    .requiredOption('--secret <file>', 'the code key, data key (32 raw bytes) or inline data')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', '0')
    .option('--log <file>', 'the SQLite log of releases (default: the user data directory, owner/releases.sqlite)')
    .option('--json', 'print one JSON line when listening')
    .action(async (options: ServeOptions) => (await import('./owner-action.js')).serveCommand(options));
  owner
    .command('seal')
    .description('seal the secret once, offline, for a known enclave and session')
    .requiredOption('--policy <file>', 'the owner policy (JSON)')
    .requiredOption('--secret <file>', 'the code key, data key (32 raw bytes) or inline data')
    .requiredOption('--evidence <file>', 'the enclave: an executor\'s /v1/info document, or { tee, signingPublicKey, hpkePublicKey, runtimeMeasurement, evidence }')
    .option('--collateral <file>', 'the executor\'s /v1/collateral document (hardware kinds)')
    .requiredOption('--chain-id <n>', 'chain id of the session\'s channel')
    .requiredOption('--channels <address>', 'the channels contract')
    .requiredOption('--channel <hex>', 'the channel id (32 bytes)')
    .requiredOption('--session <hex>', 'the session id (32 bytes)')
    .requiredOption('--function <hex>', 'the function measurement (sha256 of the module)')
    .option('--recipient <hex>', 'X25519 public key results are sealed to (default: the requester)')
    .requiredOption('--out <file>', 'where to write the sealed release (JSON)')
    .option('--log <file>', 'the SQLite log of releases')
    .option('--json', 'print one JSON object')
    .action(async (options: SealOptions) => (await import('./owner-action.js')).sealCommand(options));
}
