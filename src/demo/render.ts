/** Text rendering for the demo: a Game of Life grid in half-block characters, two rows per line. */
import type { LifePattern } from '../functions/life.js';

export function drawGrid(pattern: LifePattern): string {
  const alive = (x: number, y: number) => y < pattern.height && pattern.cells[y * pattern.width + x] === 1;
  const lines: string[] = [`+${'-'.repeat(pattern.width)}+`];
  for (let y = 0; y < pattern.height; y += 2) {
    let line = '|';
    for (let x = 0; x < pattern.width; x++) {
      const top = alive(x, y);
      const bottom = alive(x, y + 1);
      line += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ';
    }
    lines.push(`${line}|`);
  }
  lines.push(lines[0]!);
  return lines.join('\n');
}

/** Wei as ETH with up to 9 decimals, for people. */
export function formatEth(wei: bigint): string {
  const whole = wei / 10n ** 18n;
  const fraction = (wei % 10n ** 18n).toString().padStart(18, '0').slice(0, 9).replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''} ETH`;
}
