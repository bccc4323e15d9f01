/**
 * The paper's figures 3-10, redrawn from a sweep: same axes (semi-log where the paper is), our
 * medians as filled markers joined by lines, the Airtnt prototype's published figures as hollow
 * markers (or dotted reference lines where the paper gives a total without an x).
 */
import { AIRTNT_ENCLAVE_CALL_RATIO, AIRTNT_LIFE, AIRTNT_OCR } from './anchors.js';
import { PALETTE, type AxisSpec, type Marker, type PlotSpec, type Series } from './plot.js';
import type { LifeBenchResult, OcrBenchResult, PaperResult } from './types.js';

export type Figure = { file: string; caption: string; spec: PlotSpec };

const MARKERS: readonly Marker[] = ['circle', 'square', 'triangle', 'diamond'];
const CPR_AXIS: AxisSpec = { label: 'cycles per round', scale: 'linear' };
const CALLS_AXIS: AxisSpec = { label: 'enclave calls (rounds)', scale: 'linear' };
const LOOPBACK = 'airtnt: loopback, simulated TEE; Airtnt: SGX laptop + AWS over the internet';

export function paperFigures(result: PaperResult): Figure[] {
  const grids = [...new Set(result.life.map((r) => r.params.grid))].sort((a, b) => a - b);
  const figures: Figure[] = [];
  if (result.life.length > 0) {
    figures.push(
      lifeFigure('fig3-life-latency', 'Figure 3: Game of Life, requester latency of the final state (1000 cycles)', grids, result.life, {
        label: 'latency [ms]',
        ours: (r) => r.latencyMs,
        airtnt: (a) => a.latencyMs,
      }),
      lifeFigure('fig4-life-bandwidth', 'Figure 4: Game of Life, bytes sent + received (1000 cycles)', grids, result.life, {
        label: 'bytes sent + received',
        ours: (r) => r.bytesTotal,
        airtnt: (a) => a.bytesTotal,
      }),
      lifeFigure('fig5-life-enclave', 'Figure 5: Game of Life, time in the enclave (1000 cycles)', grids, result.life, {
        label: 'enclave time [ms]',
        ours: (r) => r.enclaveMs,
        airtnt: (a) => a.enclaveMs,
      }),
      lifeCallsFigure(result.life),
      lifeCallRatioFigure(result.life),
    );
  }
  if (result.ocr.length > 0) figures.push(...ocrFigures(result.ocr, result.ocrParallel));
  return figures;
}

type Metric = {
  label: string;
  ours: (result: LifeBenchResult) => number;
  airtnt: (anchor: (typeof AIRTNT_LIFE)[number]) => number | undefined;
};

function lifeFigure(file: string, title: string, grids: number[], life: LifeBenchResult[], metric: Metric): Figure {
  const series: Series[] = [];
  grids.forEach((grid, i) => {
    const color = PALETTE[i % PALETTE.length]!;
    const marker = MARKERS[i % MARKERS.length]!;
    const ours = life.filter((r) => r.params.grid === grid).sort((a, b) => a.params.perRound - b.params.perRound);
    series.push({ label: `airtnt ${grid}x${grid}`, color, marker, points: ours.map((r) => ({ x: r.params.perRound, y: metric.ours(r) })) });
    const anchors = AIRTNT_LIFE.filter((a) => a.grid === grid)
      .map((a) => ({ x: a.perRound, y: metric.airtnt(a) }))
      .filter((p): p is { x: number; y: number } => p.y !== undefined);
    if (anchors.length > 0) series.push({ label: `Airtnt ${grid}x${grid} (paper)`, color, marker, hollow: true, line: false, points: anchors });
  });
  return {
    file: `${file}.svg`,
    caption: title,
    spec: { title, subtitle: LOOPBACK, x: CPR_AXIS, y: { label: metric.label, scale: 'log' }, series },
  };
}

function lifeOf50(life: LifeBenchResult[]): LifeBenchResult[] {
  const largest = Math.max(...life.map((r) => r.params.grid));
  return life.filter((r) => r.params.grid === largest).sort((a, b) => a.rounds - b.rounds);
}

function lifeCallsFigure(life: LifeBenchResult[]): Figure {
  const ours = lifeOf50(life);
  const grid = ours[0]?.params.grid ?? 50;
  const anchor = AIRTNT_LIFE.find((a) => a.grid === grid && a.enclaveMs !== undefined);
  const series: Series[] = [{ label: `airtnt ${grid}x${grid}`, color: PALETTE[2]!, points: ours.map((r) => ({ x: r.rounds, y: r.enclaveMs })) }];
  if (anchor?.enclaveMs !== undefined) {
    series.push({ label: `Airtnt ${grid}x${grid} (paper)`, color: PALETTE[2]!, hollow: true, line: false, points: [{ x: anchor.rounds, y: anchor.enclaveMs }] });
  }
  const title = `Figure 6: Game of Life ${grid}x${grid}, enclave time against enclave calls (1000 cycles)`;
  return { file: 'fig6-life-enclave-calls.svg', caption: title, spec: { title, subtitle: LOOPBACK, x: CALLS_AXIS, y: { label: 'enclave time [ms]', scale: 'log' }, series } };
}

