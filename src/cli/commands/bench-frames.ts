/**
 * `airtnt bench frames`: what the frame attacks of issue 9 (case 2) cost a node's decoder: for each
 * attack frame, the time to refuse it with the bounded decoder (decodeMessage) and, with --compare,
 * the time and peak memory of plain cbor-x on the same frame (what both nodes ran before the header
 * scan). Peak RSS only grows, so the bounded decoder runs first; bignums from 256 KiB and the nesting
 * are left out of the comparison (the unbounded conversion takes a minute and more).
 */
import { resourceUsage } from 'node:process';
import type { Command } from 'commander';

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

// Loaded when a command runs, not when it is defined, so that `--help` answers at once.
let Decoder: typeof import('cbor-x').Decoder;
let decodeMessage: typeof import('../../protocol/messages.js').decodeMessage;
let WIRE_LIMITS: typeof import('../../protocol/messages.js').WIRE_LIMITS;

async function loadDependencies(): Promise<void> {
  const [m0, m1] = await Promise.all([
    import('cbor-x'),
    import('../../protocol/messages.js'),
  ]);
  ({ Decoder } = m0);
  ({ decodeMessage, WIRE_LIMITS } = m1);
}

export function registerBenchFrames(bench: Command): void {
  bench
    .command('frames')
    .description('time and memory to refuse the CBOR frame attacks (bignums, empty strings, nesting)')
    .option('--compare', 'also decode each frame with plain cbor-x, as before the header scan (slow: several seconds)')
    .option('--json', 'print one JSON object')
    .action(async (options: { compare?: boolean; json?: boolean }) => {
      await loadDependencies();
      const cases = attackFrames();
      const bounded = cases.map((c) => ({ name: c.name, bytes: c.frame.length, ...timed(() => decodeMessage(c.frame)) }));
      const plain = new Decoder({ useRecords: false, mapsAsObjects: true, int64AsType: 'bigint' } as ConstructorParameters<typeof Decoder>[0]);
      const unbounded = options.compare === true ? cases.filter((c) => c.compare).map((c) => ({ name: c.name, bytes: c.frame.length, ...timed(() => plain.decode(c.frame)) })) : [];
      const result = { rssMiB: Math.round(process.memoryUsage().rss / (1024 * 1024)), bounded, unbounded };
      if (options.json === true) process.stdout.write(`${JSON.stringify(result)}\n`);
      else for (const row of [...bounded.map((r) => ({ ...r, decoder: 'bounded' })), ...unbounded.map((r) => ({ ...r, decoder: 'cbor-x' }))]) process.stdout.write(`${row.decoder.padEnd(8)} ${row.name.padEnd(26)} ${String(row.ms).padStart(10)} ms  +${row.peakRssGrowthMiB} MiB peak  ${row.outcome}\n`);
    });
}
