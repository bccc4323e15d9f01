/**
 * Test images for the OCR function: text drawn in the shared airtnt font (ocr-font.ts, the same table
 * the module matches against) at a random offset, with random ink and paper levels and Gaussian
 * noise, from a seeded PRNG so every run is reproducible. Also the queue layout (the function's
 * state, docs/functions.md "ocr") and a character accuracy score.
 */
import { AirtntError } from '../util/errors.js';
import {
  OCR_FONT_BITMAPS,
  OCR_FONT_CHARS,
  OCR_FONT_GLYPHS_PER_BLOCK,
  OCR_FONT_GLYPH_HEIGHT,
  OCR_FONT_GLYPH_WIDTH,
  OCR_FONT_PITCH_X,
  OCR_FONT_PITCH_Y,
} from './ocr-font.js';
import { seededRandom } from '../util/random.js';

export { seededRandom };

/** A grey image, row-major, 0 = black, 255 = white. */
export type OcrImage = { width: number; height: number; pixels: Uint8Array };
export type GeneratedOcrImage = OcrImage & { text: string };

export type OcrImageOptions = {
  count: number;
  /** Standard deviation of the additive Gaussian noise, in grey levels (default OCR_DEFAULT_NOISE). */
  noise?: number;
  seed?: number;
  width?: number;
  height?: number;
};

/** Default noise: sigma 32 grey levels, against ink/paper contrasts of 120 to 220 levels. */
export const OCR_DEFAULT_NOISE = 32;
export const OCR_DEFAULT_SEED = 1;
export const OCR_IMAGE_SIDE = 32;
export const OCR_MAX_SIDE = 256;
const QUEUE_HEADER_BYTES = 4;
const IMAGE_HEADER_BYTES = 4;
const GLYPH_PIXELS = OCR_FONT_GLYPH_WIDTH * OCR_FONT_GLYPH_HEIGHT;
/** Chance that an inner character of a line is a space. */
const SPACE_CHANCE = 0.1;

let glyphTable: Map<string, Uint8Array> | undefined;

/** The font's glyphs (GLYPH_WIDTH x GLYPH_HEIGHT, row-major, 1 = ink), parsed once by the rule in ocr-font.ts. */
export function ocrFontGlyphs(): Map<string, Uint8Array> {
  if (glyphTable) return glyphTable;
  const glyphs = Array.from(OCR_FONT_CHARS, () => new Uint8Array(GLYPH_PIXELS));
  const perBlock = OCR_FONT_GLYPHS_PER_BLOCK * GLYPH_PIXELS;
  const perRow = OCR_FONT_GLYPHS_PER_BLOCK * OCR_FONT_GLYPH_WIDTH;
  let k = 0;
  for (const char of OCR_FONT_BITMAPS) {
    if (char !== '#' && char !== '.') continue;
    const glyph = Math.floor(k / perBlock) * OCR_FONT_GLYPHS_PER_BLOCK + (Math.floor(k / OCR_FONT_GLYPH_WIDTH) % OCR_FONT_GLYPHS_PER_BLOCK);
    const row = Math.floor(k / perRow) % OCR_FONT_GLYPH_HEIGHT;
    const column = k % OCR_FONT_GLYPH_WIDTH;
    if (char === '#') glyphs[glyph]![row * OCR_FONT_GLYPH_WIDTH + column] = 1;
    k++;
  }
  if (k !== OCR_FONT_CHARS.length * GLYPH_PIXELS) throw new Error('ocr-font: the bitmaps do not match OCR_FONT_CHARS');
  glyphTable = new Map(Array.from(OCR_FONT_CHARS, (char, i) => [char, glyphs[i]!]));
  return glyphTable;
}

/** Standard normal sample from 12 uniforms (Irwin-Hall): exact same numbers on every platform. */
function gaussian(random: () => number): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += random();
  return sum - 6;
}

function integerIn(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

/** Lines of text (spaces only inside lines) that fit a width x height image. */
function randomText(random: () => number, width: number, height: number): string {
  const maxColumns = Math.floor((width + 1) / OCR_FONT_PITCH_X);
  const maxLines = Math.floor((height + 2) / OCR_FONT_PITCH_Y);
  const lines = Array.from({ length: integerIn(random, 1, maxLines) }, () => {
    const length = integerIn(random, 1, maxColumns);
    return Array.from({ length }, (_, i) => {
      const inner = i > 0 && i < length - 1;
      if (inner && random() < SPACE_CHANCE) return ' ';
      return OCR_FONT_CHARS[Math.floor(random() * OCR_FONT_CHARS.length)]!;
    }).join('');
  });
  return lines.join('\n');
}

export type RenderOptions = { width: number; height: number; x: number; y: number; ink: number; paper: number; noise: number };

/** Draws `text` (font characters, spaces, newlines) with its top-left glyph corner at (x, y). */
export function renderOcrText(text: string, options: RenderOptions, random: () => number = seededRandom(0)): OcrImage {
  const { width, height, x, y, ink, paper, noise } = options;
  const glyphs = ocrFontGlyphs();
  const ideal = new Uint8Array(width * height);
  text.split('\n').forEach((line, row) => {
    Array.from(line).forEach((char, column) => {
      if (char === ' ') return;
      const glyph = glyphs.get(char);
      if (!glyph) throw new AirtntError('INVALID_ARGUMENT', `the OCR font has no glyph for "${char}"`);
      for (let gy = 0; gy < OCR_FONT_GLYPH_HEIGHT; gy++) {
        for (let gx = 0; gx < OCR_FONT_GLYPH_WIDTH; gx++) {
          const px = x + column * OCR_FONT_PITCH_X + gx;
          const py = y + row * OCR_FONT_PITCH_Y + gy;
          if (px < 0 || py < 0 || px >= width || py >= height) {
            throw new AirtntError('INVALID_ARGUMENT', 'the text does not fit in the image', { details: { text, x, y } });
          }
          if (glyph[gy * OCR_FONT_GLYPH_WIDTH + gx]) ideal[py * width + px] = 1;
        }
      }
    });
  });
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) {
    const value = (ideal[i] ? ink : paper) + noise * gaussian(random);
    pixels[i] = Math.min(255, Math.max(0, Math.round(value)));
  }
  return { width, height, pixels };
}

