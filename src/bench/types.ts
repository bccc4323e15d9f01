/**
 * The JSON shapes printed by `airtnt bench life | ocr | paper --json` and written to bench/results/.
 * Times are milliseconds, sizes bytes; every headline figure is the median over `runs` repetitions,
 * with min/median/max of every figure in `spread`.
 */
import type { AirtntLifeAnchor } from './anchors.js';
import type { MachineInfo } from './machine.js';
import type { Spread } from './stats.js';

/**
 * Where the time of one run goes, from the requester's point of view (ms, summed over rounds).
 * Fields are present when the libraries under test expose them; `otherMs` is what is left of
 * latencyMs once the named phases are taken out (network, scheduling, serialisation).
 */
export type PhaseTimes = {
  /** Time inside the enclave running rounds (function + sealing + signing), as reported by the executor. */
  enclaveMs?: number;
  /** Requester: verifying records and signatures, decrypting, applying state diffs. */
  verifyMs?: number;
  /** Requester: signing payment updates and persisting them. */
  payMs?: number;
  /** Executor: durable writes (payment updates, keys, states) before acting. */
  storageMs?: number;
  otherMs?: number;
  [phase: string]: number | undefined;
};

/** Where the bytes of one run go (summed over rounds, both directions). */
export type ByteBreakdown = {
  /** Round records + signatures. */
  recordBytes?: number;
  /** Encrypted state (or diffs). */
  stateBytes?: number;
  /** Encrypted outputs / inputs. */
  payloadBytes?: number;
  /** Payment updates and their signatures. */
  paymentBytes?: number;
  /** Released keys. */
  keyBytes?: number;
  /** Framing, headers, session opening. */
  overheadBytes?: number;
  [part: string]: number | undefined;
};

/** One repetition of a paid run. */
export type RunSample = {
  /** From the first request to the final decrypted state, on a channel that is already open. */
  latencyMs: number;
  /** Time spent in the enclave over the whole run. */
  enclaveMs: number;
  rounds: number;
  bytesSent: number;
  bytesReceived: number;
  /** Opening (funding) the channel on-chain, before latency starts. */
  openMs: number;
  /** Settling the channel on-chain after the run. */
  settleMs: number;
  phases: PhaseTimes;
  bytes: ByteBreakdown;
};

type Common = {
  runs: number;
  rounds: number;
  latencyMs: number;
  /** The same function run locally in this process, no protocol, no enclave. */
  bareMs: number;
  enclaveMs: number;
  bytesSent: number;
  bytesReceived: number;
  bytesTotal: number;
  openMs: number;
  settleMs: number;
  /** Medians of the per-phase times and per-part bytes. */
  phases: PhaseTimes;
  bytes: ByteBreakdown;
  /** min / median / max of every figure over the runs (dotted keys for nested ones). */
  spread: Record<string, Spread>;
  /** The TEE is simulated: the figures say nothing about protection, only about cost. */
  insecure: true;
  machine: MachineInfo;
  /** Anything the reader should know about how the figure was obtained (workarounds, missing hooks). */
  notes: string[];
};

export type LifeBenchParams = {
  grid: number;
  cycles: number;
  perRound: number;
  runs: number;
  pattern: string;
  /**
   * Setup on a known executor: each run's fresh requester store takes, in memory, what the warm-up run's
   * store learnt of the executor (its info document, its evidence's verdict), as a store that served an
   * earlier job would hold it (on disk, read at the first lookup: about 0.1 ms more).
   */
  knownExecutor?: boolean;
};

export type LifeBenchResult = Common & {
  benchmark: 'life';
  params: LifeBenchParams;
  /** The paid run's final state equals the bare local run's (every run). */
  correct: boolean;
  /** The median phases (ms) and bytes divided by the paid rounds. */
  perRound?: Record<string, number>;
  /** latencyMs and phases.roundsMs over bareMs, measured in the same invocation. */
  ratioToBare?: { latency: number; rounds: number };
  /** The Airtnt prototype's figure for the same grid and cycles per round, when the paper gives one. */
  airtnt?: AirtntLifeAnchor;
};

export type OcrBenchParams = {
  images: number;
  perRound: number;
  executors: number;
  runs: number;
  imageBytes: number;
};

export type OcrBenchResult = Common & {
  benchmark: 'ocr';
  params: OcrBenchParams;
  /** Share of images whose recognised text equals the generated text (median over runs). */
  accuracy: number;
};

export type GasRow = { operation: string; gas: number };

export type GasResult = {
  rows: GasRow[];
  /** Happy path of one requester-executor relationship: open + close (+ deploy amortised away). */
  openCloseGas: number | null;
  /** The same on a lane used before (the requester re-opens its closed lanes): no fresh storage slot. */
  reopenCloseGas?: number | null;
  source: string;
};

export type PaperResult = {
  benchmark: 'paper';
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  sweep: { grids: number[]; perRound: number[]; cycles: number; runs: number; ocrImages: number };
  life: LifeBenchResult[];
  ocr: OcrBenchResult[];
  ocrParallel: OcrBenchResult | null;
  gas: GasResult | null;
  errors: { what: string; message: string }[];
};
