/**
 * The work of `airtnt bench frames` (registered in bench-frames.ts): build each attack frame, time the
 * bounded decoder refusing it and, with --compare, plain cbor-x decoding it. Peak RSS only grows, so
 * the bounded decoder runs first; bignums from 256 KiB and the nesting are left out of the comparison
 * (the unbounded conversion takes a minute and more).
 */
import { resourceUsage } from 'node:process';
import { Decoder } from 'cbor-x';
import { decodeMessage, WIRE_LIMITS } from '../../protocol/messages.js';
import type { BenchFramesOptions } from './bench-frames.js';

type Case = { name: string; frame: Uint8Array; compare: boolean };

const header = (major: number, value: number) =>
  value < 24 ? Buffer.from([(major << 5) | value]) : Buffer.from([(major << 5) | 26, value >>> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff]);
const bignumPay = (n: number) =>
  new Uint8Array(Buffer.concat([header(4, 4), header(0, 3), Buffer.from([0xc2]), header(2, n), Buffer.alloc(n, 0xff), header(2, 65), Buffer.alloc(65), header(0, 1)]));

function attackFrames(): Case[] {
  const max = WIRE_LIMITS.maxFrameBytes;
  return [
    { name: 'bignum 64 KiB', frame: bignumPay(64 * 1024), compare: true },
    { name: 'bignum 128 KiB', frame: bignumPay(128 * 1024), compare: true },
    { name: 'bignum 256 KiB', frame: bignumPay(256 * 1024), compare: false },
    { name: 'bignum 4 MiB', frame: bignumPay(max - 200), compare: false },
    { name: 'empty byte strings 4 MiB', frame: new Uint8Array(Buffer.concat([header(4, max - 5), Buffer.alloc(max - 5, 0x40)])), compare: true },
    { name: 'nested arrays 4 MiB', frame: new Uint8Array(max).fill(0x81), compare: false },
  ];
}

function timed(run: () => unknown): { ms: number; outcome: string; peakRssGrowthMiB: number } {
  const peakBefore = resourceUsage().maxRSS;
  const started = performance.now();
  let outcome = 'decoded';
  try {
    run();
  } catch (error) {
    outcome = (error as { code?: string }).code ?? (error instanceof Error ? error.message.slice(0, 60) : String(error));
  }
  const ms = performance.now() - started;
  return { ms: Math.round(ms * 100) / 100, outcome, peakRssGrowthMiB: Math.round((resourceUsage().maxRSS - peakBefore) / 1024) };
}

export function benchFramesCommand(options: BenchFramesOptions): void {
  const cases = attackFrames();
  const bounded = cases.map((c) => ({ name: c.name, bytes: c.frame.length, ...timed(() => decodeMessage(c.frame)) }));
  const plain = new Decoder({ useRecords: false, mapsAsObjects: true, int64AsType: 'bigint' } as ConstructorParameters<typeof Decoder>[0]);
  const unbounded = options.compare === true ? cases.filter((c) => c.compare).map((c) => ({ name: c.name, bytes: c.frame.length, ...timed(() => plain.decode(c.frame)) })) : [];
  const result = { rssMiB: Math.round(process.memoryUsage().rss / (1024 * 1024)), bounded, unbounded };
  if (options.json === true) process.stdout.write(`${JSON.stringify(result)}\n`);
  else for (const row of [...bounded.map((r) => ({ ...r, decoder: 'bounded' })), ...unbounded.map((r) => ({ ...r, decoder: 'cbor-x' }))]) process.stdout.write(`${row.decoder.padEnd(8)} ${row.name.padEnd(26)} ${String(row.ms).padStart(10)} ms  +${row.peakRssGrowthMiB} MiB peak  ${row.outcome}\n`);
}
