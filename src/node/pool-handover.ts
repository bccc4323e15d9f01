/**
 * The hand-over of PoolPayments between pool members (docs/protocol.md, "The pool: hand-over").
 *
 * Serving: GET /v1/pool/payments/:member[?session=] answers the newest payments (at most MAX_HANDED_PAYMENTS,
 * in one session when asked) this member released a key against that name `member` (stored before the key left,
 * pool-standby-host.ts). They are not secret: each is revealed on chain by its collect, only the
 * member named can collect it (collectPool checks msg.sender), and the key stays with that member.
 *
 * Pulling: a member holding own rounds with a key and no payment (it was killed after the requester
 * paid and before it stored the payment) asks the other members of those sessions (their URLs stored
 * when the session opened or a view named it executor), one GET per session, so that a requester who
 * pays many cheap rounds elsewhere cannot push the payment out of the answer; keeps only payments that verify
 * (protocol/pool-handover.ts), stores them (pool.sqlite, synchronous=FULL) and then has its pool
 * collector collect the channel. It pulls at start and every `intervalMs` while such rounds exist,
 * each round given up after `maxTries` pulls in this process (a round never paid stays unpaid). The
 * URLs were named by requesters (as the pool links the node dials): at most PEERS_PER_PULL members
 * are asked per pull, PEERS_AT_ONCE at a time, each GET bounded to `timeoutMs` and
 * MAX_HANDOVER_ANSWER_BYTES. So that rounds naming silent URLs cannot starve an honest round: the
 * unpaid rounds are taken in turn (a cursor pages through them, oldest first, and wraps), the members
 * asked alternate between the rounds of the pull, and a member that gave nothing is left out of the
 * next pulls, twice as many after each failure (up to MAX_BACKOFF_PULLS).
 * Sessions live in this process are left out: their unpaid round awaits its payment on the link.
 */
import type { FastifyInstance } from 'fastify';
import type { Address } from 'viem';
import type { ChannelDomain } from '../protocol/payment.js';
import { checkHandedPayment, handedPaymentsJson, MAX_HANDED_PAYMENTS, MAX_HANDOVER_ANSWER_BYTES, parseHandedPayments, type HandedPayment } from '../protocol/pool-handover.js';
import { toHex, type Hex } from '../util/bytes.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { boundedGet } from './bounded-get.js';
import type { PoolStore, UnpaidOwnRound } from './pool-store.js';

export const POOL_PAYMENTS_PATH = '/v1/pool/payments';

/**
 * GET /v1/pool/payments/:member[?session=0x...]: the payments held for `member`, in one session when
 * `session` is given (400 on a malformed address or session id).
 */
export function servePoolPayments(app: FastifyInstance, store: Pick<PoolStore, 'releasedPaymentsFor'>): void {
  app.get<{ Params: { member: string }; Querystring: { session?: unknown } }>(`${POOL_PAYMENTS_PATH}/:member`, async (request, reply) => {
    const member = request.params.member.toLowerCase();
    if (!/^0x[0-9a-f]{40}$/.test(member)) return reply.code(400).send({ error: 'POOL_MEMBER_MALFORMED' });
    const session = request.query.session;
    if (session !== undefined && (typeof session !== 'string' || !/^0x[0-9a-fA-F]{64}$/.test(session))) return reply.code(400).send({ error: 'POOL_MEMBER_MALFORMED' });
    const held = store.releasedPaymentsFor(member as Hex, MAX_HANDED_PAYMENTS, session as Hex | undefined);
    return handedPaymentsJson(held.map((p) => ({ sessionId: p.sessionId, amount: p.amount, keyHash: toHex(p.keyHash), signature: p.signature })));
  });
}

/** The payments URL of a member from the pool link URL it was named by (same host and port; ws -> http). */
export function poolPaymentsUrl(poolLinkUrl: string, member: Address): URL {
  const url = new URL(poolLinkUrl);
  if (url.protocol === 'ws:') url.protocol = 'http:';
  else if (url.protocol === 'wss:') url.protocol = 'https:';
  else throw new AirtntError('POOL_MEMBERS_INVALID', `a pool link URL must be ws: or wss:, got ${poolLinkUrl}`, { details: { url: poolLinkUrl } });
  url.pathname = `${POOL_PAYMENTS_PATH}/${member.toLowerCase()}`;
  url.search = '';
  return url;
}

