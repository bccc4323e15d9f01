import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { DemoResult } from '../../demo/demo.js';
import { safeJson } from '../../util/errors.js';

// Loaded when a command runs, not when it is defined, so that `--help` answers at once.
let runDemo: typeof import('../../demo/demo.js').runDemo;
let drawGrid: typeof import('../../demo/render.js').drawGrid;
let formatEth: typeof import('../../demo/render.js').formatEth;
let writeRle: typeof import('../../functions/life.js').writeRle;

async function loadDependencies(): Promise<void> {
  const [m0, m1, m2] = await Promise.all([
    import('../../demo/demo.js'),
    import('../../demo/render.js'),
    import('../../functions/life.js'),
  ]);
  ({ runDemo } = m0);
  ({ drawGrid, formatEth } = m1);
  ({ writeRle } = m2);
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('the whole system on this machine: local chain, two executors (simulated TEE, INSECURE), a paid Game of Life run that survives a SIGKILL, settlement')
    .option('--json', 'print one JSON object as the last line (progress goes to stderr)')
    .option('--out <file>', 'write the final grid as RLE')
    .action(async (options: { json?: boolean; out?: string }) => {
      await loadDependencies();
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
    });
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
