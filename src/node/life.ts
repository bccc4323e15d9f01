/** Game of Life over the protocol: a pattern in, the final grid out (used by `airtnt run life` and the demo). */
import { decodeLifeState, encodeLifeState, type LifePattern } from '../functions/life.js';
import { fromHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import type { RequesterFaults } from './faults.js';
import { builtinMeasurements } from './functions.js';
import { runSession, type RequesterOptions, type RunResult } from './requester.js';

export type LifeJob = {
  /** Placed with its top-left cell at (0, 0) of the grid. */
  pattern: LifePattern;
  width: number;
  height: number;
  /** Generations in total. */
  cycles: number;
  /** Generations per paid round. */
  perRound: number;
  executors: string[];
};

export type LifeRunResult = RunResult & { finalPattern: LifePattern };

export async function lifeMeasurement(): Promise<Uint8Array> {
  const life = (await builtinMeasurements()).life;
  if (life === undefined) {
    throw new AirtntError('FUNCTION_NOT_BUILT', 'the Game of Life module is not built', { hint: 'build the functions (npm run build)' });
  }
  return fromHex(life, 32, 'life measurement');
}

export async function runLife(options: RequesterOptions & { life: LifeJob }, faults?: RequesterFaults): Promise<LifeRunResult> {
  const { life } = options;
  const result = await runSession({
    ...options,
    job: {
      functionMeasurement: await lifeMeasurement(),
      initialState: encodeLifeState(life.width, life.height, life.pattern),
      totalCycles: life.cycles,
      perRound: life.perRound,
      executors: life.executors,
    },
  }, faults);
  return { ...result, finalPattern: decodeLifeState(result.finalState) };
}
