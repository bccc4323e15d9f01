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
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { fromHex, toHex } from '../../util/bytes.js';
import { AirtntError } from '../../util/errors.js';
import type { OwnerPolicy } from '../../owner/policy.js';
import { userDataRoot } from '../data-dir.js';

// Loaded when a command runs, not when it is defined, so that --help answers at once.
let sha256: typeof import('@noble/hashes/sha2.js').sha256;
let encryptData: typeof import('../../protocol/owner-data.js').encryptData;
let encryptModule: typeof import('../../protocol/owner-data.js').encryptModule;
let generateOwnerKey: typeof import('../../protocol/owner-data.js').generateOwnerKey;
let REQUESTER_RECIPIENT: typeof import('../../protocol/release.js').REQUESTER_RECIPIENT;
let startReleaseAgent: typeof import('../../owner/agent.js').startReleaseAgent;
let parseOwnerPolicyText: typeof import('../../owner/policy.js').parseOwnerPolicyText;
let policyHash: typeof import('../../owner/policy.js').policyHash;
let checkOwnerSecret: typeof import('../../owner/release.js').checkOwnerSecret;
let releaseTo: typeof import('../../owner/release.js').releaseTo;
let ReleaseLog: typeof import('../../owner/release-log.js').ReleaseLog;
let decodeReleaseRequest: typeof import('../../owner/wire.js').decodeReleaseRequest;
let encodeBinding: typeof import('../../owner/wire.js').encodeBinding;

async function loadDependencies(): Promise<void> {
  const [m0, m1, m2, m3, m4, m5, m6, m7] = await Promise.all([
    import('@noble/hashes/sha2.js'),
    import('../../protocol/owner-data.js'),
    import('../../protocol/release.js'),
    import('../../owner/agent.js'),
    import('../../owner/policy.js'),
    import('../../owner/release.js'),
    import('../../owner/release-log.js'),
    import('../../owner/wire.js'),
  ]);
  ({ sha256 } = m0);
  ({ encryptData, encryptModule, generateOwnerKey } = m1);
  ({ REQUESTER_RECIPIENT } = m2);
  ({ startReleaseAgent } = m3);
  ({ parseOwnerPolicyText, policyHash } = m4);
  ({ checkOwnerSecret, releaseTo } = m5);
  ({ ReleaseLog } = m6);
  ({ decodeReleaseRequest, encodeBinding } = m7);
}


const MAX_FILE_BYTES = 64 * 1024 * 1024;

function readBounded(path: string, what: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new AirtntError('INVALID_ARGUMENT', `cannot read the ${what} file ${path}`, { cause });
  }
  if (bytes.length > MAX_FILE_BYTES) throw new AirtntError('INVALID_ARGUMENT', `the ${what} file is larger than ${MAX_FILE_BYTES} bytes`, { details: { path } });
  return bytes;
}

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readBounded(path, what).toString('utf8'));
  } catch (cause) {
    if (cause instanceof AirtntError) throw cause;
    throw new AirtntError('INVALID_ARGUMENT', `the ${what} file ${path} is not JSON`, { cause });
  }
}

/** Writes whole or not at all (a reader never sees half a key or release). */
function writeAtomically(path: string, data: string | Uint8Array, mode = 0o600): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data, { mode, flag: 'wx' });
  renameSync(temporary, path);
}

function loadPolicyAndSecret(options: { policy: string; secret: string }): { policy: OwnerPolicy; secret: Uint8Array } {
  const policy = parseOwnerPolicyText(readBounded(options.policy, 'policy').toString('utf8'));
  const secret = checkOwnerSecret(policy, new Uint8Array(readBounded(options.secret, 'secret')));
  return { policy, secret };
}

const defaultLog = () => join(userDataRoot(), 'owner', 'releases.sqlite');

type EncryptOptions = { module?: string; data?: string; out: string; keyOut: string; json?: boolean };

function encryptCommand(options: EncryptOptions): void {
  if ((options.module === undefined) === (options.data === undefined)) throw new AirtntError('INVALID_ARGUMENT', 'give exactly one of --module FILE or --data FILE');
  const plaintext = new Uint8Array(readBounded((options.module ?? options.data)!, options.module ? 'module' : 'data'));
  const key = generateOwnerKey();
  const encrypted = options.module ? encryptModule(plaintext, key) : encryptData(plaintext, key);
  writeAtomically(options.keyOut, key);
  writeAtomically(options.out, encrypted, 0o644);
  const summary = { ok: true, kind: options.module ? 'module' : 'data', out: options.out, keyOut: options.keyOut, bytes: encrypted.length, ...(options.module ? { measurement: toHex(sha256(plaintext)).slice(2) } : {}) };
  console.log(options.json ? JSON.stringify(summary) : `encrypted ${summary.kind} written to ${options.out}, key to ${options.keyOut}${options.module ? `; function measurement ${summary.measurement}` : ''}`);
}

