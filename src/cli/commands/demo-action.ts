/**
 * The work of `airtnt demo` (registered in demo.ts): run the demo with progress on stdout (stderr
 * with --json), write the final grid as RLE with --out, then print the summary or one JSON object.
 */
import { writeFileSync } from 'node:fs';
import { runDemo, type DemoResult } from '../../demo/demo.js';
import { drawGrid, formatEth } from '../../demo/render.js';
import { writeRle } from '../../functions/life.js';
import { safeJson } from '../../util/errors.js';
import type { DemoCommandOptions } from './demo.js';

export async function demoCommand(options: DemoCommandOptions): Promise<void> {
  const log = (line: string) => (options.json ? process.stderr : process.stdout).write(`${line}\n`);
  log('airtnt demo: every part is real (chain, processes, signatures, encryption, SQLite) except the TEE, which is SIMULATED and INSECURE.');
  const result = await runDemo({ log });
  if (options.out) writeFileSync(options.out, writeRle(result.finalPattern, { name: 'airtnt demo final grid' }));
  if (options.json) {
    const { finalPattern: _final, ...rest } = result;
    process.stdout.write(`${safeJson({ ...rest, finalPattern: writeRle(result.finalPattern) })}\n`);
  } else {
    process.stdout.write(summary(result));
  }
  if (!result.ok) process.exitCode = 1;
}

function summary(result: DemoResult): string {
  const lines = [
    '',
    `Final grid after ${result.cycles} generations (${result.width}x${result.height}):`,
    drawGrid(result.finalPattern),
    '',
    `${result.ok ? 'OK' : 'FAILED'}: ${result.rounds} paid rounds, ${result.transfers} transfer(s) to another executor;`,
    `  the final grid ${result.matchesUninterruptedRun ? 'equals' : 'DIFFERS FROM'} an uninterrupted local run of the same pattern.`,
    'Paid per executor:',
    ...Object.entries(result.paid).map(([address, wei]) => `  ${address}: ${formatEth(BigInt(wei))}`),
    'Settled on-chain per channel (collected by the executor / returned to the requester):',
    ...Object.entries(result.collectedOnChain).map(
      ([channel, wei]) => `  ${channel.slice(0, 18)}...: ${formatEth(BigInt(wei))} / ${formatEth(BigInt(result.refunded[channel as `0x${string}`] ?? '0'))}`,
    ),
    `Gas used on-chain: ${result.gasUsed.toLocaleString('en-US')}; bytes sent ${result.bytesSent.toLocaleString('en-US')}, received ${result.bytesReceived.toLocaleString('en-US')}.`,
    `Run ${result.runMs} ms, whole demo ${result.elapsedMs} ms. INSECURE: simulated TEE, development only.`,
    '',
  ];
  return lines.join('\n');
}
