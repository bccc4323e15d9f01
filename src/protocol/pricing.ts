/**
 * What a round costs (docs/protocol.md, "Pricing"). A cycle is the requester's unit of progress (one
 * Life generation, one OCR image), not a unit of work: one generation of a 4 MiB grid does ten
 * thousand times the work of a 50x50 one. So a round is billed in cycles of at most
 * WORK_UNITS_PER_CYCLE metered work units each:
 *
 *   billedCycles = max(cyclesDone, ceil(workUnits / WORK_UNITS_PER_CYCLE), 1)
 *   amount       = previous amount + rate x billedCycles
 *
 * where workUnits is the enclave's signed count (record v3, src/functions/metering.ts). A small
 * function pays its cycles as before; a large one pays for the work it made the executor do; a round
 * that did nothing (0 cycles: a terminal state) still pays one cycle, since the executor still ran it.
 * With rate >= 1 every paid round's amount is strictly above the previous one. Pure.
 */
import { AirtntError } from '../util/errors.js';

/**
 * Work units one billed cycle buys: 2^24, a few milliseconds of compute. Chosen so that a cycle of
 * every built-in workload the executor prices today stays one billed cycle (a 50x50 Life generation
 * is about 11,000 units, a 1000x1000 one about 3 million, one OCR image about 10.4 million), while a
 * generation of a 4 MiB grid (about 94 million) bills 6 and anything heavier pays for its work.
 * An executor prices its cycle as the cost of up to this much work, so it is never underpaid.
 */
export const WORK_UNITS_PER_CYCLE = 16_777_216;

export function billedCycles(cyclesDone: number | bigint, workUnits: number | bigint): bigint {
  const done = BigInt(cyclesDone);
  const work = BigInt(workUnits);
  if (done < 0n || work < 0n) throw new AirtntError('INVALID_ARGUMENT', 'cycles and work units are never negative', { details: { cyclesDone: done, workUnits: work } });
  const perCycle = BigInt(WORK_UNITS_PER_CYCLE);
  const byWork = (work + perCycle - 1n) / perCycle;
  const billed = done > byWork ? done : byWork;
  return billed > 0n ? billed : 1n;
}

/** What one round adds to the cumulative amount. */
export function roundPrice(rate: bigint, cyclesDone: number | bigint, workUnits: number | bigint): bigint {
  return rate * billedCycles(cyclesDone, workUnits);
}

/**
 * The most work a round may spend when `available` (deposit minus what is already signed) must pay
 * for it at `rate`: the enclave stops the round there (FUNCTION_WORK_EXHAUSTED), so the executor never
 * does work the channel cannot pay. Capped at `maxWorkUnits`; 0 when not even one cycle is covered.
 */
export function affordableWork(rate: bigint, available: bigint, maxWorkUnits: number): number {
  if (rate <= 0n || available < rate) return 0;
  const work = (available / rate) * BigInt(WORK_UNITS_PER_CYCLE);
  return work > BigInt(maxWorkUnits) ? maxWorkUnits : Number(work);
}
