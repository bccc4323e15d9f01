/**
 * The session link's versions on the wire, against a real executor process on a devnet (docs/protocol.md,
 * "Session link versions"): from version 2 a result leaves out its key hash when it is the key of the round
 * before ("Round keys"); with version 3 a `pay` may leave out its amount, which the executor derives and
 * checks the signature over. To a requester that offers no subprotocol (an earlier release), every result
 * carries its key hash. Either way each round's key checks against its key hash.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { HostileRequester } from '../bench/attack-requester.js';
import { fetchInfo, WireSocket } from '../bench/attack-wire.js';
import { encodeLifeState, parseRle } from '../functions/life.js';
import { decryptRoundPayload, deriveSessionKeys } from '../crypto/round-encryption.js';
import { SESSION_SUBPROTOCOLS, sessionLinkVersion, type Message } from '../protocol/messages.js';
import { STATE_KINDS } from '../protocol/payload.js';
import { signPayment } from '../protocol/payment.js';
import { fromHex, toHex } from '../util/bytes.js';
import { roundPrice } from '../protocol/pricing.js';
import { startTestWorld, type TestWorld } from './testing.js';
import type { ExecutorProcess } from './process.js';

let world: TestWorld;
let executor: ExecutorProcess;

before(async () => {
  world = await startTestWorld();
  executor = await world.startExecutor(1);
});
after(async () => {
  await world.close();
});

/** Runs four rounds on a fresh channel; for each round, whether its result carried the key hash, and its key. */
async function fourRounds(account: number, protocols: string[], omitAmount = false, decodesBitDiff = false): Promise<{ protocol: string; carried: boolean[]; keys: Uint8Array[]; keyHashes: Uint8Array[]; stateKinds: number[] }> {
  const info = await fetchInfo(executor.url);
  const requester = new HostileRequester(world.client(account), info, executor.url, '127.0.0.1');
  const channel = await requester.openChannel(10n ** 18n);
  const state = encodeLifeState(30, 30, parseRle('x = 3, y = 3, rule = B3/S23\nbo$2bo$3o!'));
  const { frame, sessionId, sessionSecret } = await requester.openFrame({ channel, state, cycles: 5, sessionCycles: 20, decodesBitDiff });
  const sessionKeys = deriveSessionKeys(sessionSecret, sessionId);
  const stateKinds: number[] = [];
  const socket = await WireSocket.connect(executor.url, { protocols });
  const carried: boolean[] = [];
  const keys: Uint8Array[] = [];
  const keyHashes: Uint8Array[] = [];
  const expect = async <K extends Message['kind']>(kind: K) => {
    const message = await socket.nextMessage(10_000);
    assert.ok(typeof message !== 'string' && message.kind === kind, `expected ${kind}, got ${typeof message === 'string' ? message : JSON.stringify({ kind: message.kind, ...(message.kind === 'error' ? { code: message.code, message: message.message } : {}) })}`);
    return message as Extract<Message, { kind: K }>;
  };
  try {
    await socket.sendRaw(frame);
    let paid = 0n;
    for (let round = 0n; round < 4n; round++) {
      const result = await expect('result');
      carried.push(result.keyHash !== undefined);
      const stateCiphertext = result.stateCiphertext;
      const keyHash = result.keyHash ?? keys.at(-1)!;
      keyHashes.push(keyHash);
      paid += roundPrice(info.pricePerCycle, result.cyclesDone, result.workUnits);
      if (omitAmount) {
        // Link version 3: the signature alone (over the exact amount); one over another amount is refused first.
        const signed = async (amount: bigint) => fromHex(await signPayment(requester.chain.account, requester.chain.domain, { channelId: channel.channelId, amount, keyHash: toHex(keyHash) }), 65, 'signature');
        if (sessionLinkVersion(socket.ws.protocol) < 3) {
          // Below version 3 the amount belongs in the frame: a pay without it is malformed (nothing stored, no key).
          await socket.send({ kind: 'pay', signature: await signed(paid), nextCycles: 5 });
          assert.equal((await expect('error')).code, 'MESSAGE_MALFORMED');
          return { protocol: socket.ws.protocol, carried, keys, keyHashes, stateKinds };
        }
        if (round === 1n) {
          await socket.send({ kind: 'pay', signature: await signed(paid + 1n), nextCycles: 5 });
          const refused = await expect('error');
          assert.equal(refused.code, 'PAYMENT_BAD_SIGNATURE');
          return { protocol: socket.ws.protocol, carried, keys, keyHashes, stateKinds };
        }
        await socket.send({ kind: 'pay', signature: await signed(paid), nextCycles: round < 3n ? 5 : 0 });
      } else {
        await requester.pay(socket, channel, { ...result, keyHash }, paid, round < 3n ? 5 : 0);
      }
      const key = await expect('key');
      assert.deepEqual(keccak_256(key.key), keyHash, `round ${round}: the key checks against its key hash`);
      keys.push(key.key);
      // The state payload's kind (docs/protocol.md, "Round payloads"): what the enclave chose to send.
      stateKinds.push(decryptRoundPayload({ keys: sessionKeys, round, roundKey: key.key, purpose: 'state' }, stateCiphertext)[0]!);
    }
    return { protocol: socket.ws.protocol, carried, keys, keyHashes, stateKinds };
  } finally {
    socket.close();
  }
}

