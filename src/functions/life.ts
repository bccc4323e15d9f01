/**
 * Host helpers of the Game of Life function: patterns in RLE and plaintext `.cells` (LifeWiki
 * formats), the function's state layout (docs/functions.md, "life"), and a plain TypeScript
 * reference generation used to cross-check the WebAssembly module.
 */
import { AirtntError, type AirtntErrorCode } from '../util/errors.js';

/** A rectangle of cells, row-major, 1 = alive, 0 = dead. */
export type LifePattern = { width: number; height: number; cells: Uint8Array };

export const LIFE_HEADER_BYTES = 8;
/** Largest pattern or grid the helpers accept (cells), so a hostile header cannot make us allocate much. */
export const LIFE_MAX_CELLS = 1 << 26;
/** Largest side the module accepts (functions/life/assembly/index.ts, MAX_SIDE). */
export const LIFE_MAX_SIDE = 1 << 20;
/** Largest pattern text we parse. */
export const LIFE_MAX_TEXT_CHARS = 16 << 20;

function checkDimensions(width: number, height: number, code: AirtntErrorCode = 'INVALID_PATTERN'): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new AirtntError(code, 'width and height must be positive integers', { details: { width, height } });
  }
  if (width * height > LIFE_MAX_CELLS || width > LIFE_MAX_SIDE || height > LIFE_MAX_SIDE) {
    throw new AirtntError('PATTERN_TOO_LARGE', `a grid may have at most ${LIFE_MAX_CELLS} cells and ${LIFE_MAX_SIDE} per side`, {
      details: { width, height },
    });
  }
}

export function emptyPattern(width: number, height: number): LifePattern {
  checkDimensions(width, height);
  return { width, height, cells: new Uint8Array(width * height) };
}

function checkText(text: string): void {
  if (typeof text !== 'string') throw new AirtntError('INVALID_PATTERN', 'a pattern must be text');
  if (text.length > LIFE_MAX_TEXT_CHARS) {
    throw new AirtntError('PATTERN_TOO_LARGE', 'the pattern text is too long', {
      details: { chars: text.length, max: LIFE_MAX_TEXT_CHARS },
    });
  }
}

const B3S23 = /^(b3\/s23|23\/3)$/i;
const RLE_HEADER = /^x\s*=\s*(\d+)\s*,\s*y\s*=\s*(\d+)\s*(?:,\s*rule\s*=\s*(\S+)\s*)?$/i;

/** Parses LifeWiki RLE: `#` comment lines, `x = W, y = H[, rule = B3/S23]`, runs of b/o/$ ended by `!`. */
export function parseRle(text: string): LifePattern {
  checkText(text);
  const lines = text.split(/\r?\n/);
  let index = 0;
  while (index < lines.length && (lines[index]!.startsWith('#') || lines[index]!.trim() === '')) index++;
  const header = RLE_HEADER.exec((lines[index] ?? '').trim());
  if (!header) {
    throw new AirtntError('INVALID_PATTERN', 'RLE must start with a header line `x = W, y = H, rule = B3/S23`', {
      details: { line: index + 1, got: (lines[index] ?? '').slice(0, 80) },
    });
  }
  const rule = header[3];
  if (rule !== undefined && !B3S23.test(rule)) {
    throw new AirtntError('UNSUPPORTED_RULE', `only Conway's rule B3/S23 is supported, got ${rule}`, { details: { rule } });
  }
  const pattern = emptyPattern(Number(header[1]), Number(header[2]));
  const body = lines.slice(index + 1).filter((line) => !line.startsWith('#')).join('');
  let x = 0;
  let y = 0;
  let count = '';
  for (const char of body) {
    if (char >= '0' && char <= '9') {
      count += char;
      if (count.length > 9) throw new AirtntError('INVALID_PATTERN', 'RLE run count too long', { details: { count } });
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') continue;
    const run = count === '' ? 1 : Number(count);
    count = '';
    if (char === '!') return pattern;
    if (char === '$') {
      y += run;
      x = 0;
    } else if (char === 'b' || char === 'o') {
      if (y >= pattern.height || x + run > pattern.width) {
        throw new AirtntError('INVALID_PATTERN', 'RLE cells fall outside the x, y of its header', {
          details: { x, y, run, width: pattern.width, height: pattern.height },
        });
      }
      if (char === 'o') pattern.cells.fill(1, y * pattern.width + x, y * pattern.width + x + run);
      x += run;
    } else {
      throw new AirtntError('INVALID_PATTERN', `unexpected character "${char}" in RLE (two-state b/o only)`, {
        details: { char },
      });
    }
  }
  throw new AirtntError('INVALID_PATTERN', 'RLE pattern does not end with "!"');
}

/** Writes LifeWiki RLE with the whole rectangle in the header, lines of at most 70 characters. */
export function writeRle(pattern: LifePattern, options: { name?: string } = {}): string {
  const { width, height, cells } = pattern;
  const tokens: string[] = [];
  const push = (run: number, tag: string) => tokens.push(run === 1 ? tag : `${run}${tag}`);
  let pendingRows = 0;
  for (let y = 0; y < height; y++) {
    const row = cells.subarray(y * width, (y + 1) * width);
    const end = row.lastIndexOf(1) + 1;
    if (end === 0) {
      pendingRows++;
      continue;
    }
    if (tokens.length > 0 || pendingRows > 0) push(pendingRows + (tokens.length > 0 ? 1 : 0), '$');
    pendingRows = 0;
    for (let x = 0; x < end; ) {
      const value = row[x]!;
      let run = 1;
      while (x + run < end && row[x + run] === value) run++;
      push(run, value === 1 ? 'o' : 'b');
      x += run;
    }
  }
  tokens.push('!');
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line.length + token.length > 70) {
      lines.push(line);
      line = '';
    }
    line += token;
  }
  lines.push(line);
  const comments = options.name ? [`#N ${options.name}`] : [];
  return [...comments, `x = ${width}, y = ${height}, rule = B3/S23`, ...lines, ''].join('\n');
}

