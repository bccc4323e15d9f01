/** Well-known Game of Life patterns (LifeWiki RLE), for the demo, benchmarks and tests. */
import { parseRle, type LifePattern } from './life.js';

/** Bill Gosper's glider gun (1970): period 30, 36x9. In a 50x50 grid it is still changing at generation 1000. */
export const GOSPER_GLIDER_GUN_RLE = `#N Gosper glider gun
x = 36, y = 9, rule = B3/S23
24bo$22bobo$12b2o6b2o12b2o$11bo3bo4b2o12b2o$2o8bo5bo3b2o$2o8bo3bob2o4bobo$10bo5bo7bo$11bo3bo$12b2o!
`;

export function gosperGliderGun(): LifePattern {
  return parseRle(GOSPER_GLIDER_GUN_RLE);
}
