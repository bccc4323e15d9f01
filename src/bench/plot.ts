/**
 * A small, dependency-free SVG line/point plot: linear and log (base 10) axes, "nice" ticks, a legend
 * and horizontal reference lines. Enough to redraw the paper's figures 3-10 (semi-log where the paper
 * is) with our medians beside the Airtnt prototype's.
 */
import { AirtntError } from '../util/errors.js';

export type AxisScale = 'linear' | 'log';

export type AxisSpec = {
  label: string;
  scale: AxisScale;
  /** Forced domain ends; by default the data (and reference lines) decide, padded to nice values. */
  min?: number;
  max?: number;
};

export type Marker = 'circle' | 'square' | 'triangle' | 'diamond';

export type Point = { x: number; y: number };

export type Series = {
  label: string;
  points: readonly Point[];
  color: string;
  /** Connect the points with a line (default true); false draws markers only (anchor points). */
  line?: boolean;
  dashed?: boolean;
  marker?: Marker;
  /** Hollow markers: used for the Airtnt prototype's figures, filled ones for ours. */
  hollow?: boolean;
};

/** A horizontal line across the frame, for figures given without an x (e.g. "about 10.7 s in total"). */
export type ReferenceLine = { label: string; y: number; color: string };

export type PlotSpec = {
  title: string;
  subtitle?: string;
  x: AxisSpec;
  y: AxisSpec;
  series: readonly Series[];
  references?: readonly ReferenceLine[];
  width?: number;
  height?: number;
};

/** Okabe-Ito palette: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;

const MARGIN = { left: 78, right: 230, top: 56, bottom: 58 };

type Frame = { left: number; top: number; width: number; height: number };
type Scale = { project: (value: number) => number; ticks: Tick[]; domain: [number, number] };
type Tick = { value: number; label: string; major: boolean };

/** Renders the plot as a standalone SVG document. */
export function renderSvg(spec: PlotSpec): string {
  const width = spec.width ?? 760;
  const height = spec.height ?? 440;
  const frame: Frame = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: width - MARGIN.left - MARGIN.right,
    height: height - MARGIN.top - MARGIN.bottom,
  };
  const xs = spec.series.flatMap((s) => s.points.map((p) => p.x));
  const ys = [...spec.series.flatMap((s) => s.points.map((p) => p.y)), ...(spec.references ?? []).map((r) => r.y)];
  const xScale = makeScale(spec.x, xs, [frame.left, frame.left + frame.width]);
  const yScale = makeScale(spec.y, ys, [frame.top + frame.height, frame.top]);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<title>${escapeXml(spec.title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${frame.left}" y="22" font-size="15" font-weight="bold">${escapeXml(spec.title)}</text>`,
  ];
  if (spec.subtitle) parts.push(`<text x="${frame.left}" y="40" fill="#555555">${escapeXml(spec.subtitle)}</text>`);
  parts.push(...renderGrid(frame, xScale, yScale), ...renderAxes(frame, spec, xScale, yScale));
  for (const reference of spec.references ?? []) parts.push(renderReference(frame, yScale, reference));
  for (const series of spec.series) parts.push(...renderSeries(series, xScale, yScale, spec));
  parts.push(renderLegend(frame, spec));
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function makeScale(axis: AxisSpec, data: readonly number[], range: [number, number]): Scale {
  const usable = data.filter((v) => Number.isFinite(v) && (axis.scale === 'linear' || v > 0));
  let low = axis.min ?? (usable.length > 0 ? Math.min(...usable) : axis.scale === 'log' ? 1 : 0);
  let high = axis.max ?? (usable.length > 0 ? Math.max(...usable) : axis.scale === 'log' ? 10 : 1);
  if (axis.scale === 'log') {
    if (!(low > 0 && high > 0)) {
      throw new AirtntError('PLOT_BAD_LOG_DOMAIN', `a log axis needs a positive domain, got [${low}, ${high}]`, {
        details: { axis: axis.label, low, high },
      });
    }
    if (axis.min === undefined) low = 10 ** Math.floor(Math.log10(low));
    if (axis.max === undefined) high = 10 ** Math.ceil(Math.log10(high));
    if (high <= low) high = low * 10;
    const [lo, hi] = [Math.log10(low), Math.log10(high)];
    const project = (value: number): number => range[0] + ((Math.log10(value) - lo) / (hi - lo)) * (range[1] - range[0]);
    return { project, ticks: logTicks(low, high), domain: [low, high] };
  }
  if (axis.min === undefined && low > 0 && low < high * 0.5) low = 0; // counts and times read best from zero
  if (high <= low) high = low + (low === 0 ? 1 : Math.abs(low));
  const ticks = linearTicks(low, high);
  if (axis.min === undefined) low = Math.min(low, ticks[0]!.value);
  if (axis.max === undefined) high = Math.max(high, ticks[ticks.length - 1]!.value);
  const project = (value: number): number => range[0] + ((value - low) / (high - low)) * (range[1] - range[0]);
  return { project, ticks: ticks.filter((t) => t.value >= low && t.value <= high), domain: [low, high] };
}

/** "Nice" linear ticks (steps of 1, 2 or 5 times a power of ten) covering [min, max]. */
export function linearTicks(min: number, max: number, target = 6): Tick[] {
  if (!(Number.isFinite(min) && Number.isFinite(max) && max > min)) {
    throw new AirtntError('PLOT_BAD_DOMAIN', `linear ticks need min < max, got [${min}, ${max}]`);
  }
  const rough = (max - min) / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough * (1 - 1e-9)) ?? 10 * power;
  // Tick indices rather than accumulated sums, so 0.1 + 0.2 rounding never shifts a tick.
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  const ticks: Tick[] = [];
  for (let index = first; index <= last; index++) {
    const clean = Number((index * step).toPrecision(12));
    ticks.push({ value: clean, label: formatNumber(clean), major: true });
  }
  return ticks;
}

