/**
 * The bodies of `airtnt owner encrypt|serve|seal`. owner.ts defines the commands and loads this module
 * only when one runs, so that `--help` answers at once.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { startReleaseAgent } from '../../owner/agent.js';
import { parseOwnerPolicyText, policyHash, type OwnerPolicy } from '../../owner/policy.js';
import { ReleaseLog } from '../../owner/release-log.js';
import { checkOwnerSecret, releaseTo } from '../../owner/release.js';
import { decodeReleaseRequest, encodeBinding } from '../../owner/wire.js';
import { encryptData, encryptModule, generateOwnerKey } from '../../protocol/owner-data.js';
import { REQUESTER_RECIPIENT } from '../../protocol/release.js';
import { fromHex, toHex } from '../../util/bytes.js';
import { AirtntError } from '../../util/errors.js';
import { userDataRoot } from '../data-dir.js';

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

export type EncryptOptions = { module?: string; data?: string; out: string; keyOut: string; json?: boolean };

export function encryptCommand(options: EncryptOptions): void {
  if ((options.module === undefined) === (options.data === undefined)) throw new AirtntError('INVALID_ARGUMENT', 'give exactly one of --module FILE or --data FILE');
  const plaintext = new Uint8Array(readBounded((options.module ?? options.data)!, options.module ? 'module' : 'data'));
  const key = generateOwnerKey();
  const encrypted = options.module ? encryptModule(plaintext, key) : encryptData(plaintext, key);
  writeAtomically(options.keyOut, key);
  writeAtomically(options.out, encrypted, 0o644);
  const summary = { ok: true, kind: options.module ? 'module' : 'data', out: options.out, keyOut: options.keyOut, bytes: encrypted.length, ...(options.module ? { measurement: toHex(sha256(plaintext)).slice(2) } : {}) };
  console.log(options.json ? JSON.stringify(summary) : `encrypted ${summary.kind} written to ${options.out}, key to ${options.keyOut}${options.module ? `; function measurement ${summary.measurement}` : ''}`);
}

export type ServeOptions = { policy: string; secret: string; host: string; port: string; log?: string; json?: boolean };

export async function serveCommand(options: ServeOptions): Promise<void> {
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

export type SealOptions = {
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

export async function sealCommand(options: SealOptions): Promise<void> {
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
