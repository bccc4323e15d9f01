import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatNumber, linearTicks, logTicks, renderSvg, type PlotSpec } from './plot.js';

/**
 * Minimal XML well-formedness check (no parser among our dependencies): every tag is balanced,
 * attributes are quoted, and text holds no raw '<' or unescaped '&'.
 */
function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:lt|gt|amp|quot|apos);)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(xml)) !== null) {
    if (match[2] === undefined) assert.fail(`stray "${match[0]}" at ${match.index}: ${xml.slice(match.index, match.index + 60)}`);
    const [, closing, name, , selfClosing] = match;
    if (closing) assert.equal(stack.pop(), name, `unbalanced </${name}> at ${match.index}`);
    else if (!selfClosing) stack.push(name!);
  }
  assert.deepEqual(stack, [], 'unclosed tags');
}

function numbersOf(svg: string, pattern: RegExp): number[][] {
  return [...svg.matchAll(pattern)].map((m) => m.slice(1).map(Number));
}

const frameOf = (svg: string) => {
  const [x, y, width, height] = numbersOf(svg, /class="frame" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)[0]!;
  return { x: x!, y: y!, width: width!, height: height! };
};

const semiLog: PlotSpec = {
  title: 'Latency <ms> & "quotes"',
  subtitle: 'semi-log',
  x: { label: 'cycles per round', scale: 'linear' },
  y: { label: 'latency [ms]', scale: 'log' },
  series: [
    { label: 'ours 50x50', color: '#0072B2', points: [10, 20, 50, 100, 200, 500, 990].map((x) => ({ x, y: 2000 / x + 3 })) },
    { label: 'Airtnt 50x50', color: '#0072B2', line: false, hollow: true, marker: 'square', points: [{ x: 10, y: 3390 }, { x: 200, y: 332 }] },
    { label: 'zero is skipped on log', color: '#D55E00', marker: 'triangle', points: [{ x: 10, y: 0 }, { x: 20, y: 5 }] },
  ],
  references: [{ label: 'Airtnt OCR total', y: 10_700, color: '#999999' }],
};

describe('plot', () => {
  it('renders well-formed SVG and escapes labels', () => {
    const svg = renderSvg(semiLog);
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    assertWellFormedXml(svg);
    assert.match(svg, /Latency &lt;ms&gt; &amp; &quot;quotes&quot;/);
    assert.doesNotMatch(svg, /NaN|Infinity|undefined/);
  });

  it('draws every finite point inside the frame, and drops y = 0 on a log axis', () => {
    const svg = renderSvg(semiLog);
    const frame = frameOf(svg);
    const circles = numbersOf(svg, /class="point"[^>]*cx="([\d.]+)" cy="([\d.]+)"/g);
    const squares = numbersOf(svg, /class="point"[^>]*x="([\d.]+)" y="([\d.]+)" width="8"/g).map(([x, y]) => [x! + 4, y! + 4]);
    const triangles = numbersOf(svg, /class="point"[^>]*points="([\d.]+),([\d.]+) /g).map(([x, y]) => [x!, y! + 5]);
    assert.equal(circles.length, 7);
    assert.equal(squares.length, 2);
    assert.equal(triangles.length, 1, 'the y = 0 point must not be drawn on a log axis');
    for (const [x, y] of [...circles, ...squares, ...triangles]) {
      assert.ok(x! >= frame.x && x! <= frame.x + frame.width, `x=${x} outside the frame`);
      assert.ok(y! >= frame.y && y! <= frame.y + frame.height, `y=${y} outside the frame`);
    }
  });

  it('places a larger y higher on both linear and log axes', () => {
    for (const scale of ['linear', 'log'] as const) {
      const svg = renderSvg({
        title: scale,
        x: { label: 'x', scale: 'linear' },
        y: { label: 'y', scale },
        series: [{ label: 's', color: '#000000', points: [{ x: 1, y: 2 }, { x: 2, y: 300 }] }],
      });
      const [[, lowY], [, highY]] = numbersOf(svg, /class="point"[^>]*cx="([\d.]+)" cy="([\d.]+)"/g) as [number[], number[]];
      assert.ok(highY! < lowY!, `${scale}: 300 should be drawn above 2`);
    }
  });

  it('labels the decades of a log axis and puts minor ticks between them', () => {
    const ticks = logTicks(1, 10_000);
    assert.deepEqual(ticks.filter((t) => t.label !== '').map((t) => t.value), [1, 10, 100, 1000, 10_000]);
    assert.equal(ticks.filter((t) => !t.major).length, 4 * 8);
    assert.deepEqual(ticks.filter((t) => t.major).map((t) => t.label), ['1', '10', '100', '1k', '10k']);
    const narrow = logTicks(10, 1000).filter((t) => t.label !== '').map((t) => t.value);
    assert.deepEqual(narrow, [10, 20, 50, 100, 200, 500, 1000]);
    assert.throws(() => logTicks(0, 10), { code: 'PLOT_BAD_LOG_DOMAIN' });
  });

  it('extends a log axis to whole decades around the data', () => {
    const svg = renderSvg(semiLog);
    const yLabels = [...svg.matchAll(/class="tick" x="[\d.]+" y="[\d.]+" text-anchor="end">([^<]+)</g)].map((m) => m[1]);
    assert.equal(yLabels[0], '1', 'lowest decade at or below the smallest value (5)');
    assert.equal(yLabels.at(-1), '100k', 'highest decade at or above the largest value (10,700)');
  });

  it('chooses nice linear steps that cover the domain', () => {
    const ticks = linearTicks(0, 990).map((t) => t.value);
    assert.deepEqual(ticks, [0, 200, 400, 600, 800, 1000]);
    const small = linearTicks(0.3, 0.9).map((t) => t.value);
    assert.deepEqual(small, [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
    assert.throws(() => linearTicks(5, 5), { code: 'PLOT_BAD_DOMAIN' });
  });

  it('formats numbers with SI suffixes', () => {
    assert.equal(formatNumber(1500), '1.5k');
    assert.equal(formatNumber(2_000_000), '2M');
    assert.equal(formatNumber(0.05), '0.05');
    assert.equal(formatNumber(27_109), '27.1k');
  });
});