/** Parses plaintext `.cells`: `!` comment lines, then one line per row, `O` alive and `.` dead. */
export function parseCells(text: string): LifePattern {
  checkText(text);
  const rows = text.split(/\r?\n/).filter((line) => !line.startsWith('!'));
  while (rows.length > 0 && rows[rows.length - 1]!.trim() === '') rows.pop();
  const width = Math.max(0, ...rows.map((row) => row.trimEnd().length));
  if (rows.length === 0 || width === 0) throw new AirtntError('INVALID_PATTERN', 'the .cells pattern has no cells');
  const pattern = emptyPattern(width, rows.length);
  rows.forEach((row, y) => {
    for (let x = 0; x < row.trimEnd().length; x++) {
      const char = row[x];
      if (char === 'O' || char === '*') pattern.cells[y * width + x] = 1;
      else if (char !== '.' && char !== ' ') {
        throw new AirtntError('INVALID_PATTERN', `unexpected character "${char}" in .cells (O and . only)`, {
          details: { line: y + 1, column: x + 1 },
        });
      }
    }
  });
  return pattern;
}

/** Writes plaintext `.cells`, every row padded to the full width so the rectangle survives a round trip. */
export function writeCells(pattern: LifePattern, options: { name?: string } = {}): string {
  const lines = options.name ? [`!Name: ${options.name}`] : [];
  for (let y = 0; y < pattern.height; y++) {
    const row = pattern.cells.subarray(y * pattern.width, (y + 1) * pattern.width);
    lines.push(Array.from(row, (cell) => (cell ? 'O' : '.')).join(''));
  }
  return `${lines.join('\n')}\n`;
}

/** Parses a pattern by file name: `.cells` is plaintext, anything else RLE. */
export function parsePatternFile(fileName: string, text: string): LifePattern {
  return fileName.toLowerCase().endsWith('.cells') ? parseCells(text) : parseRle(text);
}

export function writePatternFile(fileName: string, pattern: LifePattern): string {
  return fileName.toLowerCase().endsWith('.cells') ? writeCells(pattern) : writeRle(pattern);
}

/** A width x height grid holding `pattern` with its top-left cell at (x, y). */
export function placePattern(pattern: LifePattern, width: number, height: number, x: number, y: number): LifePattern {
  const grid = emptyPattern(width, height);
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x + pattern.width > width || y + pattern.height > height) {
    throw new AirtntError('PATTERN_TOO_LARGE', 'the pattern does not fit in the grid at this position', {
      details: { x, y, patternWidth: pattern.width, patternHeight: pattern.height, width, height },
    });
  }
  for (let row = 0; row < pattern.height; row++) {
    grid.cells.set(pattern.cells.subarray(row * pattern.width, (row + 1) * pattern.width), (y + row) * width + x);
  }
  return grid;
}

