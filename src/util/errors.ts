/**
 * One base error for the whole project (after viem's BaseError): a short message that says what
 * failed, a machine-readable `code`, the values involved, and what to do about it.
 */
export type AirtntErrorOptions = {
  /** Values that explain the failure; must be JSON-serialisable (bigints are printed as strings). */
  details?: Record<string, unknown>;
  /** What the user or caller can do about it. */
  hint?: string;
  cause?: unknown;
};

export class AirtntError extends Error {
  override name = 'AirtntError';
  readonly code: string;
  readonly details: Record<string, unknown>;
  readonly hint: string | undefined;

  constructor(code: string, shortMessage: string, options: AirtntErrorOptions = {}) {
    const lines = [shortMessage];
    if (options.details && Object.keys(options.details).length > 0) {
      lines.push(`details: ${safeJson(options.details)}`);
    }
    if (options.hint) lines.push(`hint: ${options.hint}`);
    super(lines.join('\n'), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details ?? {};
    this.hint = options.hint;
  }

  toJSON(): { code: string; message: string; details: Record<string, unknown> } {
    return { code: this.code, message: this.message, details: JSON.parse(safeJson(this.details)) };
  }
}

export function safeJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => {
    if (typeof v === 'bigint') return v.toString();
    if (v instanceof Uint8Array) return `0x${Buffer.from(v).toString('hex')}`;
    return v;
  });
}

/** True when `error` is an AirtntError with the given code. */
export function isAirtntError(error: unknown, code?: string): error is AirtntError {
  return error instanceof AirtntError && (code === undefined || error.code === code);
}
