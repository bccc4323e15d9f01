/** The OCR WebAssembly module (build/functions/ocr.wasm), the image generator and the queue layout. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { isAirtntError } from '../util/errors.js';
import { compileFunction, loadBuiltinFunction, runFunction, type FunctionLimits } from './abi.js';
import { OCR_FONT_CHARS, OCR_FONT_GLYPH_HEIGHT, OCR_FONT_GLYPH_WIDTH } from './ocr-font.js';
import {
  decodeOcrQueue,
  encodeOcrQueue,
  generateOcrImages,
  ocrFontGlyphs,
  OCR_DEFAULT_NOISE,
  renderOcrText,
  scoreOcr,
  type OcrImage,
} from './ocr-images.js';

const LIMITS: FunctionLimits = { maxMemoryPages: 256, maxStateBytes: 1 << 24, maxOutputBytes: 1 << 22 };
const decoder = new TextDecoder();

let ocr: WebAssembly.Module;
before(async () => {
  ocr = await compileFunction(await loadBuiltinFunction('ocr'));
});

async function recognise(images: readonly OcrImage[], cycles = images.length) {
  const result = await runFunction(ocr, encodeOcrQueue(images), cycles, LIMITS);
  return { ...result, texts: result.outputs.map((output) => decoder.decode(output)) };
}

describe('the OCR font', () => {
  it('has digits and uppercase letters, every pair of glyphs at least 3 pixels apart', () => {
    const glyphs = ocrFontGlyphs();
    assert.equal(OCR_FONT_CHARS, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    assert.equal(glyphs.size, 36);
    const bitmaps = [...glyphs.values()];
    for (const bitmap of bitmaps) assert.equal(bitmap.length, OCR_FONT_GLYPH_WIDTH * OCR_FONT_GLYPH_HEIGHT);
    for (let i = 0; i < bitmaps.length; i++) {
      for (let j = i + 1; j < bitmaps.length; j++) {
        const distance = bitmaps[i]!.reduce((sum, bit, k) => sum + (bit ^ bitmaps[j]![k]!), 0);
        assert.ok(distance >= 3, `${OCR_FONT_CHARS[i]} and ${OCR_FONT_CHARS[j]} differ in ${distance} pixels`);
      }
    }
  });
});

describe('ocr.wasm', () => {
  it(`recognises >= 99% of characters at the default noise (sigma ${OCR_DEFAULT_NOISE})`, async () => {
    const images = generateOcrImages({ count: 400, seed: 2024 });
    const { texts, cyclesDone } = await recognise(images);
    assert.equal(cyclesDone, 400);
    const score = scoreOcr(images.map((image) => image.text), texts);
    assert.ok(score.accuracy >= 0.99, `accuracy ${score.accuracy} (${score.errors} errors in ${score.characters})`);
  });

  it('reads noiseless text exactly, at every offset, in larger images, with spaces and several lines', async () => {
    const render = (text: string, width: number, height: number, x: number, y: number) =>
      renderOcrText(text, { width, height, x, y, ink: 40, paper: 220, noise: 0 });
    const cases = [
      { text: 'AIRTNT\nTEE 42', image: render('AIRTNT\nTEE 42', 64, 40, 7, 13) },
      { text: '0O1I8B', image: render('0O1I8B', 40, 9, 2, 1) },
      ...Array.from({ length: 12 }, (_, i) => ({ text: 'Q', image: render('Q', 16, 16, i % 6, (i * 5) % 9) })),
    ];
    const { texts } = await recognise(cases.map((entry) => entry.image));
    assert.deepEqual(texts, cases.map((entry) => entry.text));
  });

  it('outputs "" for a blank image and for an image smaller than a glyph', async () => {
    const blank = renderOcrText('', { width: 32, height: 32, x: 0, y: 0, ink: 40, paper: 210, noise: OCR_DEFAULT_NOISE });
    const tiny: OcrImage = { width: 4, height: 4, pixels: new Uint8Array(16) };
    const { texts } = await recognise([blank, tiny]);
    assert.deepEqual(texts, ['', '']);
  });

  it('one cycle per image, one message per image in queue order; d < c once the queue is empty', async () => {
    const images = generateOcrImages({ count: 3, seed: 9, noise: 0 });
    const { texts, cyclesDone, state } = await recognise(images, 5);
    assert.equal(cyclesDone, 3);
    assert.deepEqual(texts, images.map((image) => image.text));
    assert.deepEqual([...state], [0, 0, 0, 0]);
    const partial = await recognise(images, 1);
    assert.equal(partial.cyclesDone, 1);
    assert.deepEqual(decodeOcrQueue(partial.state), images.slice(1).map(({ width, height, pixels }) => ({ width, height, pixels })));
  });

  it('obeys the checkpoint law: a then b cycles = a + b cycles (state, outputs, d)', async () => {
    const queueArb = fc.record({
      count: fc.integer({ min: 0, max: 6 }),
      seed: fc.integer({ min: 0, max: 1000 }),
      noise: fc.integer({ min: 0, max: 48 }),
      width: fc.integer({ min: 5, max: 48 }),
      height: fc.integer({ min: 7, max: 40 }),
    });
    await fc.assert(
      fc.asyncProperty(queueArb, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), async (options, a, b) => {
        const queue = encodeOcrQueue(generateOcrImages(options));
        const first = await runFunction(ocr, queue, a, LIMITS);
        const second = await runFunction(ocr, first.state, b, LIMITS);
        const whole = await runFunction(ocr, queue, a + b, LIMITS);
        assert.deepEqual(second.state, whole.state);
        assert.deepEqual([...first.outputs, ...second.outputs], whole.outputs);
        assert.equal(first.cyclesDone + second.cyclesDone, whole.cyclesDone);
      }),
      { seed: 13, numRuns: 40 },
    );
  });

  it('rejects malformed queues as FUNCTION_TRAPPED invalid-state, whatever the cycle budget', async () => {
    const queue = encodeOcrQueue(generateOcrImages({ count: 2, seed: 1 }));
    const zeroWidth = queue.slice();
    zeroWidth.fill(0, 4, 6);
    const wrongCount = queue.slice();
    wrongCount[0] = 3;
    for (const input of [Uint8Array.from([...queue, 0]), zeroWidth, wrongCount, new Uint8Array(3)]) {
      await assert.rejects(runFunction(ocr, input, 0, LIMITS), (error: unknown) => {
        assert.ok(isAirtntError(error, 'FUNCTION_TRAPPED'));
        assert.equal(error.details.reason, 'invalid-state');
        return true;
      });
    }
  });
});

describe('ocr images', () => {
  it('are reproducible from the seed, about 1 kB each, and differ across seeds', () => {
    const a = generateOcrImages({ count: 5, seed: 77 });
    assert.deepEqual(a, generateOcrImages({ count: 5, seed: 77 }));
    assert.notDeepEqual(a, generateOcrImages({ count: 5, seed: 78 }));
    assert.ok(a.every((image) => image.pixels.length === 1024 && /^[0-9A-Z][0-9A-Z \n]*$/.test(image.text)));
  });

  it('queue encoding round-trips and refuses trailing bytes', () => {
    const images = generateOcrImages({ count: 4, seed: 3, width: 40, height: 20 }).map(({ width, height, pixels }) => ({ width, height, pixels }));
    const queue = encodeOcrQueue(images);
    assert.equal(queue.length, 4 + 4 * (4 + 800));
    assert.deepEqual(decodeOcrQueue(queue), images);
    assert.throws(() => decodeOcrQueue(Uint8Array.from([...queue, 1])), (error: unknown) => isAirtntError(error, 'INVALID_OCR_QUEUE'));
  });

  it('scores by edit distance over the expected characters', () => {
    assert.deepEqual(scoreOcr(['AB\nC', 'XYZ'], ['AB\nC', 'XZ']), { images: 2, imagesExact: 1, characters: 7, errors: 1, accuracy: 1 - 1 / 7 });
  });
});