/** Asks one member for the payments naming `member`: the parsed answer, or a typed error (unreachable, too large, malformed). */
export async function fetchHandedPayments(poolLinkUrl: string, member: Address, timeoutMs: number, sessionId?: Hex): Promise<HandedPayment[]> {
  const url = poolPaymentsUrl(poolLinkUrl, member);
  if (sessionId !== undefined) url.searchParams.set('session', sessionId);
  const answer = await boundedGet(url, {
    timeoutMs,
    maxBytes: MAX_HANDOVER_ANSWER_BYTES,
    baseUrl: url.origin,
    tooLarge: () => new AirtntError('POOL_HANDOVER_MALFORMED', `the payments handed over by ${url.origin} exceed ${MAX_HANDOVER_ANSWER_BYTES} bytes`, { details: { from: url.origin } }),
  });
  if (answer.status !== 200) throw new AirtntError('POOL_HANDOVER_MALFORMED', `${url.origin} answered ${answer.status} to ${url.pathname}`, { details: { from: url.origin, status: answer.status } });
  return parseHandedPayments(answer.body, url.origin);
}

export type PoolHandoverOptions = {
  store: PoolStore;
  /** AirtntPools' EIP-712 domain (the payments are signed in it). */
  domain: ChannelDomain;
  /** This member's payee address (what the payments must name). */
  self: Address;
  /** Sessions live in this process (their unpaid round is awaited on the session link, not pulled). */
  activeSessions: ReadonlySet<string>;
  /** Called with the channel once a payment was stored (the pool collector collects it). */
  onStored(channelId: Hex): void;
  log(line: string): void;
  /** A payment stored from a hand-over (metrics). */
  onHandedOver?(amount: bigint): void;
  intervalMs?: number;
  timeoutMs?: number;
  maxTries?: number;
};

/** Own rounds looked at per pull, and members asked per pull (each at most once), at most PEERS_AT_ONCE at a time. */
const ROUNDS_PER_PULL = 16;
const PEERS_PER_PULL = 16;
const PEERS_AT_ONCE = 4;
/** Unpaid rows read per page (at most two pages a pull: the rest of the cycle, then from the start). */
const ROWS_PER_PAGE = ROUNDS_PER_PULL * 4;
/** A member that gave nothing is skipped for 2, 4, ... up to this many pulls; at most MAX_BACKOFF_PEERS are remembered. */
const MAX_BACKOFF_PULLS = 64;
const MAX_BACKOFF_PEERS = 1024;

export class PoolHandover {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private readonly tries = new Map<string, number>();
  /** Per member URL that gave nothing: its failures and the pull number before which it is not asked. */
  private readonly backoff = new Map<string, { failures: number; until: number }>();
  private cursor = 0;
  private pulls = 0;
  private stopped = false;

  constructor(private readonly options: PoolHandoverOptions) {}

  start(): void {
    const every = this.options.intervalMs ?? 5_000;
    void this.pull();
    this.timer = setInterval(() => void this.pull(), every);
    this.timer.unref();
  }

