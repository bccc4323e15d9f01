/**
 * OCR of printed text (a pure program: each cycle reads one image and outputs its text).
 *
 * State (docs/functions.md, "ocr"): u32 LE count, then `count` images, each u16 LE width, u16 LE
 * height (1..256 each) and width * height grey bytes, row-major, 0 = black, 255 = white. One cycle
 * pops the first image and outputs one message: the recognised text (ASCII, lines joined by "\n").
 * d < cycles when the queue ran empty.
 *
 * Recognition: the text is monospaced in the airtnt font (src/functions/ocr-font.ts, shared with
 * the image generator) at an unknown offset. With a threshold m halfway between ink and paper, each
 * pixel scores z = 2m - 2x (positive on ink). Matching a glyph to a cell under Gaussian noise is a
 * least-squares fit whose glyph-dependent part is the sum of z over the glyph's ink pixels (blank
 * scores 0), so the grid offset is the one that maximises the sum over cells of the best glyph
 * score, and each cell then reads as its best glyph (or a space). Integer arithmetic only.
 */
import {
  OCR_FONT_BITMAPS,
  OCR_FONT_CHARS,
  OCR_FONT_GLYPHS_PER_BLOCK,
  OCR_FONT_GLYPH_HEIGHT,
  OCR_FONT_GLYPH_WIDTH,
  OCR_FONT_PITCH_X,
  OCR_FONT_PITCH_Y,
} from '../../../src/functions/ocr-font';
import { beginOutputs, emitMessage, invalidState, reserve, setState, takeInput } from '../../shared/assembly/abi';

export {
  airtnt_abi_v1,
  input_buffer,
  output_len,
  output_ptr,
  state_len,
  state_ptr,
} from '../../shared/assembly/abi';

const QUEUE_HEADER_BYTES: u32 = 4;
const IMAGE_HEADER_BYTES: u32 = 4;
const MAX_SIDE: u32 = 256;
/** Below this many grey levels between ink and paper the image is taken as blank (noise only). */
const MIN_CONTRAST: i32 = 64;
const GLYPH_PIXELS: i32 = OCR_FONT_GLYPH_WIDTH * OCR_FONT_GLYPH_HEIGHT;
const CHAR_SPACE: u8 = 0x20;
const CHAR_NEWLINE: u8 = 0x0a;

/** Per glyph: ink count (u32) at glyphCounts[g]; ink pixels as u8 (dx, dy) pairs at glyphPixels[g * 2 * GLYPH_PIXELS]. */
let glyphCount: i32 = 0;
let glyphCounts: usize = 0;
let glyphPixels: usize = 0;
/** Scratch, sized for the largest image of the queue. */
let histogram: usize = 0;
let scores: usize = 0;
let glyphOffsets: usize = 0;
let cellChars: usize = 0;
let text: usize = 0;

export function run(len: u32, cycles: u32): u32 {
  const input = takeInput(len);
  const count = checkQueue(input, len);
  setState(input, len);
  if (cycles == 0) return 0;
  loadFont();
  reserveScratch(input, count);
  beginOutputs();

  let image = input + QUEUE_HEADER_BYTES;
  const done = count < cycles ? count : cycles;
  for (let i: u32 = 0; i < done; i++) {
    const width = <i32>load<u16>(image);
    const height = <i32>load<u16>(image, 2);
    const textLength = recognise(image + IMAGE_HEADER_BYTES, width, height);
    emitMessage(text, textLength);
    image += IMAGE_HEADER_BYTES + <usize>(width * height);
  }
  // The remaining queue is the input's tail; its new count goes in the 4 bytes just before it.
  const rest = image - QUEUE_HEADER_BYTES;
  store<u32>(rest, count - done);
  setState(rest, <usize>len - (rest - input));
  return done;
}

/** Validates the whole queue (whatever the cycle budget) and returns its image count. */
function checkQueue(input: usize, len: u32): u32 {
  if (len < QUEUE_HEADER_BYTES) invalidState('shorter than the 4-byte queue header');
  const count = load<u32>(input);
  let offset: u64 = QUEUE_HEADER_BYTES;
  for (let i: u32 = 0; i < count; i++) {
    if (offset + IMAGE_HEADER_BYTES > <u64>len) invalidState('an image header runs past the end');
    const width = <u32>load<u16>(input + <usize>offset);
    const height = <u32>load<u16>(input + <usize>offset, 2);
    if (width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE) {
      invalidState('image width and height must be in 1..256');
    }
    offset += IMAGE_HEADER_BYTES + <u64>width * <u64>height;
    if (offset > <u64>len) invalidState('image pixels run past the end');
  }
  if (offset != <u64>len) invalidState('bytes left after the last image');
  return count;
}

