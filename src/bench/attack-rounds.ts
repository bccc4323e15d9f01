/**
 * Attacks on the executor's round accounting, from funded hostile requesters:
 * - case 3: rounds that fail in the enclave (a trap, or the round time limit) do not mark the
 *   channel as owing a round, so one funded channel buys endless failing rounds; and rounds that
 *   run to the time limit queue in front of honest ones;
 * - case 4: rounds that do 0 cycles are priced 0: the key is released for a payment not above the
 *   previous one;
 * - case 13: a signed `open` that was refused once is replayed later by someone who saw it.
 */
import type { ResultMessage } from '../protocol/messages.js';
import type { CaseResult } from './attack-types.js';
import { errorText, result, round1 } from './attack-report.js';
import { lifeState, type HostileRequester } from './attack-requester.js';
import { sourceAddress, WireSocket } from './attack-wire.js';

/** How long one answer may take: a round that runs to the enclave's time limit (10 s), queued behind others. */
const ANSWER_MS = 90_000;

/** What the executor answered to an `open`: "result", "error CODE" or how the socket ended. */
async function answerTo(socket: WireSocket, timeoutMs = ANSWER_MS): Promise<{ text: string; result?: ResultMessage; code?: string }> {
  const message = await socket.nextMessage(timeoutMs);
  if (typeof message === 'string') return { text: message };
  if (message.kind === 'result') return { text: 'result', result: message };
  if (message.kind === 'error') return { text: `error ${message.code}`, code: message.code };
  return { text: message.kind };
}

/** A grid of blinkers (period 2, 5 cells apart): it never reaches a fixed point, so a round runs all its cycles. */
export function blinkerLattice(side: number): Uint8Array {
  const state = lifeState(side, side, false);
  const stride = Math.ceil(side / 8);
  for (let y = 2; y < side - 2; y += 5) {
    for (let x = 1; x + 2 < side - 1; x += 5) {
      for (let dx = 0; dx < 3; dx++) state[8 + y * stride + ((x + dx) >> 3)]! |= 1 << ((x + dx) & 7);
    }
  }
  return state;
}

/**
 * Case 3, cheap: sessions on one funded channel whose round traps (a state that breaks Life's
 * layout). Holds when at most one of them reaches the enclave.
 */
export async function failingRounds(attacker: HostileRequester, attempts: number): Promise<CaseResult> {
  const price = attacker.info.pricePerCycle;
  const channel = await attacker.openChannel(price * 1000n * 4n);
  const badState = new Uint8Array(9);
  new DataView(badState.buffer).setUint32(0, 50, true);
  new DataView(badState.buffer).setUint32(4, 50, true);
  let ran = 0;
  const answers: string[] = [];
  for (let i = 0; i < attempts; i++) {
    const { socket } = await attacker.openSession({ channel, state: badState, cycles: 100 });
    const answer = await answerTo(socket);
    socket.terminate();
    answers.push(answer.code ?? answer.text);
    // Anything but a refusal of the opening means the enclave worked on it.
    if (answer.code?.startsWith('FUNCTION_') || answer.code === 'STATE_TOO_LARGE' || answer.code === 'OUTPUT_TOO_LARGE' || answer.text === 'result') ran += 1;
    else break;
  }
  return result('3-endless-failing-rounds', ran <= 1, `${ran} failing rounds run on one funded channel in ${answers.length} sessions (answers: ${summarize(answers)})`);
}

/**
 * Case 3, expensive: `channels` funded channels, each one session whose round runs a blinker
 * lattice to the time limit. Started before the honest run and awaited by the caller, so the
 * honest rounds are measured while these occupy the enclave.
 */
