/**
 * One base error for the whole project (after viem's BaseError): a short message that says what
 * failed, a catalogued `code`, the values involved, what to do about it and where it is documented.
 * `message` is all of these on separate lines; `shortMessage` is the first alone.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { ERROR_CATALOGUE, errorDocsPath, type AirtntErrorCode, type ErrorCatalogueEntry } from './error-catalogue.js';

export { ERROR_CATALOGUE, errorDocsPath, isAirtntErrorCode, type AirtntErrorCode, type ErrorCatalogueEntry } from './error-catalogue.js';

export type AirtntErrorOptions = {
  /** Values that explain the failure; must be JSON-serialisable (bigints are printed as strings). */
  details?: Record<string, unknown>;
  /** What the user or caller can do about it; the catalogue's hint for the code when left out. */
  hint?: string;
  cause?: unknown;
};

export class AirtntError extends Error {
  override name = 'AirtntError';
  readonly code: AirtntErrorCode;
  /** What failed, in one line, without the details, hint and docs link. */
  readonly shortMessage: string;
  readonly details: Record<string, unknown>;
  readonly hint: string | undefined;
  /** docs/errors.md#<code in lower case>, relative to the package root. */
  readonly docsPath: string;

  constructor(code: AirtntErrorCode, shortMessage: string, options: AirtntErrorOptions = {}) {
    // Undefined only for a code forced past the type check (a cast): the error is still thrown.
    const entry = ERROR_CATALOGUE[code] as ErrorCatalogueEntry | undefined;
    const hint = options.hint || entry?.hint;
    const docsPath = errorDocsPath(code);
    const lines = [shortMessage];
    if (options.details && Object.keys(options.details).length > 0) {
      lines.push(`details: ${safeJson(options.details)}`);
    }
    if (hint) lines.push(`hint: ${hint}`);
    lines.push(`docs: ${docsPath}`);
    super(lines.join('\n'), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.shortMessage = shortMessage;
    this.details = options.details ?? {};
    this.hint = hint;
    this.docsPath = docsPath;
  }

  toJSON(): { code: string; message: string; details: Record<string, unknown> } {
    return { code: this.code, message: this.message, details: JSON.parse(safeJson(this.details)) };
  }
}

/**
 * The peer sent an error frame: it refused or failed what was asked. `code` is always
 * EXECUTOR_REFUSED; `remoteCode` is the peer's own code as it sent it (checked to be a well-formed
 * code, but not trusted to be one of ours) and `remoteMessage` its printable text.
 */
export class RemoteRefusalError extends AirtntError {
  override name = 'RemoteRefusalError';
  readonly remoteCode: string;
  readonly remoteMessage: string;

  constructor(remoteCode: string, remoteMessage: string, options: { cause?: unknown } = {}) {
    super('EXECUTOR_REFUSED', `the executor refused: ${remoteCode}: ${remoteMessage}`, { details: { remoteCode }, ...options });
    this.remoteCode = remoteCode;
    this.remoteMessage = remoteMessage;
  }
}

export function safeJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => {
    if (typeof v === 'bigint') return v.toString();
    if (v instanceof Uint8Array) return `0x${bytesToHex(v)}`; // no Buffer: errors are thrown in browsers too
    return v;
  });
}

/** True when `error` is an AirtntError with the given code. */
// Any string is accepted so that codes read from data can be compared; catalogued ones autocomplete.
export function isAirtntError(error: unknown, code?: AirtntErrorCode | (string & {})): error is AirtntError {
  return error instanceof AirtntError && (code === undefined || error.code === code);
}

/** True when `error` is a refusal sent by the peer, with the given remote code when one is given. */
export function isRemoteRefusal(error: unknown, remoteCode?: string): error is RemoteRefusalError {
  return error instanceof RemoteRefusalError && (remoteCode === undefined || error.remoteCode === remoteCode);
}
