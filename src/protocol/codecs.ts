/**
 * The diff codecs a requester may decode besides the full state, the byte diff and the drop diff
 * (src/protocol/payload.ts): the Game of Life diff (kind 2) and the bit diff (kind 4).
 */
import { applyLifeDiff, genLifeDiff } from '../functions/life-diff.js';
import { AirtntError } from '../util/errors.js';
import { applyBitDiff, genBitDiff } from './bit-diff.js';
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

/**
 * Any state: the flipped bits (src/protocol/bit-diff.ts). The enclave uses it only for a requester that
 * sealed its opening as one that decodes it (sealing.ts, info v2): a requester does so when its codecs
 * hold this one and the executor's session link is version 4 or more.
 */
export const BIT_DIFF_CODEC: DiffCodec = { gen: genBitDiff, apply: applyBitDiff };

/** Every decoder: a requester can open any payload kind whatever the function. */
export const ALL_DIFF_CODECS: DiffCodecs = { lifeDiff: LIFE_DIFF_CODEC, bitDiff: BIT_DIFF_CODEC };
