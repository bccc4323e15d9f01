/**
 * What a round's ciphertexts hold once decrypted (docs/protocol.md part 2, "round payloads").
 *
 *   state payload   = kind(1) || body
 *     kind 0 FULL       body = the new state
 *     kind 1 BYTE_DIFF  body = genDiff(previous, next)            (src/protocol/diff.ts)
 *     kind 2 LIFE_DIFF  body = genLifeDiff(previous, next)        (src/functions/life-diff.ts)
 *     kind 3 DROP_DIFF  body = genDropDiff(previous, next)        (src/protocol/diff.ts: a prefix dropped)
 *     kind 4 BIT_DIFF   body = genBitDiff(previous, next)         (src/protocol/bit-diff.ts: the flipped bits)
 *   outputs payload = count(u32) || ( length(u32) || bytes )*
 *
 * Pure: used by the enclave (encode) and the requester (decode).
 */
import { concatBytes, u32be } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { applyDiff, applyDropDiff, genDiff, genDropDiff } from './diff.js';
import { MAX_OUTPUTS_PER_ROUND } from './limits.js';

export const STATE_KINDS = { full: 0, byteDiff: 1, lifeDiff: 2, dropDiff: 3, bitDiff: 4 } as const;
export type StateKind = keyof typeof STATE_KINDS;

/**
 * A diff that not every requester decodes (src/protocol/codecs.ts): the Game of Life one, the bit diff.
 * `gen` may return undefined (it does not apply, or would not be shorter than `budgetBytes`, the smallest
 * encoding found so far, which lets it stop early) or throw (it does not apply to this state).
 */
export type DiffCodec = {
  gen(previous: Uint8Array, next: Uint8Array, budgetBytes: number): Uint8Array | undefined;
  apply(previous: Uint8Array, diff: Uint8Array, maxLength: number): Uint8Array;
};

export type DiffCodecs = Partial<Record<Exclude<StateKind, 'full' | 'byteDiff' | 'dropDiff'>, DiffCodec>>;

export type StatePayloadOptions = {
  /**
   * The diffs the enclave may use: the Game of Life one for the built-in `life`, the bit diff for a
   * requester that said it decodes it (its sealed opening, sealing.ts info v2; an earlier release decodes
   * kinds 0 to 3 only).
   */
  codecs?: DiffCodecs;
  /** Send the full state, no diff (the recipient does not hold the state the round started from). */
  fullOnly?: boolean;
};

function malformed(message: string, details: Record<string, unknown> = {}): AirtntError {
  return new AirtntError('PAYLOAD_MALFORMED', message, { details });
}

/**
 * The smallest encoding of `next` given `previous`: a diff only when it is strictly smaller than the
 * full state. The codecs given (`lifeDiff` for the Game of Life, `bitDiff` for a requester that decodes
 * it) come last, each told the size to beat; `dropDiff` only when a window of the new state reappears
 * further on in the old one.
 */
export function encodeStatePayload(previous: Uint8Array, next: Uint8Array, options: StatePayloadOptions = {}): { payload: Uint8Array; kind: StateKind } {
  const codecs = options.codecs ?? {};
  let best: { kind: StateKind; body: Uint8Array } = { kind: 'full', body: next };
  if (options.fullOnly === true) return { payload: concatBytes(new Uint8Array([STATE_KINDS.full]), next), kind: 'full' };
  const candidates: [StateKind, () => Uint8Array | undefined][] = [
    ['byteDiff', () => genDiff(previous, next)],
    ['dropDiff', () => genDropDiff(previous, next)],
  ];
  for (const kind of ['lifeDiff', 'bitDiff'] as const) {
    const codec = codecs[kind];
    if (codec !== undefined) candidates.push([kind, () => codec.gen(previous, next, best.body.length)]);
  }
  for (const [kind, gen] of candidates) {
    let body: Uint8Array | undefined;
    try {
      body = gen();
    } catch {
      continue; // a specialised diff that does not apply to this state: another encoding will do
    }
    if (body !== undefined && body.length < best.body.length) best = { kind, body };
  }
  return { payload: concatBytes(new Uint8Array([STATE_KINDS[best.kind]]), best.body), kind: best.kind };
}

export function decodeStatePayload(previous: Uint8Array, payload: Uint8Array, maxStateBytes: number, codecs: DiffCodecs = {}): Uint8Array {
  if (payload.length < 1) throw malformed('empty state payload');
  const body = payload.subarray(1);
  switch (payload[0]) {
    case STATE_KINDS.full:
      if (body.length > maxStateBytes) throw malformed('state larger than allowed', { length: body.length, maxStateBytes });
      return body.slice();
    case STATE_KINDS.byteDiff:
      return applyDiff(previous, body, maxStateBytes);
    case STATE_KINDS.dropDiff:
      return applyDropDiff(previous, body, maxStateBytes);
    case STATE_KINDS.lifeDiff: {
      if (!codecs.lifeDiff) throw malformed('state payload is a Game of Life diff, but no decoder for it was given');
      return codecs.lifeDiff.apply(previous, body, maxStateBytes);
    }
    case STATE_KINDS.bitDiff: {
      if (!codecs.bitDiff) throw malformed('state payload is a bit diff, but no decoder for it was given');
      return codecs.bitDiff.apply(previous, body, maxStateBytes);
    }
    default:
      throw malformed('unknown state payload kind', { kind: payload[0] });
  }
}

export function encodeOutputs(outputs: readonly Uint8Array[]): Uint8Array {
  const parts: Uint8Array[] = [u32be(outputs.length)];
  for (const output of outputs) parts.push(u32be(output.length), output);
  return concatBytes(...parts);
}

export function decodeOutputs(payload: Uint8Array, maxOutputBytes: number): Uint8Array[] {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  if (payload.length < 4) throw malformed('outputs payload shorter than its count');
  const count = view.getUint32(0);
  if (count > MAX_OUTPUTS_PER_ROUND) throw malformed('too many outputs', { count });
  const outputs: Uint8Array[] = [];
  let offset = 4;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (offset + 4 > payload.length) throw malformed('outputs payload cut inside a length', { index: i });
    const length = view.getUint32(offset);
    offset += 4;
    total += length;
    if (total > maxOutputBytes) throw malformed('outputs larger than allowed', { total, maxOutputBytes });
    if (offset + length > payload.length) throw malformed('outputs payload cut inside an output', { index: i });
    outputs.push(payload.slice(offset, offset + length));
    offset += length;
  }
  if (offset !== payload.length) throw malformed('trailing bytes after the last output', { extra: payload.length - offset });
  return outputs;
}