type ServeOptions = { policy: string; secret: string; host: string; port: string; log?: string; json?: boolean };

async function serveCommand(options: ServeOptions): Promise<void> {
  const { policy, secret } = loadPolicyAndSecret(options);
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AirtntError('INVALID_ARGUMENT', '--port must be 0..65535', { details: { port: options.port } });
  if (policy.tee.allowSimulated) {
    // Anyone can make a simulated enclave's evidence: such a policy protects nothing (as the executor warns for its TEE).
    process.stderr.write(`INSECURE: policy ${options.policy} (${toHex(policyHash(policy))}) allows simulated enclaves (tee.allowSimulated): anyone who forges a simulated enclave gets this secret; for development only\n`);
  }
  const agent = await startReleaseAgent({ policy, secret, logPath: options.log ?? defaultLog(), host: options.host, port, log: (line) => console.error(line) });
  const stop = async () => {
    await agent.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const hash = toHex(policyHash(policy));
  console.log(options.json ? JSON.stringify({ ok: true, url: agent.url, role: policy.role, policyHash: hash, pid: process.pid }) : `${policy.role} owner's release agent on ${agent.url} (policy ${hash})`);
}

type SealOptions = {
  policy: string; secret: string; evidence: string; collateral?: string; chainId: string; channels: string;
  channel: string; session: string; function: string; recipient?: string; out: string; log?: string; json?: boolean;
};

/** The enclave's identity from an executor's /v1/info document, or from a release request's `enclave` object. */
function enclaveOf(json: unknown): unknown {
  if (json !== null && typeof json === 'object' && 'enclave' in json && typeof (json as { enclave: unknown }).enclave === 'object') {
    const info = json as { tee?: unknown; enclave: Record<string, unknown> };
    return { tee: info.tee, signingPublicKey: info.enclave.signingPublicKey, hpkePublicKey: info.enclave.hpkePublicKey, runtimeMeasurement: info.enclave.runtimeMeasurement, evidence: info.enclave.evidence };
  }
  return json;
}

async function sealCommand(options: SealOptions): Promise<void> {
  const { policy, secret } = loadPolicyAndSecret(options);
  const binding = {
    chainId: options.chainId,
    channels: toHex(fromHex(options.channels, 20, 'channels')),
    channelId: toHex(fromHex(options.channel, 32, 'channel')),
    sessionId: toHex(fromHex(options.session, 32, 'session')),
    functionMeasurement: toHex(fromHex(options.function, 32, 'function')),
    recipient: toHex(options.recipient ? fromHex(options.recipient, 32, 'recipient') : REQUESTER_RECIPIENT),
  };
  // The same validation as a request from the network, with an all-zero signature: offline sealing
  // has no enclave-signed request, the owner names the enclave itself.
  const request = decodeReleaseRequest({
    version: 1,
    enclave: enclaveOf(readJson(options.evidence, 'evidence')),
    ...(options.collateral ? { collateral: readJson(options.collateral, 'collateral') } : {}),
    binding,
    role: policy.role,
    policyHash: toHex(policyHash(policy)),
    signature: toHex(new Uint8Array(64)),
  });
  const log = new ReleaseLog(options.log ?? defaultLog());
  try {
    const answer = await releaseTo({ policy, secret, log, now: () => new Date() }, request, { offline: true });
    const document = {
      ok: true,
      role: answer.role,
      policyHash: answer.policyHash,
      release: toHex(answer.release),
      ...(answer.sealedResultSecret ? { sealedResultSecret: toHex(answer.sealedResultSecret) } : {}),
      binding: encodeBinding(request.binding),
      enclaveHpkePublicKey: toHex(request.identity.hpkePublicKey),
    };
    writeAtomically(options.out, `${JSON.stringify(document, null, 2)}\n`, 0o644);
    console.log(options.json ? JSON.stringify({ ok: true, out: options.out, role: answer.role, policyHash: answer.policyHash }) : `sealed the ${answer.role} owner's release to ${options.out}`);
  } finally {
    log.close();
  }
}

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
    .action((options: EncryptOptions) => loadDependencies().then(() => encryptCommand(options)));
  owner
    .command('serve')
    .description('run a release agent: seal the secret (HPKE) to enclaves whose evidence meets the policy, bound to one session')
    .requiredOption('--policy <file>', 'the owner policy (JSON; docs/protocol.md, "Owner policy")')
    .requiredOption('--secret <file>', 'the code key, data key (32 raw bytes) or inline data')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', '0')
    .option('--log <file>', 'the SQLite log of releases (default: the user data directory, owner/releases.sqlite)')
    .option('--json', 'print one JSON line when listening')
    .action((options: ServeOptions) => loadDependencies().then(() => serveCommand(options)));
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
    .action((options: SealOptions) => loadDependencies().then(() => sealCommand(options)));
}
