/**
 * The work of `airtnt bench collect-race` (registered in bench-collect-race.ts): check --decoy-wei,
 * run the race on a devnet and print its result.
 */
import { InvalidArgumentError } from 'commander';
import { runCollectRace } from '../../bench/collect-race.js';
import { safeJson } from '../../util/errors.js';
import type { CollectRaceOptions } from './bench-collect-race.js';

export async function collectRaceCommand(options: CollectRaceOptions): Promise<void> {
  if (!/^\d{1,30}$/.test(options.decoyWei)) throw new InvalidArgumentError('--decoy-wei is a whole number of wei');
  const result = await runCollectRace({
    blockTimeSeconds: options.blockTime,
    decoys: options.decoys,
    decoyAmount: BigInt(options.decoyWei),
    dueBlocks: options.dueBlocks,
    log: options.json ? undefined : (line) => process.stderr.write(`${line}\n`),
  });
  console.log(options.json ? safeJson(result) : JSON.stringify(result, null, 2));
}
