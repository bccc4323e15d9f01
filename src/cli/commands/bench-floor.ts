/**
 * `airtnt bench floor [--json]`: the cost of what one paid round cannot do without, measured on this
 * machine (src/bench/floor.ts), and the goals of the round benchmarks beside it.
 */
import type { Command } from 'commander';
import { integer } from '../integer-arg.js';

export function registerBenchFloor(bench: Command): void {
  bench
    .command('floor')
    .description('the floor of one paid round on this machine: each signature, check, AEAD layer, durable commit and loopback round trip a round needs, the critical path, CPU per round and bytes on the wire, beside the goals')
    .option('--iterations <n>', 'samples of each step (medians)', integer(5, 100_000), 300)
    .option('--state-bytes <n>', 'state payload (a diff) in the bytes figure', integer(0, 1_000_000), 100)
    .option('--dir <dir>', 'where to measure the durable commit: a folder on the disk your stores use (default: the system\'s temporary folder, which may be memory)')
    .option('--json', 'print one JSON object')
    .action(async (options: { iterations: number; stateBytes: number; dir?: string; json?: boolean }) => {
      const { benchFloor } = await import('../../bench/floor.js');
      const report = await benchFloor({ iterations: options.iterations, stateBytes: options.stateBytes, ...(options.dir === undefined ? {} : { dir: options.dir }) });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(report)}\n`);
        return;
      }
      const lines = [
        `one paid round on ${report.machine.cores} cores (${report.machine.cpuModel}), medians of ${report.iterations}:`,
        ...Object.entries(report.stepsMs).map(([step, ms]) => `  ${step.padEnd(22)} ${ms.toFixed(3)} ms`),
        `  (durable commit measured in ${report.commitDir})`,
        `critical path ${report.criticalPath.ms} ms a round, in order: ${report.criticalPath.steps.join('; ')}`,
        `100 paid rounds (bench life --per-round 10): at least ${report.goals.life10.floorMs} ms; goal ${report.goals.life10.goalMs} ms`,
        `CPU per round, both sides (signatures, checks, AEAD; not the commits' fsync waits nor the wire): ${report.cpuPerRoundMs} ms: at most ${report.roundsPerSecondCeiling} paid rounds/s on ${report.machine.cores} cores (goal ${report.goals.load.goalRoundsPerSecond})`,
        `bytes per round: result ${report.bytes.frames.result} + pay ${report.bytes.frames.pay} + key ${report.bytes.frames.key} + WebSocket headers ${report.bytes.framing} = ${report.bytes.perRound} with ${report.bytes.stateBytes} B of state payload, ${report.bytes.fixedPerRound} without (goal ${report.goals.bytes.goalPerRound}: ${report.goals.bytes.leftForState} B left for the state)`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
