/** airtnt/functions: the function ABI (docs/functions.md), the built-in functions, Game of Life and OCR helpers. */
export { BUILTIN_FUNCTIONS, compileFunction, DEFAULT_WORK_BUDGET, loadBuiltinFunction, measureFunction, runFunction, splitOutputs } from './functions/abi.js';
export type { BuiltinFunctionName, FunctionLimits, FunctionRunResult } from './functions/abi.js';
export {
  decodeLifeState,
  emptyPattern,
  encodeLifeState,
  lifeRunReference,
  lifeStepReference,
  parseCells,
  parsePatternFile,
  parseRle,
  placePattern,
  writeCells,
  writePatternFile,
  writeRle,
} from './functions/life.js';
export type { LifePattern } from './functions/life.js';
export { applyLifeDiff, genLifeDiff } from './functions/life-diff.js';
export { decodeOcrQueue, encodeOcrQueue, generateOcrImages, scoreOcr } from './functions/ocr-images.js';
export type { GeneratedOcrImage, OcrImage, OcrImageOptions, OcrScore } from './functions/ocr-images.js';
export { builtinMeasurements } from './node/functions.js';
export { lifeMeasurement } from './node/life.js';