describe('hash-chained round keys on the session wire', { timeout: 120_000 }, () => {
  it('to a requester of this release, results after the first leave out the key hash: it is the key of the round before', async () => {
    const run = await fourRounds(3, [SESSION_SUBPROTOCOLS[0]]);
    assert.equal(run.protocol, 'airtnt-session.2');
    assert.deepEqual(run.carried, [true, false, false, false]);
    for (let round = 1; round < 4; round++) assert.deepEqual(run.keyHashes[round], run.keys[round - 1]);
  });

  it('on link version 3, a pay without its amount is taken at the exact amount owed, and refused when signed for another', async () => {
    const run = await fourRounds(5, [...SESSION_SUBPROTOCOLS], true);
    assert.equal(run.protocol, 'airtnt-session.4', 'the executor takes the newest version offered');
    // Round 0 paid without its amount (key released); round 1's pay, signed for one more than owed, refused before its key.
    assert.equal(run.keys.length, 1);
    assert.deepEqual(run.carried, [true, false]);
  });

  it('below link version 3, a pay without its amount is malformed: nothing stored, no key', async () => {
    const run = await fourRounds(6, [SESSION_SUBPROTOCOLS[0]], true);
    assert.equal(run.protocol, 'airtnt-session.2');
    assert.equal(run.keys.length, 0);
  });

  it('an opening sealed as decoding bit diffs gets bit diffs; one sealed as before never does', async () => {
    // A glider on a 30x30 grid: a few flipped bits a round, where the bit diff is the smallest encoding.
    const withBits = await fourRounds(7, [...SESSION_SUBPROTOCOLS], false, true);
    assert.deepEqual(withBits.stateKinds, [STATE_KINDS.bitDiff, STATE_KINDS.bitDiff, STATE_KINDS.bitDiff, STATE_KINDS.bitDiff]);
    const without = await fourRounds(8, [...SESSION_SUBPROTOCOLS], false, false);
    assert.equal(without.protocol, 'airtnt-session.4');
    assert.equal(without.stateKinds.length, 4);
    assert.ok(without.stateKinds.every((kind) => kind !== STATE_KINDS.bitDiff), `kinds ${without.stateKinds.join(', ')}`);
  });

  it('to a requester that offers no subprotocol (an earlier release), every result carries its key hash', async () => {
    const run = await fourRounds(4, []);
    assert.equal(run.protocol, '');
    assert.deepEqual(run.carried, [true, true, true, true]);
    // The enclave chains its keys all the same: only the wire differs.
    for (let round = 1; round < 4; round++) assert.deepEqual(run.keyHashes[round], run.keys[round - 1]);
  });
});