/**
 * Log ticks: a labelled major tick at every power of ten in [min, max], unlabelled minor ticks at
 * 2..9 times it; when the domain spans at most two decades, 2 and 5 are labelled as well.
 */
export function logTicks(min: number, max: number): Tick[] {
  if (!(min > 0 && max > min)) {
    throw new AirtntError('PLOT_BAD_LOG_DOMAIN', `log ticks need 0 < min < max, got [${min}, ${max}]`);
  }
  const fewDecades = Math.log10(max / min) <= 2 + 1e-9;
  const ticks: Tick[] = [];
  for (let exponent = Math.floor(Math.log10(min)); exponent <= Math.ceil(Math.log10(max)); exponent++) {
    for (let mantissa = 1; mantissa <= 9; mantissa++) {
      const value = Number((mantissa * 10 ** exponent).toPrecision(12));
      if (value < min * (1 - 1e-9) || value > max * (1 + 1e-9)) continue;
      const major = mantissa === 1;
      const labelled = major || (fewDecades && (mantissa === 2 || mantissa === 5));
      ticks.push({ value, label: labelled ? formatNumber(value) : '', major });
    }
  }
  return ticks;
}

/** 1500 -> "1.5k", 2000000 -> "2M", 0.05 -> "0.05". */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  const units: [number, string][] = [
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (magnitude >= size) return `${Number((value / size).toPrecision(3))}${suffix}`;
  }
  return `${Number(value.toPrecision(3))}`;
}

function renderGrid(frame: Frame, xScale: Scale, yScale: Scale): string[] {
  const lines: string[] = [];
  for (const tick of xScale.ticks) {
    const x = fixed(xScale.project(tick.value));
    lines.push(`<line x1="${x}" y1="${frame.top}" x2="${x}" y2="${frame.top + frame.height}" stroke="${tick.major ? '#dddddd' : '#f0f0f0'}"/>`);
  }
  for (const tick of yScale.ticks) {
    const y = fixed(yScale.project(tick.value));
    lines.push(`<line x1="${frame.left}" y1="${y}" x2="${frame.left + frame.width}" y2="${y}" stroke="${tick.major ? '#dddddd' : '#f0f0f0'}"/>`);
  }
  return lines;
}

function renderAxes(frame: Frame, spec: PlotSpec, xScale: Scale, yScale: Scale): string[] {
  const bottom = frame.top + frame.height;
  const out = [
    `<rect class="frame" x="${frame.left}" y="${frame.top}" width="${frame.width}" height="${frame.height}" fill="none" stroke="#333333"/>`,
  ];
  for (const tick of xScale.ticks) {
    const x = fixed(xScale.project(tick.value));
    out.push(`<line x1="${x}" y1="${bottom}" x2="${x}" y2="${bottom + (tick.major ? 6 : 3)}" stroke="#333333"/>`);
    if (tick.label) out.push(`<text class="tick" x="${x}" y="${bottom + 19}" text-anchor="middle">${escapeXml(tick.label)}</text>`);
  }
  for (const tick of yScale.ticks) {
    const y = fixed(yScale.project(tick.value));
    out.push(`<line x1="${frame.left - (tick.major ? 6 : 3)}" y1="${y}" x2="${frame.left}" y2="${y}" stroke="#333333"/>`);
    if (tick.label) out.push(`<text class="tick" x="${frame.left - 9}" y="${fixed(y + 4)}" text-anchor="end">${escapeXml(tick.label)}</text>`);
  }
  const xLabel = spec.x.label + (spec.x.scale === 'log' ? ' (log)' : '');
  const yLabel = spec.y.label + (spec.y.scale === 'log' ? ' (log)' : '');
  const middleY = frame.top + frame.height / 2;
  out.push(`<text x="${frame.left + frame.width / 2}" y="${bottom + 42}" text-anchor="middle">${escapeXml(xLabel)}</text>`);
  out.push(`<text x="18" y="${middleY}" text-anchor="middle" transform="rotate(-90 18 ${middleY})">${escapeXml(yLabel)}</text>`);
  return out;
}