  /** One pull (a pull already under way is joined): the number of payments stored. */
  pull(): Promise<number> {
    this.running ??= this.pullOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async pullOnce(): Promise<number> {
    const { store } = this.options;
    this.pulls += 1;
    const rounds = this.nextRounds(this.options.maxTries ?? 60);
    if (rounds.length === 0) return 0;
    for (const round of rounds) this.tries.set(roundKey(round), (this.tries.get(roundKey(round)) ?? 0) + 1);
    const byKeyHash = new Map(rounds.map((round) => [toHex(round.keyHash), round]));
    // The URLs came from requesters: at most PEERS_PER_PULL GETs per pull, each bounded in time and
    // size, taken from each round in turn so that no round's URLs fill the pull.
    const perRound = rounds.map((round) => store.peerUrls(round.sessionId).filter((url) => (this.backoff.get(url)?.until ?? 0) <= this.pulls));
    // Which sessions each member is asked about: those of this pull's rounds that named it.
    const sessionsOf = new Map<string, Set<Hex>>();
    rounds.forEach((round, i) => {
      for (const url of perRound[i]!) sessionsOf.set(url, (sessionsOf.get(url) ?? new Set<Hex>()).add(round.sessionId));
    });
    const peers: string[] = [];
    for (let i = 0; peers.length < PEERS_PER_PULL && perRound.some((urls) => i < urls.length); i += 1) {
      for (const urls of perRound) {
        const url = urls[i];
        if (url !== undefined && !peers.includes(url) && peers.length < PEERS_PER_PULL) peers.push(url);
      }
    }
    let stored = 0;
    const ask = async (): Promise<void> => {
      for (let peer = peers.shift(); peer !== undefined && !this.stopped && byKeyHash.size > 0; peer = peers.shift()) {
        const got = await this.askPeer(peer, sessionsOf.get(peer)!, byKeyHash); // read before adding: the askers run concurrently
        stored += got;
      }
    };
    await Promise.all(Array.from({ length: PEERS_AT_ONCE }, ask));
    return stored;
  }

  /** The next unpaid rounds in turn (at most ROUNDS_PER_PULL; given-up and live ones skipped), the cursor moved past them. */
  private nextRounds(maxTries: number): UnpaidOwnRound[] {
    const out = new Map<string, UnpaidOwnRound>();
    for (let page = 0; page < 2 && out.size < ROUNDS_PER_PULL; page += 1) {
      const rows = this.options.store.unpaidOwnRoundsAfter(this.cursor, ROWS_PER_PAGE);
      for (const row of rows) {
        if (out.size === ROUNDS_PER_PULL) break;
        this.cursor = row.rowid;
        const key = roundKey(row);
        if (this.options.activeSessions.has(row.sessionId) || (this.tries.get(key) ?? 0) >= maxTries) continue;
        out.set(key, row);
      }
      if (rows.length < ROWS_PER_PAGE && out.size < ROUNDS_PER_PULL) this.cursor = 0; // end reached: start over
    }
    return [...out.values()];
  }

  /**
   * Asks one member, session by session (the sessions of this pull's rounds that named it), and stores
   * what verifies; a member that gives nothing is backed off.
   */
  private async askPeer(peer: string, sessions: ReadonlySet<Hex>, byKeyHash: Map<string, UnpaidOwnRound>): Promise<number> {
    const payments: HandedPayment[] = [];
    try {
      for (const sessionId of sessions) payments.push(...(await fetchHandedPayments(peer, this.options.self, this.options.timeoutMs ?? 2_000, sessionId)));
    } catch (error) {
      this.options.log(`pool hand-over: ${peer} gave no payments (${isAirtntError(error) ? error.code : String(error)})`);
      this.backOff(peer);
      return 0;
    }
    this.backoff.delete(peer);
    let stored = 0;
    for (const payment of payments) {
      const round = byKeyHash.get(payment.keyHash);
      // A payment for none of this member's unpaid rounds pays nobody here: not ours to judge.
      if (round === undefined || round.sessionId !== payment.sessionId) continue;
      if (this.accept(round, payment)) {
        byKeyHash.delete(payment.keyHash);
        stored += 1;
      }
    }
    return stored;
  }

  private backOff(peer: string): void {
    const failures = (this.backoff.get(peer)?.failures ?? 0) + 1;
    this.backoff.delete(peer);
    if (this.backoff.size >= MAX_BACKOFF_PEERS) this.backoff.delete(this.backoff.keys().next().value!);
    this.backoff.set(peer, { failures, until: this.pulls + Math.min(2 ** failures, MAX_BACKOFF_PULLS) });
  }

  /** Verifies and stores one payment (before anything acts on it); false when refused. */
  private accept(round: UnpaidOwnRound, payment: HandedPayment): boolean {
    const { store, log } = this.options;
    const channel = store.poolChannel(round.channelId);
    if (channel === undefined) return false;
    try {
      checkHandedPayment(this.options.domain, this.options.self, { channelId: channel.channelId, requester: channel.requester, allocation: channel.allocation, held: store.heldOnChannel(channel.channelId), amountDue: round.amountDue }, payment);
    } catch (error) {
      if (!isAirtntError(error)) throw error;
      log(`pool hand-over: ${error.message}`);
      return false;
    }
    if (!store.storeHandedPayment(round, { amount: payment.amount, signature: payment.signature })) return false;
    log(`pool hand-over: stored the payment of round ${round.round} of session ${round.sessionId.slice(0, 10)} (${payment.amount}), held by another member`);
    this.options.onHandedOver?.(payment.amount);
    this.options.onStored(channel.channelId);
    return true;
  }
}

const roundKey = (round: UnpaidOwnRound): string => `${round.sessionId}/${round.round}/${round.view}`;
