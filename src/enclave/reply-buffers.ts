/**
 * What the enclave worker hands its host, with every byte array owning its whole buffer. Structured
 * clone (postMessage) copies a view's entire underlying ArrayBuffer, not only the view's bytes: a view
 * into a shared buffer (Node's pooled Buffers hold whatever small buffers were allocated next to it)
 * would carry all of that buffer to the host. Such views are copied into buffers of their own here;
 * arrays that own their buffer are kept as they are (and may then be transferred, not copied).
 */

/** Replies nest a few levels at most (a round result's replica); deeper values are passed as they are. */
const MAX_DEPTH = 6;

export function ownedBuffers<T>(value: T): T {
  return own(value, 0) as T;
}

function own(value: unknown, depth: number): unknown {
  if (value instanceof Uint8Array) {
    return value.byteOffset === 0 && value.byteLength === value.buffer.byteLength ? value : new Uint8Array(value);
  }
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => own(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = own(item, depth + 1);
  return out;
}