function renderReference(frame: Frame, yScale: Scale, reference: ReferenceLine): string {
  const y = fixed(yScale.project(reference.y));
  return `<line class="reference" x1="${frame.left}" y1="${y}" x2="${frame.left + frame.width}" y2="${y}" stroke="${reference.color}" stroke-dasharray="2 4" stroke-width="1.5"/>`;
}

function renderSeries(series: Series, xScale: Scale, yScale: Scale, spec: PlotSpec): string[] {
  const visible = series.points
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .filter((p) => (spec.x.scale === 'linear' || p.x > 0) && (spec.y.scale === 'linear' || p.y > 0))
    .filter((p) => inDomain(p.x, xScale) && inDomain(p.y, yScale))
    .map((p) => ({ x: fixed(xScale.project(p.x)), y: fixed(yScale.project(p.y)) }));
  const out: string[] = [];
  if ((series.line ?? true) && visible.length > 1) {
    const path = visible.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
    const dash = series.dashed ? ' stroke-dasharray="6 4"' : '';
    out.push(`<path d="${path}" fill="none" stroke="${series.color}" stroke-width="1.8"${dash}/>`);
  }
  for (const p of visible) out.push(renderMarker(series, p.x, p.y));
  return out;
}

function renderMarker(series: Series, x: number, y: number, size = 4): string {
  const fill = series.hollow ? '#ffffff' : series.color;
  const common = `class="point" fill="${fill}" stroke="${series.color}" stroke-width="1.5"`;
  switch (series.marker ?? 'circle') {
    case 'circle':
      return `<circle ${common} cx="${x}" cy="${y}" r="${size}"/>`;
    case 'square':
      return `<rect ${common} x="${fixed(x - size)}" y="${fixed(y - size)}" width="${size * 2}" height="${size * 2}"/>`;
    case 'triangle':
      return `<polygon ${common} points="${x},${fixed(y - size - 1)} ${fixed(x - size - 1)},${fixed(y + size)} ${fixed(x + size + 1)},${fixed(y + size)}"/>`;
    case 'diamond':
      return `<polygon ${common} points="${x},${fixed(y - size - 1)} ${fixed(x + size + 1)},${y} ${x},${fixed(y + size + 1)} ${fixed(x - size - 1)},${y}"/>`;
  }
}

function renderLegend(frame: Frame, spec: PlotSpec): string {
  const left = frame.left + frame.width + 16;
  const rows: string[] = [];
  let y = frame.top + 8;
  for (const series of spec.series) {
    const dash = series.dashed ? ' stroke-dasharray="6 4"' : '';
    if (series.line ?? true) rows.push(`<line x1="${left}" y1="${y}" x2="${left + 24}" y2="${y}" stroke="${series.color}" stroke-width="1.8"${dash}/>`);
    rows.push(renderMarker(series, left + 12, y).replace('class="point"', 'class="legend-marker"'));
    rows.push(...wrapText(series.label, 28).map((line, i) => `<text x="${left + 32}" y="${y + 4 + i * 14}">${escapeXml(line)}</text>`));
    y += 14 * wrapText(series.label, 28).length + 8;
  }
  for (const reference of spec.references ?? []) {
    rows.push(`<line x1="${left}" y1="${y}" x2="${left + 24}" y2="${y}" stroke="${reference.color}" stroke-dasharray="2 4" stroke-width="1.5"/>`);
    rows.push(...wrapText(reference.label, 28).map((line, i) => `<text x="${left + 32}" y="${y + 4 + i * 14}">${escapeXml(line)}</text>`));
    y += 14 * wrapText(reference.label, 28).length + 8;
  }
  return `<g class="legend">\n${rows.join('\n')}\n</g>`;
}

function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

function inDomain(value: number, scale: Scale): boolean {
  const [low, high] = scale.domain;
  const slack = (high - low) * 1e-9;
  return value >= low - slack && value <= high + slack;
}

function fixed(value: number): number {
  return Math.round(value * 100) / 100;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