/** Parses the shared font table (layout in ocr-font.ts) into ink pixel lists. */
function loadFont(): void {
  glyphCount = OCR_FONT_CHARS.length;
  glyphCounts = reserve(<u64>glyphCount * 4);
  glyphPixels = reserve(<u64>glyphCount * 2 * GLYPH_PIXELS);
  const perBlock = OCR_FONT_GLYPHS_PER_BLOCK * GLYPH_PIXELS;
  const perRow = OCR_FONT_GLYPHS_PER_BLOCK * OCR_FONT_GLYPH_WIDTH;
  let k = 0;
  for (let i = 0; i < OCR_FONT_BITMAPS.length; i++) {
    const code = OCR_FONT_BITMAPS.charCodeAt(i);
    if (code != 0x23 && code != 0x2e) continue; // '#' or '.'
    const glyph = (k / perBlock) * OCR_FONT_GLYPHS_PER_BLOCK + (k / OCR_FONT_GLYPH_WIDTH) % OCR_FONT_GLYPHS_PER_BLOCK;
    const row = (k / perRow) % OCR_FONT_GLYPH_HEIGHT;
    const column = k % OCR_FONT_GLYPH_WIDTH;
    k++;
    if (code != 0x23 || glyph >= glyphCount) continue;
    const countAt = glyphCounts + <usize>glyph * 4;
    const n = load<u32>(countAt);
    const at = glyphPixels + <usize>(glyph * 2 * GLYPH_PIXELS) + <usize>n * 2;
    store<u8>(at, <u8>column);
    store<u8>(at, <u8>row, 1);
    store<u32>(countAt, n + 1);
  }
  if (k != glyphCount * GLYPH_PIXELS) abort('the font table does not match OCR_FONT_CHARS');
}

function reserveScratch(input: usize, count: u32): void {
  let maxPixels: u64 = 0;
  let maxCells: u64 = 0;
  let image = input + QUEUE_HEADER_BYTES;
  for (let i: u32 = 0; i < count; i++) {
    const width = <u64>load<u16>(image);
    const height = <u64>load<u16>(image, 2);
    const cells = (width / OCR_FONT_PITCH_X + 1) * (height / OCR_FONT_PITCH_Y + 1);
    if (width * height > maxPixels) maxPixels = width * height;
    if (cells > maxCells) maxCells = cells;
    image += IMAGE_HEADER_BYTES + <usize>(width * height);
  }
  histogram = reserve(256 * 4);
  scores = reserve(maxPixels * 4);
  glyphOffsets = reserve(<u64>glyphCount * GLYPH_PIXELS * 4);
  cellChars = reserve(maxCells);
  // Text: every cell plus one newline per row of cells.
  text = reserve(maxCells * 2);
}

/** Recognises one image into `text` and returns the text length. */
function recognise(pixels: usize, width: i32, height: i32): usize {
  const threshold2 = doubledThreshold(pixels, width * height);
  if (threshold2 < 0) return 0;
  for (let i = 0; i < width * height; i++) {
    store<i32>(scores + <usize>i * 4, threshold2 - 2 * <i32>load<u8>(pixels + <usize>i));
  }
  for (let g = 0; g < glyphCount; g++) {
    const n = <i32>load<u32>(glyphCounts + <usize>g * 4);
    for (let p = 0; p < n; p++) {
      const at = glyphPixels + <usize>(g * 2 * GLYPH_PIXELS + p * 2);
      const offset = <i32>load<u8>(at, 1) * width + <i32>load<u8>(at);
      store<i32>(glyphOffsets + <usize>(g * GLYPH_PIXELS + p) * 4, offset);
    }
  }
  let bestTotal: i64 = -1;
  let bestX = 0;
  let bestY = 0;
  for (let originY = 0; originY < OCR_FONT_PITCH_Y; originY++) {
    for (let originX = 0; originX < OCR_FONT_PITCH_X; originX++) {
      const total = readGrid(width, height, originX, originY, false);
      if (total > bestTotal) {
        bestTotal = total;
        bestX = originX;
        bestY = originY;
      }
    }
  }
  readGrid(width, height, bestX, bestY, true);
  return layoutText(columnsOf(width, bestX), rowsOf(height, bestY));
}

/**
 * Twice the ink/paper threshold m = (paper + ink) / 2, or -1 when the image shows no ink. Paper is
 * the median (glyphs cover less than half of every cell); the noise sigma comes from the upper
 * quartile (paper only: 0.674 sigma above the median); ink is the mean of the pixels more than
 * about 3 sigma below the paper. Clustering methods (isodata, Otsu) split the paper's own noise
 * when an image holds a single character, so they are not used.
 */