/** The paper states figure 6 as a ratio (2 calls about 5x faster than 100), so we also plot it normalised. */
function lifeCallRatioFigure(life: LifeBenchResult[]): Figure {
  const ours = lifeOf50(life);
  const base = ours[0]?.enclaveMs;
  const grid = ours[0]?.params.grid ?? 50;
  const points = base !== undefined && base > 0 ? ours.map((r) => ({ x: r.rounds, y: r.enclaveMs / base })) : [];
  const series: Series[] = [
    { label: `airtnt ${grid}x${grid}`, color: PALETTE[2]!, points },
    { label: 'Airtnt (paper: about 5x at 100 calls)', color: PALETTE[1]!, hollow: true, dashed: true, points: [{ x: 2, y: 1 }, { x: 100, y: AIRTNT_ENCLAVE_CALL_RATIO }] },
  ];
  const title = `Figure 6 (ratio): enclave time relative to the fewest calls, ${grid}x${grid}`;
  return {
    file: 'fig6-life-enclave-ratio.svg',
    caption: title,
    spec: { title, subtitle: `goal: at most 1.2x at 100 calls; ${LOOPBACK}`, x: CALLS_AXIS, y: { label: 'enclave time / time with fewest calls', scale: 'linear', min: 0 }, series },
  };
}

function ocrFigures(ocr: OcrBenchResult[], parallel: OcrBenchResult | null): Figure[] {
  const sorted = [...ocr].sort((a, b) => a.params.perRound - b.params.perRound);
  const images = sorted[0]?.params.images ?? AIRTNT_OCR.images;
  const color = PALETTE[0]!;
  const paperColor = PALETTE[1]!;
  const ours = (y: (r: OcrBenchResult) => number, x: (r: OcrBenchResult) => number = (r) => r.params.perRound): Series => ({
    label: `airtnt, ${sorted[0]?.params.executors ?? 1} executor`,
    color,
    points: sorted.map((r) => ({ x: x(r), y: y(r) })),
  });
  const latencySeries = [ours((r) => r.latencyMs)];
  if (parallel) {
    latencySeries.push({
      label: `airtnt, ${parallel.params.executors} executors in parallel`,
      color: PALETTE[2]!,
      marker: 'diamond',
      line: false,
      points: [{ x: parallel.params.perRound, y: parallel.latencyMs }],
    });
  }
  const fig = (file: string, title: string, yLabel: string, series: Series[], reference: { label: string; y: number } | null, x = CPR_AXIS): Figure => ({
    file: `${file}.svg`,
    caption: title,
    spec: {
      title,
      subtitle: LOOPBACK,
      x,
      y: { label: yLabel, scale: 'log' },
      series,
      references: reference ? [{ ...reference, color: paperColor }] : [],
    },
  });
  return [
    fig('fig7-ocr-latency', `Figure 7: OCR, requester latency (${images} images of about 1 kB)`, 'latency [ms]', latencySeries, {
      label: `Airtnt (paper): ${AIRTNT_OCR.latencyMsLow / 1000}-${AIRTNT_OCR.latencyMsHigh / 1000} s in total`,
      y: (AIRTNT_OCR.latencyMsLow + AIRTNT_OCR.latencyMsHigh) / 2,
    }),
    fig('fig8-ocr-bandwidth', `Figure 8: OCR, bytes sent + received (${images} images)`, 'bytes sent + received', [ours((r) => r.bytesTotal)], {
      label: 'Airtnt (paper): about 1.7 MB sent',
      y: AIRTNT_OCR.bytesSent,
    }),
    fig('fig9-ocr-enclave', `Figure 9: OCR, time in the enclave (${images} images)`, 'enclave time [ms]', [ours((r) => r.enclaveMs)], {
      label: 'Airtnt (paper): more than 10 s in the enclave',
      y: AIRTNT_OCR.enclaveMsAtLeast,
    }),
    fig(
      'fig10-ocr-enclave-calls',
      `Figure 10: OCR, enclave time against enclave calls (${images} images)`,
      'enclave time [ms]',
      [ours((r) => r.enclaveMs, (r) => r.rounds)],
      { label: 'Airtnt (paper): more than 10 s in the enclave', y: AIRTNT_OCR.enclaveMsAtLeast },
      CALLS_AXIS,
    ),
  ];
}