/**
 * The function's state for a width x height grid holding `pattern` with its top-left cell at (0, 0):
 * u32 LE width, u32 LE height, then rows of ceil(width / 8) bytes, cell x at bit x % 8 of byte x / 8.
 */
export function encodeLifeState(width: number, height: number, pattern: LifePattern): Uint8Array {
  checkDimensions(width, height, 'INVALID_ARGUMENT');
  if (pattern.width > width || pattern.height > height) {
    throw new AirtntError('PATTERN_TOO_LARGE', 'the pattern does not fit in the grid', {
      details: { patternWidth: pattern.width, patternHeight: pattern.height, width, height },
    });
  }
  const rowBytes = Math.ceil(width / 8);
  const state = new Uint8Array(LIFE_HEADER_BYTES + height * rowBytes);
  const view = new DataView(state.buffer);
  view.setUint32(0, width, true);
  view.setUint32(4, height, true);
  for (let y = 0; y < pattern.height; y++) {
    for (let x = 0; x < pattern.width; x++) {
      if (pattern.cells[y * pattern.width + x]) state[LIFE_HEADER_BYTES + y * rowBytes + (x >> 3)]! |= 1 << (x & 7);
    }
  }
  return state;
}

/** Checks a state's header, length and zero padding bits; returns its width, height and row size. */
export function checkLifeState(state: Uint8Array): { width: number; height: number; rowBytes: number } {
  const fail = (what: string, details: Record<string, unknown> = {}): never => {
    throw new AirtntError('INVALID_LIFE_STATE', `not a Game of Life state: ${what}`, { details });
  };
  if (!(state instanceof Uint8Array) || state.length < LIFE_HEADER_BYTES) fail('shorter than its 8-byte header');
  const view = new DataView(state.buffer, state.byteOffset, state.byteLength);
  const width = view.getUint32(0, true);
  const height = view.getUint32(4, true);
  if (width < 1 || height < 1 || width > LIFE_MAX_SIDE || height > LIFE_MAX_SIDE || width * height > LIFE_MAX_CELLS) {
    fail('bad width or height', { width, height });
  }
  const rowBytes = Math.ceil(width / 8);
  if (state.length !== LIFE_HEADER_BYTES + height * rowBytes) {
    fail('length is not 8 + height * ceil(width / 8)', { length: state.length, width, height });
  }
  const padding = (0xff << (width & 7)) & 0xff;
  if (width & 7) {
    for (let y = 0; y < height; y++) {
      if (state[LIFE_HEADER_BYTES + y * rowBytes + rowBytes - 1]! & padding) fail('padding bits are not 0', { row: y });
    }
  }
  return { width, height, rowBytes };
}

export function decodeLifeState(state: Uint8Array): LifePattern {
  const { width, height, rowBytes } = checkLifeState(state);
  const cells = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      cells[y * width + x] = (state[LIFE_HEADER_BYTES + y * rowBytes + (x >> 3)]! >> (x & 7)) & 1;
    }
  }
  return { width, height, cells };
}

/** One B3/S23 generation, cell by cell, outside cells dead: the reference the module is checked against. */
export function lifeStepReference(pattern: LifePattern): LifePattern {
  const { width, height, cells } = pattern;
  const next = new Uint8Array(width * height);
  const alive = (x: number, y: number) => (x >= 0 && x < width && y >= 0 && y < height ? cells[y * width + x]! : 0);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let neighbours = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) if (dx !== 0 || dy !== 0) neighbours += alive(x + dx, y + dy);
      }
      next[y * width + x] = neighbours === 3 || (neighbours === 2 && cells[y * width + x]) ? 1 : 0;
    }
  }
  return { width, height, cells: next };
}

/** Up to `generations` reference generations, stopping (like the module) at a fixed point. */
export function lifeRunReference(pattern: LifePattern, generations: number): { pattern: LifePattern; cyclesDone: number } {
  let current = pattern;
  for (let done = 0; done < generations; done++) {
    const next = lifeStepReference(current);
    if (next.cells.every((cell, i) => cell === current.cells[i])) return { pattern: current, cyclesDone: done };
    current = next;
  }
  return { pattern: current, cyclesDone: generations };
}