function doubledThreshold(pixels: usize, count: i32): i32 {
  memory.fill(histogram, 0, 256 * 4);
  for (let i = 0; i < count; i++) {
    const at = histogram + <usize>load<u8>(pixels + <usize>i) * 4;
    store<u32>(at, load<u32>(at) + 1);
  }
  const paper = quantile(count, 2);
  const upperQuartile = quantile(count, 3);
  // 3 sigma = 3 / 0.674 quartile spans ~ 4.5 spans; at least 1 so noiseless paper is never ink.
  const spans = (9 * (upperQuartile - paper)) >> 1;
  const cut = paper - (spans > 1 ? spans : 1);
  let inkSum: i64 = 0;
  let inkCount: i64 = 0;
  for (let value = 0; value <= cut; value++) {
    const n = <i64>load<u32>(histogram + <usize>value * 4);
    inkSum += n * value;
    inkCount += n;
  }
  if (inkCount == 0) return -1;
  const ink = <i32>(inkSum / inkCount);
  if (paper - ink < MIN_CONTRAST) return -1;
  return paper + ink;
}

/** The smallest grey level at or below which lie `quarters` / 4 of the pixels. */
function quantile(count: i32, quarters: i32): i32 {
  let seen: i32 = 0;
  for (let value = 0; value < 256; value++) {
    seen += <i32>load<u32>(histogram + <usize>value * 4);
    if (seen * 4 >= count * quarters) return value;
  }
  return 255;
}

@inline
function columnsOf(width: i32, originX: i32): i32 {
  return width - originX < OCR_FONT_GLYPH_WIDTH ? 0 : (width - originX - OCR_FONT_GLYPH_WIDTH) / OCR_FONT_PITCH_X + 1;
}

@inline
function rowsOf(height: i32, originY: i32): i32 {
  return height - originY < OCR_FONT_GLYPH_HEIGHT ? 0 : (height - originY - OCR_FONT_GLYPH_HEIGHT) / OCR_FONT_PITCH_Y + 1;
}

/**
 * Matches every glyph against every cell of the grid at (originX, originY), cells lying wholly
 * inside the image. Returns the sum of the best scores; with `record`, writes each cell's character.
 */
function readGrid(width: i32, height: i32, originX: i32, originY: i32, record: bool): i64 {
  const columns = columnsOf(width, originX);
  const rows = rowsOf(height, originY);
  let total: i64 = 0;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const base = scores + <usize>((originY + row * OCR_FONT_PITCH_Y) * width + originX + column * OCR_FONT_PITCH_X) * 4;
      let best: i32 = 0;
      let bestGlyph = -1;
      for (let g = 0; g < glyphCount; g++) {
        const n = <i32>load<u32>(glyphCounts + <usize>g * 4);
        const offsets = glyphOffsets + <usize>(g * GLYPH_PIXELS) * 4;
        let score: i32 = 0;
        for (let p = 0; p < n; p++) score += load<i32>(base + <usize>load<i32>(offsets + <usize>p * 4) * 4);
        if (score > best) {
          best = score;
          bestGlyph = g;
        }
      }
      total += <i64>best;
      if (record) {
        const char = bestGlyph < 0 ? CHAR_SPACE : <u8>OCR_FONT_CHARS.charCodeAt(bestGlyph);
        store<u8>(cellChars + <usize>(row * columns + column), char);
      }
    }
  }
  return total;
}

/**
 * Writes the cell characters as text: blank rows above and below the text dropped, the left
 * margin common to all lines dropped, trailing spaces of each line dropped.
 */
function layoutText(columns: i32, rows: i32): usize {
  let firstRow = rows;
  let lastRow = -1;
  let margin = columns;
  for (let row = 0; row < rows; row++) {
    const first = firstInk(row, columns);
    if (first < 0) continue;
    if (firstRow == rows) firstRow = row;
    lastRow = row;
    if (first < margin) margin = first;
  }
  let length: usize = 0;
  for (let row = firstRow; row <= lastRow; row++) {
    if (row > firstRow) store<u8>(text + length++, CHAR_NEWLINE);
    let end = columns;
    while (end > margin && load<u8>(cellChars + <usize>(row * columns + end - 1)) == CHAR_SPACE) end--;
    for (let column = margin; column < end; column++) {
      store<u8>(text + length++, load<u8>(cellChars + <usize>(row * columns + column)));
    }
  }
  return length;
}

function firstInk(row: i32, columns: i32): i32 {
  for (let column = 0; column < columns; column++) {
    if (load<u8>(cellChars + <usize>(row * columns + column)) != CHAR_SPACE) return column;
  }
  return -1;
}
