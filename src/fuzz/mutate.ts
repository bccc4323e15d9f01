/**
 * Input generation for the fuzz campaign, deterministic for a seed: mostly byte mutations of valid
 * seeds (stacked 1 to 4 deep: bit flips, boundary values, CBOR/DER length headers set to extremes,
 * truncation, insertion, deletion, duplication, splicing with another seed), and some inputs made
 * from nothing (random bytes, runs of one byte, repeated seed prefixes).
 */
export type Random = () => number;

const pick = (random: Random, n: number): number => Math.floor(random() * n);
const BOUNDARY = [0x00, 0x01, 0x17, 0x18, 0x1f, 0x3f, 0x7f, 0x80, 0x81, 0x82, 0x84, 0x9f, 0xbf, 0xfe, 0xff];
/** Header bytes that claim large lengths or odd types in CBOR (0x1a, 0x1b: 4/8-byte lengths) and DER (0x82-0x84). */
const HEADERS = [[0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], [0x9a, 0xff, 0xff, 0xff, 0xff], [0xbf], [0x9f], [0xc2, 0x5a, 0x00, 0x10, 0x00, 0x00], [0x30, 0x84, 0x7f, 0xff, 0xff, 0xff], [0x04, 0x83, 0xff, 0xff, 0xff], [0xf9, 0x7c, 0x00]];
/** Inputs above this are cut: a parser's cost must be bounded per byte, not the generator's. */
export const MAX_INPUT_BYTES = 1 << 20;

type Mutation = (bytes: Uint8Array, random: Random, seeds: readonly Uint8Array[]) => Uint8Array;

const MUTATIONS: { name: string; apply: Mutation }[] = [
  { name: 'flip-bit', apply: (b, r) => { const out = Uint8Array.from(b); if (out.length > 0) out[pick(r, out.length)]! ^= 1 << pick(r, 8); return out; } },
  { name: 'boundary-byte', apply: (b, r) => { const out = Uint8Array.from(b); if (out.length > 0) out[pick(r, out.length)] = BOUNDARY[pick(r, BOUNDARY.length)]!; return out; } },
  { name: 'random-bytes', apply: (b, r) => { const out = Uint8Array.from(b); const n = 1 + pick(r, 8); for (let k = 0; k < n && out.length > 0; k++) out[pick(r, out.length)] = pick(r, 256); return out; } },
  { name: 'max-field', apply: (b, r) => { const out = Uint8Array.from(b); const i = pick(r, Math.max(1, out.length - 4)); out.fill(0xff, i, i + 1 + pick(r, 8)); return out; } },
  { name: 'zero-field', apply: (b, r) => { const out = Uint8Array.from(b); const i = pick(r, Math.max(1, out.length - 4)); out.fill(0, i, i + 1 + pick(r, 8)); return out; } },
  { name: 'header', apply: (b, r) => { const i = pick(r, b.length + 1); const h = HEADERS[pick(r, HEADERS.length)]!; return concat(b.subarray(0, i), Uint8Array.from(h), b.subarray(i + (r() < 0.5 ? h.length : 0))); } },
  { name: 'truncate', apply: (b, r) => b.slice(0, pick(r, b.length + 1)) },
  { name: 'insert', apply: (b, r) => { const i = pick(r, b.length + 1); return concat(b.subarray(0, i), Uint8Array.from({ length: 1 + pick(r, 32) }, () => pick(r, 256)), b.subarray(i)); } },
  { name: 'delete-range', apply: (b, r) => { const i = pick(r, b.length + 1); return concat(b.subarray(0, i), b.subarray(i + 1 + pick(r, 64))); } },
  { name: 'duplicate-range', apply: (b, r) => { const i = pick(r, b.length + 1); const n = 1 + pick(r, 128); return concat(b.subarray(0, i + n), b.subarray(i, i + n), b.subarray(i + n)); } },
  { name: 'splice', apply: (b, r, seeds) => { const other = seeds[pick(r, seeds.length)]!; const i = pick(r, b.length + 1); const j = pick(r, other.length + 1); return concat(b.subarray(0, i), other.subarray(j)); } },
  { name: 'swap-bytes', apply: (b, r) => { const out = Uint8Array.from(b); if (out.length > 1) { const i = pick(r, out.length); const j = pick(r, out.length); [out[i], out[j]] = [out[j]!, out[i]!]; } return out; } },
];

const GENERATORS: { name: string; apply: (random: Random, seeds: readonly Uint8Array[]) => Uint8Array }[] = [
  { name: 'random', apply: (r) => Uint8Array.from({ length: pick(r, 1 << pick(r, 12)) }, () => pick(r, 256)) },
  { name: 'one-byte-run', apply: (r) => new Uint8Array(pick(r, 1 << pick(r, 16))).fill(BOUNDARY[pick(r, BOUNDARY.length)]!) },
  { name: 'repeated-prefix', apply: (r, seeds) => { const seed = seeds[pick(r, seeds.length)]!; const prefix = seed.subarray(0, 1 + pick(r, Math.max(1, Math.min(64, seed.length)))); const times = 1 + pick(r, 2000); const out = new Uint8Array(Math.min(MAX_INPUT_BYTES, prefix.length * times)); for (let i = 0; i < out.length; i += prefix.length) out.set(prefix.subarray(0, out.length - i), i); return out; } },
  { name: 'empty', apply: () => new Uint8Array() },
];

function concat(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(Math.min(length, MAX_INPUT_BYTES));
  let offset = 0;
  for (const p of parts) {
    if (offset >= out.length) break;
    const piece = p.subarray(0, out.length - offset);
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}

/** One input for a target with these seeds, and how it was made (for the report of a failure). */
export function nextInput(random: Random, seeds: readonly Uint8Array[]): { input: Uint8Array; how: string } {
  if (seeds.length === 0 || random() < 0.08) {
    const generator = GENERATORS[pick(random, GENERATORS.length)]!;
    return { input: generator.apply(random, seeds.length === 0 ? [new Uint8Array([0])] : seeds), how: generator.name };
  }
  let input = seeds[pick(random, seeds.length)]!;
  const depth = 1 + pick(random, 4);
  const names: string[] = [];
  for (let i = 0; i < depth; i++) {
    const mutation = MUTATIONS[pick(random, MUTATIONS.length)]!;
    input = mutation.apply(input, random, seeds);
    names.push(mutation.name);
  }
  return { input, how: names.join('+') };
}
