/**
 * The Airtnt prototype's published figures (paper section 6 and /work/shared/reference/anchors.md),
 * and the goals we set against them. The prototype ran its executor in Intel SGX on a laptop
 * (i7-8550U) and the requester on an AWS t2.xlarge, over the internet; ours run on loopback, so
 * every comparison printed from here says so.
 */

export const AIRTNT_SETUP =
  'Airtnt prototype (Król et al., 2018): executor in Intel SGX on a Dell XPS laptop (i7-8550U), requester on an AWS t2.xlarge, over the internet';

/** Game of Life, 1000 cycles in total, median of 10 runs (paper table / raw timing files). */
export type AirtntLifeAnchor = {
  grid: number;
  perRound: number;
  rounds: number;
  latencyMs: number;
  enclaveMs?: number;
  bytesTotal: number;
};

export const AIRTNT_LIFE: readonly AirtntLifeAnchor[] = [
  { grid: 10, perRound: 200, rounds: 5, latencyMs: 116, enclaveMs: 8.8, bytesTotal: 3_109 },
  { grid: 25, perRound: 200, rounds: 5, latencyMs: 174, enclaveMs: 49.8, bytesTotal: 8_359 },
  { grid: 50, perRound: 200, rounds: 5, latencyMs: 332, enclaveMs: 127.6, bytesTotal: 27_109 },
  { grid: 50, perRound: 10, rounds: 100, latencyMs: 3_390, bytesTotal: 506_000 },
];

/** Figure 6: 1000 cycles in 2 enclave calls ran about 5 times faster than in 100 calls. */
export const AIRTNT_ENCLAVE_CALL_RATIO = 5;

/** OCR, 1000 images of about 1 kB (section 6.2). The paper gives totals, not a point per cycles-per-round. */
export const AIRTNT_OCR = {
  images: 1000,
  latencyMsLow: 10_600,
  latencyMsHigh: 10_800,
  bytesSent: 1_700_000,
  /** "more than 10 seconds in the enclave" */
  enclaveMsAtLeast: 10_000,
  /** "decreases by 200 ms from 10 cycles per round to 100 cycles per round" */
  enclaveDropMs10To100: 200,
} as const;

/** Table 1 (April 2018) and the published contract re-measured (optimizer on, London rules). */
export type AirtntGasRow = { operation: string; paper: number | null; remeasured: number | null; note?: string };

export const AIRTNT_GAS: readonly AirtntGasRow[] = [
  { operation: 'contract creation (one contract per channel)', paper: 358_600, remeasured: 317_486 },
  { operation: 'initChannel', paper: 81_053, remeasured: null, note: 'the published contract takes the deposit at creation' },
  { operation: 'closeChannel (called twice, one signature each)', paper: 114_757, remeasured: 54_408 + 49_897 },
  { operation: 'channelTimeout', paper: 21_732, remeasured: 21_064 },
];

/** One requester-executor relationship on the happy path with the published contract: creation + two closes. */
export const AIRTNT_GAS_HAPPY_PATH = 421_800;

/** The goals of issue 5, each with the Airtnt figure it is measured against. */
export type Goal = {
  id: string;
  description: string;
  target: number;
  unit: 'ms' | 'B' | 'x' | 'gas';
  airtnt: number;
};

export const GOALS: readonly Goal[] = [
  { id: 'life50-200-latency', description: 'GoL 50x50, 200 cycles per round: latency', target: 20, unit: 'ms', airtnt: 332 },
  { id: 'life50-200-bytes', description: 'GoL 50x50, 200 cycles per round: session bytes sent + received', target: 3_000, unit: 'B', airtnt: 27_109 },
  { id: 'life50-10-latency', description: 'GoL 50x50, 10 cycles per round (100 paid rounds): latency', target: 150, unit: 'ms', airtnt: 3_390 },
  { id: 'life50-10-bytes', description: 'GoL 50x50, 10 cycles per round: session bytes sent + received', target: 30_000, unit: 'B', airtnt: 506_000 },
  { id: 'enclave-call-ratio', description: 'GoL 50x50 enclave time, 100 calls / 2 calls', target: 1.2, unit: 'x', airtnt: AIRTNT_ENCLAVE_CALL_RATIO },
  { id: 'ocr-1000-latency', description: 'OCR 1000 images, 2 executors: latency', target: 1_000, unit: 'ms', airtnt: 10_600 },
  { id: 'gas-open-close', description: 'gas, open + close one channel', target: 90_000, unit: 'gas', airtnt: AIRTNT_GAS_HAPPY_PATH },
];

export type GoalResult = Goal & { measured: number | null; met: boolean | null; note?: string };

/** Fills the goals table: lower is better for every goal; null when the figure was not measured. */
export function evaluateGoals(measured: Record<string, number | null | undefined>, notes: Record<string, string> = {}): GoalResult[] {
  return GOALS.map((goal) => {
    const value = measured[goal.id];
    const known = value !== undefined && value !== null && Number.isFinite(value);
    const result: GoalResult = { ...goal, measured: known ? value : null, met: known ? value <= goal.target : null };
    const note = notes[goal.id];
    if (note !== undefined) result.note = note;
    return result;
  });
}