export async function timeoutRounds(attackers: HostileRequester[], side: number): Promise<{ started: Promise<void>; done: Promise<CaseResult> }> {
  const state = blinkerLattice(side);
  const sessions = await Promise.all(
    attackers.map(async (attacker) => {
      const cycles = attacker.info.maxCyclesPerRound;
      const channel = await attacker.openChannel(attacker.info.pricePerCycle * BigInt(cycles));
      return { attacker, channel, cycles };
    }),
  );
  const started: Promise<void>[] = [];
  const done = Promise.all(
    sessions.map(async ({ attacker, channel, cycles }) => {
      const opening = attacker.openSession({ channel, state, cycles });
      started.push(opening.then(() => undefined));
      const { socket } = await opening;
      const startedAt = performance.now();
      const answer = await answerTo(socket);
      socket.terminate();
      const ms = performance.now() - startedAt;
      // The executor's risk is one round per channel: after a round that ran to its limit unpaid, the
      // same channel must get no other round.
      let again: Awaited<ReturnType<typeof answerTo>> | undefined;
      if (answer.code === 'FUNCTION_TIMEOUT') {
        const retry = await attacker.openSession({ channel, state, cycles });
        again = await answerTo(retry.socket);
        retry.socket.terminate();
      }
      return { answer, ms, again };
    }),
  ).then((answers) => {
    const reusable = answers.filter((a) => a.again !== undefined && a.again.code !== 'CHANNEL_HAS_UNPAID_ROUND').length;
    const timedOut = answers.filter((a) => a.answer.code === 'FUNCTION_TIMEOUT').length;
    const detail = `${answers.length} channels, one ${attackers[0]?.info.maxCyclesPerRound ?? 0}-cycle round each on a ${side}x${side} blinker lattice: ${summarize(answers.map((a) => `${a.answer.code ?? a.answer.text} after ${Math.round(a.ms)} ms${a.again ? `, then ${a.again.code ?? a.again.text}` : ''}`))}`;
    return result('3-rounds-to-time-limit-unpaid', reusable === 0, `${timedOut} rounds ran to the time limit unpaid (the executor's one-round risk), ${reusable} of their channels got another round; ${detail}`);
  });
  // `started` is read once the openings are under way.
  await new Promise((resolve) => setImmediate(resolve));
  return { started: Promise.all(started).then(() => undefined), done };
}

/**
 * Case 4: an empty grid (every round does 0 cycles, priced 0) on one channel: pay the previous
 * amount again and count the keys released for it. Holds when none is.
 */
export async function freeRounds(attacker: HostileRequester, side: number, maxMs: number): Promise<{ result: CaseResult; free: number }> {
  const price = attacker.info.pricePerCycle;
  const cycles = 1000;
  const channel = await attacker.openChannel(price * BigInt(cycles) * 4n);
  const { socket } = await attacker.openSession({ channel, state: lifeState(side, side, false), cycles });
  const deadline = performance.now() + maxMs;
  let free = 0;
  let rounds = 0;
  const previous = 0n;
  let last = '';
  const started = performance.now();
  try {
    for (let i = 0; i < 1000 && performance.now() < deadline; i++) {
      const message = await socket.nextMessage(30_000);
      if (typeof message === 'string') {
        last = message;
        break;
      }
      if (message.kind === 'result') {
        rounds += 1;
        // Not above the previous payment: d = 0 makes that exactly what the executor asks.
        await attacker.pay(socket, channel, message, previous, cycles);
      } else if (message.kind === 'key') {
        free += 1;
      } else {
        last = message.kind === 'error' ? `error ${message.code}` : message.kind;
        break;
      }
    }
  } finally {
    socket.terminate();
  }
  const elapsed = performance.now() - started;
  const detail = `${side}x${side} empty grid, ${cycles} cycles asked per round: ${free} keys released for payments not above the previous one (${previous} wei) in ${Math.round(elapsed)} ms, ${rounds} rounds run${rounds > 0 ? ` (${round1(elapsed / rounds)} ms each)` : ''}${last === '' ? '' : `; ended with ${last}`}`;
  return { result: result('4-free-zero-cycle-rounds', free === 0, detail), free };
}

/**
 * Case 13: the requester's `open` is refused (its deposit is short); it tops the channel up; a
 * stranger who saw the frame sends it again. Holds when the replay is refused.
 */
export async function replayRefusedOpen(victim: HostileRequester, eavesdropperSource: number): Promise<CaseResult> {
  const price = victim.info.pricePerCycle;
  const cycles = 1000;
  const channel = await victim.openChannel(price * 10n);
  const { socket, frame } = await victim.openSession({ channel, state: lifeState(50, 50, true), cycles });
  const first = await answerTo(socket);
  socket.terminate();
  if (first.text === 'result') return result('13-replay-refused-open', false, 'the first opening was not refused; nothing to replay');
  await victim.topUp(channel, price * BigInt(cycles) * 4n);
  let replayed: string;
  try {
    const stranger = await WireSocket.connect(victim.baseUrl, { localAddress: sourceAddress(eavesdropperSource) });
    await stranger.sendRaw(frame);
    replayed = (await answerTo(stranger)).text;
    stranger.terminate();
  } catch (error) {
    replayed = `client: ${errorText(error)}`;
  }
  // What it cost the requester: its own next session on its channel.
  const next = await victim.openSession({ channel, state: lifeState(50, 50, true), cycles: 100 });
  const after = await answerTo(next.socket);
  next.socket.terminate();
  return result(
    '13-replay-refused-open',
    replayed !== 'result',
    `opening refused with ${first.text}; the same frame replayed after a top-up: ${replayed}; the requester's own next session: ${after.text}`,
  );
}

function summarize(items: string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, n]) => (n > 1 ? `${n}x ${item}` : item)).join(', ');
}
