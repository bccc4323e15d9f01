/** The function-specific diff codecs the enclave and requesters know (src/protocol/payload.ts, kind 2). */
import { applyLifeDiff, genLifeDiff } from '../functions/life-diff.js';
import { AirtntError } from '../util/errors.js';
import type { DiffCodec, DiffCodecs } from './payload.js';

export const LIFE_DIFF_CODEC: DiffCodec = {
  gen: genLifeDiff,
  apply(previous, diff, maxLength) {
    const next = applyLifeDiff(previous, diff);
    if (next.length > maxLength) {
      throw new AirtntError('PAYLOAD_MALFORMED', 'state larger than allowed', { details: { length: next.length, maxLength } });
    }
    return next;
  },
};

/** Every decoder: a requester can open any payload kind whatever the function. */
export const ALL_DIFF_CODECS: DiffCodecs = { lifeDiff: LIFE_DIFF_CODEC };
