/**
 * The enclave worker's entry point: validates every request from the host, hands it to EnclaveCore,
 * and replies with data only (public keys, ciphertexts, signed records, k). Started by
 * src/enclave/index.ts.
 */
import { parentPort } from 'node:worker_threads';
import { AirtntError } from '../util/errors.js';
import { EnclaveCore } from './core.js';
import { hostRequestSchema, type EnclaveReply, type HostRequest } from './messages.js';
import { ownedBuffers } from './reply-buffers.js';
import { serializeError } from './rpc.js';
import type { RoundResult } from './types.js';

if (!parentPort) throw new Error('enclave-worker.ts must run as a worker thread');
const port = parentPort;
let core: EnclaveCore | undefined;

function ready(): EnclaveCore {
  if (!core) throw new AirtntError('ENCLAVE_NOT_READY', 'the enclave was not initialised');
  return core;
}

async function handle(request: HostRequest): Promise<unknown> {
  switch (request.type) {
    case 'init':
      if (core) throw new AirtntError('ENCLAVE_ALREADY_INITIALISED', 'the enclave keys exist already');
      core = await EnclaveCore.create(request);
      return core.publicKeys();
    case 'openSession':
      ready().openSession(request);
      return null;
    case 'runRound':
      return ready().runRound(request.sessionId, request.round, request.cycles, request.workBudget, request.queueKey);
    case 'closeSession':
      ready().closeSession(request.sessionId);
      return null;
    case 'stats':
      return ready().stats();
    case 'signInfo':
      return ready().signInfo(request.statement);
    case 'signReleaseRequest':
      return ready().signReleaseRequest(request.statement);
    case 'hasModule':
      return ready().hasModule(request.functionMeasurement);
    case 'loadModule':
      return ready().loadModule(request);
    case 'poolKeys':
      return ready().poolKeys(request.sessionId);
    case 'acceptPoolKey':
      ready().acceptPoolKey(request.sessionId, request.sealedPoolKey, request.signature);
      return null;
    case 'poolViewChange': {
      const { terms } = request;
      return ready().acceptPoolViewChange(request.sessionId, { ...terms, sessionId: terms.sessionId as `0x${string}`, executor: terms.executor as `0x${string}`, lastPaidKeyHash: terms.lastPaidKeyHash as `0x${string}` }, request.signature, request.payment);
    }
    case 'releasePoolKey':
      return ready().releasePoolKey(request.sessionId, request.round, { amount: request.amount, signature: request.signature });
    case 'takeReplica':
      return ready().takeReplica(request.sessionId, { ...request.frame, lastPayment: request.frame.lastPayment });
  }
}

function transferablesOf(value: unknown): ArrayBuffer[] {
  if (value === null || typeof value !== 'object' || !('record' in value)) return [];
  const result = value as RoundResult;
  const parts = [result.record, result.signature, result.stateCiphertext, result.outputsCiphertext, result.key];
  // Only buffers that each part owns whole, once: a shared or larger buffer is copied instead.
  const owned = parts.filter((part) => part.byteOffset === 0 && part.byteLength === part.buffer.byteLength);
  return [...new Set(owned.map((part) => part.buffer as ArrayBuffer))];
}

port.on('message', (message: unknown) => {
  const id = typeof message === 'object' && message !== null && typeof (message as { id?: unknown }).id === 'number' ? (message as { id: number }).id : -1;
  const parsed = hostRequestSchema.safeParse(message);
  if (!parsed.success) {
    const error = new AirtntError('ENCLAVE_BAD_REQUEST', 'the enclave refused a malformed request', {
      details: { issues: parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`) },
    });
    port.postMessage({ id, ok: false, error: serializeError(error) } satisfies EnclaveReply);
    return;
  }
  handle(parsed.data).then(
    (reply) => {
      const value = ownedBuffers(reply);
      port.postMessage({ id, ok: true, value } satisfies EnclaveReply, transferablesOf(value));
    },
    (error: unknown) => port.postMessage({ id, ok: false, error: serializeError(error) } satisfies EnclaveReply),
  );
});
