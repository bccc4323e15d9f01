/**
 * The requester's side of modules sent with sessions (docs/protocol.md part 3, "Modules"): before a
 * run it checks the module as an enclave would (ABI, size, tables, a trial start within a time
 * limit, in a worker thread), so a bad module fails with a clear error before any channel opens; per
 * executor, before the channel, it asks whether the executor holds the module and sends it sealed to
 * the attested enclave (HPKE) when it does not. Nothing is signed or paid on that connection.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { NODE_PRIMITIVES } from '../crypto/node-primitives.js';
import { ExecutionSandbox } from '../enclave/execution.js';
import { DEFAULT_LIMITS, MAX_MODULE_BYTES } from '../protocol/limits.js';
import { checkModuleShape } from '../functions/module-checks.js';
import { sealModule } from '../protocol/sealing.js';
import { equalBytes } from '../util/bytes.js';
import { AirtntError, isRemoteRefusal } from '../util/errors.js';
import { connectWithBackoff } from './peer.js';
import type { VerifiedExecutor } from './verify-executor.js';

/** How long the requester's own check of a module may take (compile and trial start). */
export const LOCAL_CHECK_MS = 10_000;

/**
 * Checks a module before anything is opened or paid: sha256 = the job's measurement, then what an
 * enclave checks (INVALID_FUNCTION, MODULE_TOO_LARGE), compiled and started once in a worker thread
 * that is stopped after `timeoutMs` (a start function that loops, a compile bomb).
 */
export async function checkModuleLocally(module: Uint8Array, functionMeasurement: Uint8Array, timeoutMs = LOCAL_CHECK_MS): Promise<void> {
  if (!equalBytes(sha256(module), functionMeasurement)) {
    throw new AirtntError('MODULE_MEASUREMENT_MISMATCH', 'the job\'s module is not the module of its function measurement', {
      hint: 'the function measurement is sha256 of the module bytes',
    });
  }
  checkModuleShape(module, MAX_MODULE_BYTES);
  const sandbox = new ExecutionSandbox(DEFAULT_LIMITS, 1, 1);
  try {
    await sandbox.validate('local', module, timeoutMs);
  } catch (error) {
    if (error instanceof AirtntError && error.code === 'FUNCTION_TIMEOUT') {
      throw new AirtntError('INVALID_FUNCTION', `the module is refused: ${error.message}`, { details: { reason: 'start-timeout', timeoutMs }, hint: 'a start function must finish quickly (and not loop)' });
    }
    if (error instanceof AirtntError && (error.code === 'FUNCTION_OUT_OF_MEMORY' || error.code === 'FUNCTION_CRASHED')) {
      throw new AirtntError('INVALID_FUNCTION', `the module is refused: compiling or starting it exhausted a worker (${error.code})`, { details: { reason: 'resources' } });
    }
    throw error;
  } finally {
    await sandbox.close();
  }
}

export type ModuleOffer = { sent: boolean; bytes: { sent: number; received: number } };

/**
 * Waits before each new try of an offer the executor refused with ENCLAVE_BUSY (its module checks
 * are full; each may take its compileMs): about 30 s in all, then the refusal stands and the run
 * moves on to its next executor.
 */
export const BUSY_RETRY_DELAYS_MS: readonly number[] = [1_000, 3_000, 6_000, 10_000, 10_000];

/** offerModule, tried again after ENCLAVE_BUSY with a bounded backoff (BUSY_RETRY_DELAYS_MS); other refusals at once. */
export async function offerModuleRetryingBusy(
  executor: VerifiedExecutor,
  module: Uint8Array,
  functionMeasurement: Uint8Array,
  timeouts: { connectMs: number; resultMs: number },
  delaysMs: readonly number[] = BUSY_RETRY_DELAYS_MS,
): Promise<ModuleOffer> {
  const bytes = { sent: 0, received: 0 };
  for (let attempt = 0; ; attempt++) {
    try {
      const offer = await offerModule(executor, module, functionMeasurement, timeouts);
      return { sent: offer.sent, bytes: { sent: bytes.sent + offer.bytes.sent, received: bytes.received + offer.bytes.received } };
    } catch (error) {
      const delay = delaysMs[attempt];
      if (!isRemoteRefusal(error, 'ENCLAVE_BUSY') || delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Makes sure the executor's enclave holds the module: asks, and sends it sealed to the enclave's
 * attested HPKE key when it is needed. Throws what the executor refuses with (FUNCTION_NOT_ACCEPTED,
 * MODULE_TOO_LARGE, INVALID_FUNCTION... as remote refusals) or MODULE_NOT_LOADED.
 */
export async function offerModule(executor: VerifiedExecutor, module: Uint8Array, functionMeasurement: Uint8Array, timeouts: { connectMs: number; resultMs: number }): Promise<ModuleOffer> {
  const peer = await connectWithBackoff(executor.sessionUrl, { timeoutMs: timeouts.connectMs, ...(executor.tlsCa === undefined ? {} : { ca: executor.tlsCa }) });
  let sent = false;
  try {
    const status = async () => {
      const reply = await peer.next(timeouts.resultMs, 'module status');
      if (reply.kind !== 'moduleStatus' || !equalBytes(reply.functionMeasurement, functionMeasurement)) {
        throw new AirtntError('MESSAGE_OUT_OF_ORDER', `expected the status of the module, got "${reply.kind}"`);
      }
      return reply;
    };
    await peer.send({ kind: 'module', functionMeasurement, sealedModule: undefined });
    const asked = await status();
    if (!asked.held) {
      if (module.length > asked.maxModuleBytes) {
        throw new AirtntError('MODULE_TOO_LARGE', `the module is ${module.length} bytes; the executor accepts modules up to ${asked.maxModuleBytes} bytes`, { details: { bytes: module.length, maxModuleBytes: asked.maxModuleBytes } });
      }
      await peer.send({ kind: 'module', functionMeasurement, sealedModule: sealModule({ enclaveHpkePublicKey: executor.info.enclave.hpkePublicKey, module, primitives: NODE_PRIMITIVES }) });
      sent = true;
      const loaded = await status();
      if (!loaded.held) throw new AirtntError('MODULE_NOT_LOADED', 'the executor did not confirm that its enclave holds the module sent', { details: { url: executor.url } });
    }
  } finally {
    peer.close();
    await peer.closed();
  }
  return { sent, bytes: peer.bytes() };
}
