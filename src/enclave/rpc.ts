/** Errors across worker threads: AirtntError is sent as plain data and rebuilt on the other side. */
import { AirtntError, isAirtntError, isAirtntErrorCode } from '../util/errors.js';

export type SerializedError = { code: string; message: string; details: Record<string, unknown>; hint?: string };

export function serializeError(error: unknown): SerializedError {
  if (isAirtntError(error)) {
    const firstLine = error.message.split('\n')[0] ?? error.code;
    return { code: error.code, message: firstLine, details: JSON.parse(JSON.stringify(error.toJSON().details)), ...(error.hint ? { hint: error.hint } : {}) };
  }
  // Anything else is a bug in the runtime: say so, without stack traces or values.
  const message = error instanceof Error ? error.message.slice(0, 200) : typeof error;
  return { code: 'ENCLAVE_INTERNAL_ERROR', message: 'the enclave failed unexpectedly', details: { name: error instanceof Error ? error.name : typeof error, message } };
}

export function deserializeError(error: SerializedError): AirtntError {
  // The worker is ours and sends only catalogued codes; anything else would be a bug in it.
  const code = isAirtntErrorCode(error.code) ? error.code : 'ENCLAVE_INTERNAL_ERROR';
  return new AirtntError(code, error.message, { details: error.details, ...(error.hint ? { hint: error.hint } : {}) });
}
