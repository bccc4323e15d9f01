/**
 * The progress line of `airtnt run`: on stderr, redrawn in place on a terminal (one line per round
 * otherwise), never wider than 80 columns, with what the run has spent so far in units.
 */
import { formatUnits } from 'viem';
import type { RunProgress } from '../node/requester.js';

export const PROGRESS_COLUMNS = 79;

/** "0.000012 ETH" for ETH; "1500 units" for a token (its decimals are not known here). */
export function formatSpend(value: bigint, token: string | undefined): string {
  return token === undefined ? `${formatUnits(value, 18)} ETH` : `${value} units`;
}

/**
 * The line for one progress report, at most PROGRESS_COLUMNS characters. It counts rounds done
 * ("rounds 4/10"); a round is named only by its protocol index (from 0), as in both sides' logs
 * ("round 3" is the fourth round, on the requester and on the executor alike).
 */
/** What a cycle is called on the line: a generation of life, a cycle of any other function. */
export type CycleUnit = 'gen' | 'cycles';

/**
 * `endedEarly`: the function terminated before the cycles asked (a run's last line): the bar, as wide as
 * ever, says "done early" instead of staying part-filled, and the counts stay what was done of what was planned.
 */
export function progressLine(p: RunProgress, token: string | undefined, unit: CycleUnit = 'gen', endedEarly = false): string {
  const width = 10;
  const filled = Math.min(width, Math.round((p.cyclesDone / Math.max(1, p.totalCycles)) * width));
  const fromChain = p.keyFrom === 'chain' ? ' key:chain' : '';
  const counts = `rounds ${p.rounds}/${p.totalRounds} ${unit} ${p.cyclesDone}/${p.totalCycles} spent ${formatSpend(p.runSpent, token)}${fromChain}`;
  const bar = endedEarly ? 'done early' : `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
  const withBar = `[${bar}] ${counts}`;
  const host = p.executor.replace(/^[a-z]+:\/\//, '');
  // The bar gives way before the executor's address is cut: which executor runs the round is worth more.
  const head = withBar.length + 3 + host.length <= PROGRESS_COLUMNS ? withBar : counts;
  const room = PROGRESS_COLUMNS - head.length - 3;
  if (room < 8) return head.slice(0, PROGRESS_COLUMNS);
  return `${head} @ ${host.length <= room ? host : elide(host, room)}`;
}

/** `text` in `room` characters, its middle replaced by "~": the host's start and its port both stay readable. */
function elide(text: string, room: number): string {
  const tail = Math.floor((room - 1) / 2);
  return `${text.slice(0, room - 1 - tail)}~${text.slice(text.length - tail)}`;
}

export class ProgressBar {
  private drawn = false;
  private last: RunProgress | undefined;

  constructor(
    private readonly token: string | undefined,
    private readonly unit: CycleUnit = 'gen',
  ) {}

  update(p: RunProgress, endedEarly = false): void {
    this.last = p;
    const line = progressLine(p, this.token, this.unit, endedEarly);
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}\u001b[K`);
      this.drawn = true;
    } else {
      process.stderr.write(`${line}\n`);
    }
  }

  note(line: string): void {
    this.done();
    process.stderr.write(`${line}\n`);
  }

  /** Ends the line; `endedEarly` (the function terminated before the cycles asked) draws it once more, full. */
  done(endedEarly = false): void {
    if (endedEarly && this.last !== undefined) this.update(this.last, true);
    if (this.drawn) process.stderr.write('\n');
    this.drawn = false;
  }
}
