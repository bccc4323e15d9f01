/**
 * Issue 9 case 2: single frames that cost the decoder far more than their bytes, sent before any
 * `open` (no money, no signature): CBOR bignums in an integer field, 4 MiB of empty byte strings,
 * deep nesting, lengths that claim more than the frame holds, a large map. For each frame the
 * executor's event loop is watched from outside (GET /v1/info latency) and its memory sampled.
 */
import type { CaseResult } from './attack-types.js';
import { FRAME_MEMORY_LIMIT_MB, STALL_LIMIT_MS } from './attack-types.js';
import { errorText, result, round1 } from './attack-report.js';
import { probeStalls, sampleMax, type AttackRig } from './attack-rig.js';
import { bigMapFrame, bignumFrame, claimedLengthFrame, deepNestingFrame, emptyByteStringsFrame, sourceAddress, WireSocket } from './attack-wire.js';

const FOUR_MIB = 4 * 1024 * 1024;
/** The longest wait for the executor to answer one frame (the unfixed decoder takes about a minute for 256 KiB). */
const FRAME_ANSWER_MS = 120_000;

export type FrameFigures = { peakRssMb: number; maxStallMs: number };

function frames(bignumBytes: number[]): { name: string; frame: () => Uint8Array }[] {
  return [
    ...bignumBytes.map((bytes) => ({ name: `2-cbor-bignum-${bytes / 1024}KiB`, frame: () => bignumFrame(bytes) })),
    { name: '2-cbor-4MiB-empty-byte-strings', frame: () => emptyByteStringsFrame(FOUR_MIB - 64) },
    { name: '2-cbor-deep-nesting-1M', frame: () => deepNestingFrame(1_000_000) },
    { name: '2-cbor-claimed-length-2^32', frame: () => claimedLengthFrame() },
    { name: '2-cbor-map-700k-keys', frame: () => bigMapFrame(700_000) },
  ];
}

async function oneFrame(rig: AttackRig, name: string, frame: Uint8Array, source: string): Promise<CaseResult & { figures: FrameFigures }> {
  const baseRss = rig.rssMb();
  const rss = sampleMax(() => rig.rssMb(), 20);
  const stalls = probeStalls(rig, FRAME_ANSWER_MS);
  let answer = '';
  const started = performance.now();
  try {
    const socket = await WireSocket.connect(rig.url, { localAddress: source });
    await socket.sendRaw(frame);
    const first = await socket.nextMessage(FRAME_ANSWER_MS);
    answer = typeof first === 'string' ? first : first.kind === 'error' ? `error ${first.code}` : first.kind;
    socket.terminate();
  } catch (error) {
    answer = `client: ${errorText(error)}`;
  }
  const answeredMs = performance.now() - started;
  const maxStallMs = await stalls.stop();
  const peakRssMb = rss.stop();
  const crashed = await rig.reviveIfDead();
  // The next frame needs an executor that answers again: a frozen one is waited for, then restarted.
  const recovery = await rig.awaitServing(FRAME_ANSWER_MS);
  const grewMb = peakRssMb - baseRss;
  const held = !crashed && !recovery.restarted && maxStallMs < STALL_LIMIT_MS && grewMb < FRAME_MEMORY_LIMIT_MB;
  const detail = `${(frame.length / 1024).toFixed(0)} KiB frame: answer "${answer}" after ${Math.round(answeredMs)} ms; /v1/info stalled up to ${Math.round(maxStallMs)} ms (limit ${STALL_LIMIT_MS}); RSS +${round1(grewMb)} MiB (peak ${round1(peakRssMb)})${crashed ? '; the executor died' : ''}${recovery.restarted ? `; still frozen ${Math.round((answeredMs + recovery.ms) / 1000)} s after the frame: killed and restarted` : ''}`;
  return { ...result(name, held, detail), figures: { peakRssMb, maxStallMs } };
}

/** Every frame, one after another from its own source address. */
export async function frameAttacks(rig: AttackRig, bignumBytes: number[], firstSource: number): Promise<{ results: CaseResult[]; figures: FrameFigures }> {
  const results: CaseResult[] = [];
  const figures: FrameFigures = { peakRssMb: 0, maxStallMs: 0 };
  let n = 0;
  for (const { name, frame } of frames(bignumBytes)) {
    const outcome = await oneFrame(rig, name, frame(), sourceAddress(firstSource + n++));
    figures.peakRssMb = Math.max(figures.peakRssMb, outcome.figures.peakRssMb);
    figures.maxStallMs = Math.max(figures.maxStallMs, outcome.figures.maxStallMs);
    results.push({ case: outcome.case, held: outcome.held, detail: outcome.detail });
  }
  return { results, figures };
}
