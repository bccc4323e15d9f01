/**
 * The requester's part of a pool session (docs/protocol.md, "The pool"), used by session-client.ts
 * when a run is given standbys: each member verified as an executor is, the pool address its channel
 * names, one `open` per member (its own sealed opening, the same session id, signed under AirtntPools'
 * domain), the standbys opened first (each answers `standby` once the session is in its enclave), then
 * the view-0 executor with their pool link URLs; each result's acks checked (checkPoolAcks) before the
 * round is paid, and payments signed as PoolPayments to the executor. The standbys' sockets stay open
 * for the whole session: when the executor stops answering, a paid round's key is asked of a standby
 * (`keyRequest` with its PoolPayment) and the requester signs a view change naming the next live
 * member, which continues the session by itself from its replica of the last paid round: nothing is
 * re-sent, nothing is paid twice, no transaction is sent.
 */
import { zeroAddress, type Address, type Hex } from 'viem';
import { withChannels, type ChainClient } from '../chain/client.js';
import { NODE_PRIMITIVES } from '../crypto/node-primitives.js';
import type { OpenMessage, ResultMessage } from '../protocol/messages.js';
import { keyHashOf, type PaymentTerms } from '../protocol/payment.js';
import { poolOpeningSection, sealPoolSessionOpening, type PoolTerms } from '../protocol/pool-opening.js';
import { checkPoolAcks, nextExecutorIndex, type PoolMember } from '../protocol/pool-rules.js';
import { poolAddress, poolAllocation, signPoolPayment, signViewChange } from '../protocol/pool-signatures.js';
import { newRequesterSession, type RequesterSessionState } from '../protocol/requester-session.js';
import { signSessionOpen } from '../protocol/session-open.js';
import { fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { POOL_LINK_PATH } from './executor-pool-node.js';
import { SESSION_PATH } from './info.js';
import { connectWithBackoff, type ExecutorPeer, type PeerBytes } from './peer.js';
import type { ChannelRow } from './requester-store.js';
import type { VerifiedExecutor } from './verify-executor.js';

const ZERO_HASH = `0x${'00'.repeat(32)}` as Hex;
/**
 * How long a pool's executor may be silent (no frame, no pong to the pings sent every fifth of it)
 * before the requester takes it as down: a partitioned executor costs about this much at failover.
 */
export const POOL_SILENCE_MS = 1_500;

/** A view change as signed (the session's own view number), handed to beforeViewChange. */
export type SignedViewChange = { signedView: number; executorIndex: number; lastPaidRound: bigint; lastPaidKeyHash: Hex; ackCount: number; signature: Hex };

export type PoolOpenInput = {
  sessionId: Uint8Array;
  sessionSecret: Uint8Array;
  channel: ChannelRow;
  functionMeasurement: Uint8Array;
  firstRound: bigint;
  state: Uint8Array;
  cycles: number;
  sessionCycles: number;
};

export class PoolSessionParts {
  readonly members: PoolMember[];
  /** The channel's executor: nobody holds its key; only collectPool and refund act on it. */
  readonly address: Address;
  /** The pool's one rate: the highest member price, so every member's price is met. */
  readonly rate: bigint;
  private currentAckCount: number;
  /** Sockets to the standbys of the current view (index -> peer); the executor's is the session's own. */
  private readonly standbyPeers = new Map<number, ExecutorPeer>();
  private readonly dead = new Set<number>();
  /** Standbys found dead by their pings or a closed socket (reported in the run's failures). */
  private readonly deadStandbys: { url: string; code: 'POOL_STANDBY_DEAD'; message: string }[] = [];
  private closing = false;
  view = 0;
  executorIndex = 0;
  /**
   * The run's view when this session opened (a restarted requester resumes in the view its run was
   * left in: pool-resume.ts); `view` is the session's own count, as signed. Reported views are firstView + view.
   */
  firstView = 0;
  /** Called with each signed view change before it is sent to any member (the requester stores it durably). */
  beforeViewChange: ((change: SignedViewChange) => void) | undefined;
  /** What each member was signed in all (index -> cumulative amount), for the deposit cap. */
  private readonly signed = new Map<number, bigint>();

  /**
   * @param verified the members in order (0: the view-0 executor), each verified like a single executor
   * @param chain the requester's client pointed at AirtntPools (withChannels)
   */
  constructor(
    readonly verified: readonly VerifiedExecutor[],
    readonly chain: ChainClient,
    readonly ackCount: number,
    private readonly connectMs: number,
    /** The executor's silence (no frame, no pong) taken as its failure; see ExecutorPeer.watchSilence. */
    readonly silenceMs: number = POOL_SILENCE_MS,
    /** A standby's silence to its pings taken as its death (reported, skipped by view changes). */
    readonly standbySilenceMs: number = silenceMs,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.members = verified.map((member) => ({ payee: member.info.executor, enclavePublicKey: member.info.enclave.signingPublicKey, enclaveHpkeKey: member.info.enclave.hpkePublicKey }));
    this.address = poolAddress(this.members.map((member) => member.payee));
    this.rate = verified.reduce((max, member) => (member.pricePerCycle > max ? member.pricePerCycle : max), 0n);
    this.currentAckCount = ackCount;
    if (!Number.isInteger(ackCount) || ackCount < 0 || ackCount > verified.length - 1) {
      throw new AirtntError('POOL_MEMBERS_INVALID', `ackCount ${ackCount} is not in [0, ${verified.length - 1}] for a pool of ${verified.length}`, { details: { ackCount, members: verified.length } });
    }
  }

  get terms(): PoolTerms {
    return { requester: this.chain.account.address, domain: this.chain.domain, rate: this.rate };
  }

  /** Opens the session on every standby, then on the executor; returns the executor's peer and the session machine. */
  async open(input: PoolOpenInput): Promise<{ peer: ExecutorPeer; machine: RequesterSessionState }> {
    const standbys = this.verified.slice(1).map((member, i) => ({ index: i + 1, url: poolLinkUrl(member.sessionUrl) }));
    for (let index = 1; index < this.verified.length; index += 1) {
      const member = this.verified[index]!;
      const peer = await connectWithBackoff(member.sessionUrl, { timeoutMs: this.connectMs, ...(member.tlsCa === undefined ? {} : { ca: member.tlsCa }) });
      this.standbyPeers.set(index, peer);
      await peer.send(await this.openMessage(input, index, []));
      const answer = await peer.next(this.connectMs * 4, 'standby');
      if (answer.kind !== 'standby') throw new AirtntError('MESSAGE_OUT_OF_ORDER', `standby ${index} (${member.url}) answered "${answer.kind}" to the opening`, { details: { index, got: answer.kind } });
      this.watchStandby(index, peer);
    }
    const executor = this.verified[0]!;
    const peer = await connectWithBackoff(executor.sessionUrl, { timeoutMs: this.connectMs, ...(executor.tlsCa === undefined ? {} : { ca: executor.tlsCa }) });
    await peer.send(await this.openMessage(input, 0, standbys));
    const machine = newRequesterSession({
      sessionId: input.sessionId,
      channelId: input.channel.channelId,
      functionMeasurement: input.functionMeasurement,
      enclavePublicKey: executor.info.enclave.signingPublicKey,
      runtimeMeasurement: executor.info.enclave.runtimeMeasurement,
      insecure: this.verified.some((member) => member.info.insecure),
      rate: this.rate,
      base: 0n,
      firstRound: input.firstRound,
      cycles: Math.min(input.cycles, input.sessionCycles),
      maxAmount: poolAllocation(input.channel.deposit, this.members.length),
    });
    return { peer, machine };
  }

  /**
   * Starts the heartbeat on the executor's socket (once per socket): from its first result on (the
   * opening's setup may hold the executor's event loop), and at once on a view's new executor.
   */
  watch(peer: ExecutorPeer): void {
    peer.watchSilence(this.silenceMs);
  }

  /**
   * A standby is pinged as the executor is (a ping frame every fifth of standbySilenceMs, answered by
   * its host's event loop): one that stops answering, or whose socket closes, is marked dead at once,
   * logged and reported (POOL_STANDBY_DEAD), and no view change names it or waits for it. Otherwise a
   * dead standby would be found only when needed: a view change naming it costs a view and a silence.
   */
  private watchStandby(index: number, peer: ExecutorPeer): void {
    peer.watchSilence(this.standbySilenceMs);
    peer.onFailed((cause) => {
      // Closed by us, already known, or no longer a standby (it became the executor: its failure is a failover).
      if (this.closing || this.dead.has(index) || this.standbyPeers.get(index) !== peer) return;
      this.dead.add(index);
      const url = this.verified[index]!.url;
      const message = `standby ${index} (${url}) of view ${this.view} is dead: ${cause.message.split('\n')[0]}; no later view names it`;
      this.deadStandbys.push({ url, code: 'POOL_STANDBY_DEAD', message });
      this.log(`pool: POOL_STANDBY_DEAD ${message}`);
    });
  }

  /** The standbys found dead since the last call (for the run's failures). */
  takeDeadStandbys(): { url: string; code: 'POOL_STANDBY_DEAD'; message: string }[] {
    return this.deadStandbys.splice(0);
  }

  /** Before a round is paid: at least ackCount standbys hold its key (their enclaves signed for this view, round and key hash). */
  checkAcks(sessionId: Uint8Array, result: ResultMessage, keyHash: Uint8Array): void {
    checkPoolAcks({ acked: { sessionId, view: this.view, round: result.round, keyHash }, acks: result.acks ?? [], members: this.members, executorIndex: this.executorIndex, ackCount: this.currentAckCount }, NODE_PRIMITIVES);
  }

  /** The round's payment as a PoolPayment to the executor of the view (its cumulative amount: base 0 plus its rounds). */
  signPayment(terms: PaymentTerms): Promise<Hex> {
    this.signed.set(this.executorIndex, terms.amount);
    return signPoolPayment(this.chain.account, this.chain.domain, { channelId: terms.channelId, member: this.members[this.executorIndex]!.payee, amount: terms.amount, keyHash: terms.keyHash });
  }

  /**
   * The key of a paid round whose executor stopped answering: asked of each live standby in turn with
   * the round's PoolPayment (the standby's enclave releases it only against that payment). POOL_STATE_MISSING
   * (or the last refusal) when none holds it.
   */
  async keyFromStandbys(round: bigint, payment: { amount: bigint; signature: Uint8Array }, keyHash: Hex, timeoutMs: number): Promise<Uint8Array> {
    let last: unknown = new AirtntError('POOL_STATE_MISSING', `no live standby holds round ${round}`, { details: { round } });
    for (const [index, peer] of this.standbyPeers) {
      if (this.dead.has(index)) continue;
      try {
        await peer.send({ kind: 'keyRequest', round, amount: payment.amount, signature: payment.signature });
        const answer = await peer.next(timeoutMs, 'key');
        if (answer.kind === 'key' && answer.round === round) {
          // Checked here, member by member: one standby's wrong key must not keep the next from giving the right one.
          if (keyHashOf(answer.key).toLowerCase() === keyHash.toLowerCase()) return answer.key;
          this.dead.add(index);
          last = new AirtntError('KEY_MISMATCH', `standby ${index} released a key for round ${round} that does not hash to the key hash paid for`, { details: { index, round, keyHash } });
          continue;
        }
        last = new AirtntError('MESSAGE_OUT_OF_ORDER', `standby ${index} answered "${answer.kind}" to a key request`, { details: { index, got: answer.kind } });
      } catch (error) {
        this.dead.add(index);
        last = error;
      }
    }
    throw last;
  }

  /**
   * The executor of the current view stopped answering: signs the next view (the next live member in
   * order, continuing after `lastPaid`), sends it to every other live member first (each answers
   * `standby` once it refuses the old view), then to the new executor with the cycles of the next round
   * and the standbys' pool links. The view change carries the PoolPayment of the last paid round (the
   * one signed to its executor), which the new executor's enclave checks before it continues from it.
   * Returns the new executor's socket and the machine for its rounds.
   */
  async failover(input: { sessionId: Uint8Array; lastPaid: { round: bigint; keyHash: Hex; amount: bigint; signature: Hex } | undefined; nextCycles: number; channel: ChannelRow; functionMeasurement: Uint8Array; firstRound: bigint; timeoutMs: number }): Promise<{ peer: ExecutorPeer; machine: RequesterSessionState }> {
    this.dead.add(this.executorIndex);
    const next = nextExecutorIndex(this.members.length, this.executorIndex, (index) => !this.dead.has(index) && this.standbyPeers.has(index));
    if (next === undefined) throw new AirtntError('POOL_NO_MEMBER_LEFT', `no member of the pool but the failed executor ${this.executorIndex} answers`, { details: { dead: [...this.dead] } });
    const others = [...this.standbyPeers.keys()].filter((index) => index !== next && !this.dead.has(index));
    const ackCount = Math.min(this.ackCount, others.length);
    const view = this.view + 1;
    // Nothing paid yet: lastPaidRound = firstRound with a zero key hash (pool-rules.ts paidThrough), the
    // new executor starting from the opening state at firstRound.
    const lastPaidRound = input.lastPaid?.round ?? input.firstRound;
    const lastPaidKeyHash = input.lastPaid?.keyHash ?? ZERO_HASH;
    const terms = { sessionId: toHex(input.sessionId), view, executor: this.members[next]!.payee, lastPaidRound, lastPaidKeyHash, ackCount };
    const signed = await signViewChange(this.chain.account, this.chain.domain, terms);
    // Durable before any member sees it: a restarted requester resumes in this view, never an older one.
    this.beforeViewChange?.({ signedView: view, executorIndex: next, lastPaidRound, lastPaidKeyHash, ackCount, signature: signed });
    const signature = fromHex(signed);
    const payment = input.lastPaid === undefined ? {} : { payment: { amount: input.lastPaid.amount, signature: fromHex(input.lastPaid.signature, 65, 'signature') } };
    const change = { kind: 'viewChange' as const, view, executor: terms.executor, lastPaidRound, lastPaidKeyHash: fromHex(lastPaidKeyHash, 32, 'lastPaidKeyHash'), ackCount, signature, ...payment };
    for (const index of others) {
      const peer = this.standbyPeers.get(index)!;
      try {
        await peer.send({ ...change, nextCycles: 0, standbys: [] });
        const answer = await peer.next(input.timeoutMs, 'standby');
        if (answer.kind !== 'standby') throw new AirtntError('MESSAGE_OUT_OF_ORDER', `member ${index} answered "${answer.kind}" to the view change`);
      } catch {
        this.dead.add(index);
      }
    }
    const live = others.filter((index) => !this.dead.has(index));
    if (live.length < ackCount) throw new AirtntError('POOL_NO_MEMBER_LEFT', `view ${view}: ${live.length} standbys left to ack, ${ackCount} needed`, { details: { view, live } });
    const peer = this.standbyPeers.get(next)!;
    this.standbyPeers.delete(next);
    this.view = view;
    this.executorIndex = next;
    try {
      await peer.send({ ...change, nextCycles: input.nextCycles, standbys: live.map((index) => ({ index, url: poolLinkUrl(this.verified[index]!.sessionUrl) })) });
    } catch {
      // The member named died too (two members at once): the next view names the next live one.
      peer.close();
      return this.failover(input);
    }
    this.watch(peer);
    this.currentAckCount = ackCount;
    const member = this.verified[next]!;
    const machine = newRequesterSession({
      sessionId: input.sessionId,
      channelId: input.channel.channelId,
      functionMeasurement: input.functionMeasurement,
      enclavePublicKey: member.info.enclave.signingPublicKey,
      runtimeMeasurement: member.info.enclave.runtimeMeasurement,
      insecure: this.verified.some((m) => m.info.insecure),
      rate: this.rate,
      base: this.signed.get(next) ?? 0n,
      firstRound: input.lastPaid === undefined ? input.firstRound : lastPaidRound + 1n,
      cycles: input.nextCycles,
      // Never more to a member than its own allocation (all the contract lets it collect).
      maxAmount: poolAllocation(input.channel.deposit, this.members.length),
    });
    return { peer, machine };
  }

  /** What each member was signed in all (cumulative PoolPayment amounts), members in pool order. */
  signedByMember(): { member: VerifiedExecutor; amount: bigint }[] {
    return this.verified.map((member, index) => ({ member, amount: this.signed.get(index) ?? 0n }));
  }

  get totalSigned(): bigint {
    return [...this.signed.values()].reduce((sum, amount) => sum + amount, 0n);
  }

  /** The run's view now (views counted over the run, across a restarted requester's sessions). */
  get runView(): number {
    return this.firstView + this.view;
  }

  /** The payee and url of the current view's executor (what the run reports for each round). */
  get executor(): VerifiedExecutor {
    return this.verified[this.executorIndex]!;
  }

  close(): void {
    this.closing = true;
    for (const peer of this.standbyPeers.values()) peer.close();
  }

  /** The bytes of the sockets to the members still standbys (the executors' are the session client's). */
  standbyBytes(): PeerBytes {
    let sent = 0;
    let received = 0;
    for (const peer of this.standbyPeers.values()) {
      const bytes = peer.bytes();
      sent += bytes.sent;
      received += bytes.received;
    }
    return { sent, received };
  }

  private async openMessage(input: PoolOpenInput, index: number, standbys: { index: number; url: string }[]): Promise<OpenMessage> {
    const pool = { index, ackCount: this.ackCount, members: this.members };
    const terms = this.terms;
    const member = this.verified[index]!;
    const channelId = fromHex(input.channel.channelId, 32, 'channelId');
    const sealedSession = sealPoolSessionOpening({ enclaveHpkePublicKey: member.info.enclave.hpkePublicKey, sessionId: input.sessionId, channelId, functionMeasurement: input.functionMeasurement, firstRound: input.firstRound, sessionSecret: input.sessionSecret, pool, terms, state: input.state, primitives: NODE_PRIMITIVES });
    const signature = await signSessionOpen(this.chain.account, this.chain.domain, {
      executor: this.address,
      token: input.channel.token,
      lane: input.channel.lane,
      sessionId: input.sessionId,
      functionMeasurement: input.functionMeasurement,
      sealedSession,
      firstRound: input.firstRound,
      rate: this.rate,
      base: 0n,
      roundCycles: input.cycles,
      sessionCycles: input.sessionCycles,
    });
    return {
      kind: 'open',
      token: input.channel.token === zeroAddress ? undefined : input.channel.token,
      lane: input.channel.lane,
      functionMeasurement: input.functionMeasurement,
      sessionId: input.sessionId,
      sealedSession,
      firstRound: input.firstRound,
      rate: this.rate,
      base: 0n,
      cycles: input.cycles,
      sessionCycles: input.sessionCycles,
      signature,
      pool: { section: poolOpeningSection(pool, terms), standbys },
    };
  }
}

/** A member's pool link endpoint: the same host and port as its session endpoint. */
export function poolLinkUrl(sessionUrl: string): string {
  const url = new URL(sessionUrl);
  if (url.pathname !== SESSION_PATH) throw new AirtntError('POOL_MEMBERS_INVALID', `the session URL ${sessionUrl} does not end in ${SESSION_PATH}`, { details: { sessionUrl } });
  url.pathname = POOL_LINK_PATH;
  return url.toString();
}

/** The pool of a run (RequesterOptions.pool): the verified executor first, then each standby verified the same way. */
export async function poolOf(
  chain: ChainClient,
  options: { contract: Address; standbys: string[]; ackCount?: number; silenceMs?: number; standbySilenceMs?: number },
  executor: VerifiedExecutor,
  verify: (url: string) => Promise<VerifiedExecutor>,
  connectMs: number,
  log?: (line: string) => void,
): Promise<PoolSessionParts> {
  const standbys: VerifiedExecutor[] = [];
  for (const url of options.standbys) standbys.push(await verify(url));
  const silenceMs = options.silenceMs ?? POOL_SILENCE_MS;
  return new PoolSessionParts([executor, ...standbys], withChannels(chain, options.contract), options.ackCount ?? 1, connectMs, silenceMs, options.standbySilenceMs ?? silenceMs, log);
}

/** A pool session starts on the members' fresh amounts: a channel already signed on is not reused for one. */
export function poolChannelUsed(channelId: Hex, base: bigint): AirtntError {
  return new AirtntError('POOL_CHANNEL_USED', `the pool's channel ${channelId.slice(0, 10)} already carries ${base} signed: a pool session starts from 0`, {
    details: { channelId, base },
    hint: 'run the pool on a fresh channel (another lane), or without standbys',
  });
}