/** `count` noisy images of random text, reproducible from `seed`. */
export function generateOcrImages(options: OcrImageOptions): GeneratedOcrImage[] {
  const { count, noise = OCR_DEFAULT_NOISE, seed = OCR_DEFAULT_SEED } = options;
  const width = options.width ?? OCR_IMAGE_SIDE;
  const height = options.height ?? OCR_IMAGE_SIDE;
  if (!Number.isInteger(count) || count < 0) throw new AirtntError('INVALID_ARGUMENT', '"count" must be a non-negative integer');
  if (!(noise >= 0 && noise <= 128)) throw new AirtntError('INVALID_ARGUMENT', '"noise" must be in 0..128 grey levels');
  const tooSmall = width < OCR_FONT_GLYPH_WIDTH || height < OCR_FONT_GLYPH_HEIGHT;
  if (tooSmall || width > OCR_MAX_SIDE || height > OCR_MAX_SIDE || !Number.isInteger(width) || !Number.isInteger(height)) {
    throw new AirtntError('INVALID_ARGUMENT', `images must be ${OCR_FONT_GLYPH_WIDTH}x${OCR_FONT_GLYPH_HEIGHT} to 256x256`, {
      details: { width, height },
    });
  }
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const text = randomText(random, width, height);
    const lines = text.split('\n');
    const textWidth = Math.max(...lines.map((line) => line.length)) * OCR_FONT_PITCH_X - 1;
    const textHeight = lines.length * OCR_FONT_PITCH_Y - 2;
    const image = renderOcrText(
      text,
      {
        width,
        height,
        x: integerIn(random, 0, width - textWidth),
        y: integerIn(random, 0, height - textHeight),
        ink: integerIn(random, 20, 70),
        paper: integerIn(random, 190, 240),
        noise,
      },
      random,
    );
    return { ...image, text };
  });
}

/** The OCR function's state: u32 LE count, then per image u16 LE width, u16 LE height, pixels. */
export function encodeOcrQueue(images: readonly OcrImage[]): Uint8Array {
  const total = images.reduce((sum, image) => sum + IMAGE_HEADER_BYTES + image.pixels.length, QUEUE_HEADER_BYTES);
  const state = new Uint8Array(total);
  const view = new DataView(state.buffer);
  view.setUint32(0, images.length, true);
  let offset = QUEUE_HEADER_BYTES;
  for (const { width, height, pixels } of images) {
    if (width < 1 || height < 1 || width > OCR_MAX_SIDE || height > OCR_MAX_SIDE || pixels.length !== width * height) {
      throw new AirtntError('INVALID_ARGUMENT', 'an OCR image must be 1..256 x 1..256 with width * height pixels', {
        details: { width, height, pixels: pixels.length },
      });
    }
    view.setUint16(offset, width, true);
    view.setUint16(offset + 2, height, true);
    state.set(pixels, offset + IMAGE_HEADER_BYTES);
    offset += IMAGE_HEADER_BYTES + pixels.length;
  }
  return state;
}

export function decodeOcrQueue(state: Uint8Array): OcrImage[] {
  const fail = (what: string): never => {
    throw new AirtntError('INVALID_OCR_QUEUE', `not an OCR queue: ${what}`, { details: { length: state.length } });
  };
  if (state.length < QUEUE_HEADER_BYTES) fail('shorter than its 4-byte header');
  const view = new DataView(state.buffer, state.byteOffset, state.byteLength);
  const count = view.getUint32(0, true);
  const images: OcrImage[] = [];
  let offset = QUEUE_HEADER_BYTES;
  for (let i = 0; i < count; i++) {
    if (offset + IMAGE_HEADER_BYTES > state.length) fail('an image header runs past the end');
    const width = view.getUint16(offset, true);
    const height = view.getUint16(offset + 2, true);
    if (width < 1 || height < 1 || width > OCR_MAX_SIDE || height > OCR_MAX_SIDE) fail('image sides must be 1..256');
    const end = offset + IMAGE_HEADER_BYTES + width * height;
    if (end > state.length) fail('image pixels run past the end');
    images.push({ width, height, pixels: state.slice(offset + IMAGE_HEADER_BYTES, end) });
    offset = end;
  }
  if (offset !== state.length) fail('bytes left after the last image');
  return images;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

export type OcrScore = { images: number; imagesExact: number; characters: number; errors: number; accuracy: number };

/** Character accuracy: 1 - (total edit distance / total expected characters, newlines included). */
export function scoreOcr(expected: readonly string[], recognised: readonly string[]): OcrScore {
  let characters = 0;
  let errors = 0;
  let imagesExact = 0;
  expected.forEach((text, i) => {
    const got = recognised[i] ?? '';
    characters += text.length;
    errors += editDistance(text, got);
    if (got === text) imagesExact++;
  });
  return { images: expected.length, imagesExact, characters, errors, accuracy: characters === 0 ? 1 : 1 - errors / characters };
}
