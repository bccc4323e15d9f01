/**
 * The requester's side of one session with one executor, as steps: open, receive a result, pay,
 * receive the key. Each step drives the pure machine (src/protocol/requester-session.ts) and the
 * store: the signed update and the round's ciphertexts are committed before the update is sent, in
 * one transaction with k and the decrypted state of the round before (one durable write per round);
 * with no payment to follow, k and the state are committed on their own: when the session finishes,
 * when k came from the chain, or (k alone) when the round does not open. Why nothing worth money can
 * be lost that way: docs/protocol.md part 3, "Durability". The opening is built in
 * session-opening.ts; a withheld key is taken from the chain by revealed-keys.ts.
 */
import { checkRecordClaim } from '../registry/record-claim-check.js';
import { randomBytes } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import type { Hex } from 'viem';
import { signPayment, type PaymentTerms } from '../protocol/payment.js';
import { acceptKey, acceptResult, paymentSent, type RequesterSessionState } from '../protocol/requester-session.js';
import { openRoundResult, stateCommitment } from '../protocol/sealing.js';
import { NODE_PRIMITIVES } from '../crypto/node-primitives.js';
import type { Message } from '../protocol/messages.js';
import { isRequesterRecipient } from '../protocol/release.js';
import { fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { NO_REQUESTER_FAULTS } from './faults.js';
import { connectWithBackoff, ExecutorPeer } from './peer.js';
import type { ChannelRow, CompletedRound } from './requester-store.js';
import { keyFromChain, KeyFromChainError } from './revealed-keys.js';
import { emptyRoundPhases, type OwnersForSession, type RoundOutcome, type RoundPhaseTimes, type SessionContext } from './session-context.js';
import { prepareOpening } from './session-opening.js';
import type { PoolSessionParts } from './pool-session-parts.js';
import type { VerifiedExecutor } from './verify-executor.js';

export { KeyFromChainError } from './revealed-keys.js';

export class SessionClient {
  readonly sessionId = new Uint8Array(randomBytes(32));
  /** The session id in hex, as the store keys it (the wire and the sealing use the bytes). */
  readonly sessionIdHex: Hex = toHex(this.sessionId);
  private readonly sessionSecret = new Uint8Array(randomBytes(32));
  /** Time per step of this session's rounds (benchmarks report it; nothing depends on it). */
  readonly phases: RoundPhaseTimes = emptyRoundPhases();
  private machine!: RequesterSessionState;
  private peer: ExecutorPeer | undefined;
  /** A pool session's executors of earlier views (their sockets ended at the view change). */
  private readonly retiredPeers: ExecutorPeer[] = [];
  private state: Uint8Array;
  /** commit(state) under this session's keys, once known (the next record's input commitment). */
  private stateCommitment: Uint8Array | undefined;
  /**
   * The last round opened with k from the executor, not yet on disk: written with the next payment
   * (or by finish()). Its state is used before then only to check the next record, in memory; nothing
   * is paid, sealed or reported as final before the write that holds it.
   */
  private unsaved: CompletedRound | undefined;
  /** Results go to a recipient the owners named: records are checked and rounds paid, nothing is decrypted. */
  private forRecipient = false;
  /** The state the next round starts from is a data owner's ciphertext, not readable here (until round 1 opens). */
  private inputUnknown = false;
  /** The last round paid in this session (a pool's view change continues after it). */
  private lastPaid: { round: bigint; keyHash: Hex; amount: bigint; signature: Hex } | undefined;
  private pendingRound: { round: bigint; terms: PaymentTerms; record: Uint8Array; cyclesAsked: number; cyclesDone: number; previousState: Uint8Array | undefined; stateCiphertext: Uint8Array; outputsCiphertext: Uint8Array; recordClaim?: Uint8Array } | undefined;

  constructor(
    private readonly ctx: SessionContext,
    readonly params: {
      runId: string;
      executor: VerifiedExecutor;
      channel: ChannelRow;
      /** Cumulative amount already signed on the channel. */
      base: bigint;
      functionMeasurement: Uint8Array;
      firstRound: bigint;
      state: Uint8Array;
      /**
       * The run's budget: each payment is counted against it in the transaction that stores it,
       * before it is sent (SPEND_LIMIT_REACHED, nothing sent, beyond it). Absent: not counted.
       */
      spendLimit?: bigint;
      /** Owners' releases for this session (code and/or data owner); with a named recipient, results are not opened here. */
      owners?: OwnersForSession;
      /** A pool session (pool-session-parts.ts): opened on every member, acks checked, PoolPayments to the executor. */
      pool?: PoolSessionParts;
    },
  ) {
    this.state = params.state;
  }

  /**
   * Connects, sends the signed opening with the sealed state, and asks the first round. The signed
   * schedule fixes the cycles of every round: each asks min(cycles, sessionCycles - asked so far), so
   * pay() must continue it exactly or end the session (0). sessionCycles defaults to `cycles` rounds
   * without end (Number.MAX_SAFE_INTEGER).
   */
  async open(cycles: number, sessionCycles: number = Number.MAX_SAFE_INTEGER): Promise<void> {
    const { executor } = this.params;
    // A single executor's connection is made while the session is stored (it carries nothing until the
    // opening is sent; the opening is sealed once the link's version is known). Not with owners: their releases may take seconds,
    // longer than an executor waits for an opening. A pool connects to its members in pool.open.
    const early = this.params.pool === undefined && this.params.owners === undefined;
    const giveUp = new AbortController();
    const connect = () => connectWithBackoff(executor.sessionUrl, { timeoutMs: this.ctx.timeouts.connectMs, signal: giveUp.signal, ...(executor.tlsCa === undefined ? {} : { ca: executor.tlsCa }) });
    const connecting = early ? connect() : undefined;
    connecting?.catch(() => undefined); // awaited below, or given up if the opening fails first
    // Two turns of the event loop let the TCP connection complete and the upgrade request leave before
    // the synchronous work below (the session's commit): the executor then answers the
    // upgrade while this side works (about 2 ms less setup on loopback; elsewhere it costs two turns).
    if (connecting !== undefined) {
      await setImmediate();
      await setImmediate();
    }
    try {
      await this.prepareAndSend(connecting ?? connect, cycles, sessionCycles);
    } catch (error) {
      // A retry waiting or a handshake under way stops; a connection already open closes.
      if (this.peer === undefined) {
        giveUp.abort();
        void connecting?.then((peer) => peer.close(), () => undefined);
      }
      throw error;
    }
  }

  /** Stores the session, seals and signs its opening, then sends it on the connection (made now, or under way). */
  private async prepareAndSend(connection: Promise<ExecutorPeer> | (() => Promise<ExecutorPeer>), cycles: number, sessionCycles: number): Promise<void> {
    const { executor, channel, firstRound } = this.params;
    this.ctx.store.insertSession(
      {
        sessionId: this.sessionIdHex,
        runId: this.params.runId,
        executorUrl: executor.url,
        channelId: channel.channelId,
        sessionSecret: this.sessionSecret,
        enclaveAddress: toHex(executor.info.enclave.signingPublicKey),
        firstRound,
      },
      Date.now(),
    );
    const pool = this.params.pool;
    if (pool !== undefined) {
      // The pool session (members, contract, view) and then each view change, durable before any member sees them.
      this.ctx.store.pool.insertSession({
        sessionId: this.sessionIdHex, runId: this.params.runId, contract: pool.chain.domain.verifyingContract,
        members: pool.verified.map((member) => ({ url: member.url, payee: member.info.executor })), ackCount: pool.ackCount, firstView: pool.firstView,
      });
      pool.beforeViewChange = (change) => this.ctx.store.pool.insertViewChange({ sessionId: this.sessionIdHex, ...change }, Date.now());
    }
    this.ctx.faults?.reached('session-stored', { sessionId: this.sessionIdHex, round: firstRound });
    if (this.params.pool !== undefined) {
      const { peer, machine } = await this.params.pool.open({ sessionId: this.sessionId, sessionSecret: this.sessionSecret, channel, functionMeasurement: this.params.functionMeasurement, firstRound, state: this.state, cycles, sessionCycles });
      this.machine = machine;
      this.peer = peer;
      return;
    }
    const owners = this.params.owners === undefined ? undefined : await this.params.owners({ sessionId: this.sessionId, channelId: fromHex(channel.channelId, 32, 'channelId') });
    this.forRecipient = owners !== undefined && !isRequesterRecipient(owners.recipient);
    // A data owner's data is ours only as ciphertext: the first round comes as a full state, under the commitment the enclave signed.
    this.inputUnknown = !this.forRecipient && owners !== undefined && owners.releases.some((release) => release.role === 'data');
    // Sealed once the link's version is known: from version 4 the opening may say this requester decodes bit diffs.
    const peer = await (typeof connection === 'function' ? connection() : connection);
    let opening: Awaited<ReturnType<typeof prepareOpening>>;
    try {
      opening = await prepareOpening(this.ctx.chain, {
        ...this.params,
        owners,
        sessionId: this.sessionId,
        sessionSecret: this.sessionSecret,
        state: this.state,
        cycles,
        sessionCycles,
        decodesBitDiff: peer.version >= 4 && this.ctx.codecs.bitDiff !== undefined,
      });
    } catch (error) {
      peer.close();
      throw error;
    }
    this.machine = opening.machine;
    this.peer = peer;
    await this.peer.send(opening.message);
  }

  /** Waits for the awaited round's result and checks it; returns the payment terms it is worth. */
  async receiveResult(): Promise<{ round: bigint; cyclesDone: number; terms: PaymentTerms }> {
    let message: Message | undefined;
    const waitStarted = performance.now();
    // A pool's executor died, refused or went silent before the result: the next member runs the round
    // (and the one after it, if that one fails too: at most one view change per other member).
    for (let failovers = 0; message === undefined; failovers += 1) {
      try {
        message = await this.peer!.next(this.ctx.timeouts.resultMs, 'result');
      } catch (error) {
        if (this.params.pool === undefined || failovers >= this.params.pool.members.length - 1) throw error;
        this.ctx.log(`pool executor gone before a result (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): view change`);
        this.peer!.abort(error);
        await this.failOver(this.machine.cyclesAsked);
      }
    }
    const checkStarted = performance.now();
    this.phases.resultWaitMs += checkStarted - waitStarted;
    if (message.kind !== 'result') {
      throw new AirtntError('MESSAGE_OUT_OF_ORDER', `expected a result, got "${message.kind}"`);
    }
    this.params.pool?.watch(this.peer!);
    const cyclesAsked = this.machine.cyclesAsked;
    const input = this.forRecipient || this.inputUnknown ? this.recipientCommitment(message.inputStateCommitment) : this.stateCommitment ?? stateCommitment(this.sessionSecret, this.sessionId, this.state);
    const accepted = acceptResult(this.machine, message, input, NODE_PRIMITIVES);
    if (this.ctx.registry !== undefined) {
      const recordAddress = this.params.executor.info.enclave.recordAddress;
      await checkRecordClaim(this.ctx.registry, { recordAddress, sessionId: this.sessionId, round: message.round, record: accepted.record }, message.recordClaim);
    }
    // A pool round is paid only once ackCount standbys hold its key.
    this.params.pool?.checkAcks(this.sessionId, message, accepted.state.pending!.keyHash);
    this.machine = accepted.state;
    this.pendingRound = {
      round: message.round,
      terms: accepted.terms,
      record: accepted.record,
      cyclesAsked,
      cyclesDone: message.cyclesDone,
      previousState: this.inputUnknown ? undefined : this.state,
      stateCiphertext: message.stateCiphertext,
      outputsCiphertext: message.outputsCiphertext,
      ...(message.recordClaim === undefined ? {} : { recordClaim: message.recordClaim }),
    };
    this.phases.resultCheckMs += performance.now() - checkStarted;
    return { round: message.round, cyclesDone: message.cyclesDone, terms: accepted.terms };
  }

  /**
   * Signs and durably stores the payment for the pending round (with k and the state of the round
   * before it, in one transaction), then sends it with the next round's cycles.
   */
  async pay(nextCycles: number): Promise<void> {
    const pending = this.pendingRound!;
    const signStarted = performance.now();
    const signature = this.params.pool === undefined ? await signPayment(this.ctx.chain.account, this.ctx.chain.domain, pending.terms) : await this.params.pool.signPayment(pending.terms);
    // Amounts are cumulative: this payment gives away what it adds to the last amount signed.
    const cost = pending.terms.amount - this.machine.paid;
    const faults = this.ctx.faults ?? NO_REQUESTER_FAULTS;
    const step = { sessionId: this.sessionIdHex, round: pending.round };
    faults.reached('payment-signed', step);
    const storeStarted = performance.now();
    this.phases.signMs += storeStarted - signStarted;
    this.ctx.store.insertPaidRound(
      {
        sessionId: this.sessionIdHex,
        round: pending.round,
        runId: this.params.runId,
        channelId: pending.terms.channelId,
        cyclesAsked: pending.cyclesAsked,
        cyclesDone: pending.cyclesDone,
        amount: pending.terms.amount,
        keyHash: pending.terms.keyHash,
        paymentSignature: signature,
        record: pending.record,
        recordSignature: this.machine.pending!.signature,
        recordClaim: pending.recordClaim,
        ...(this.params.pool === undefined ? {} : { pool: { member: this.params.pool.executor.info.executor, view: this.params.pool.runView } }),
        stateCiphertext: pending.stateCiphertext,
        outputsCiphertext: pending.outputsCiphertext,
      },
      Date.now(),
      this.unsaved,
      this.params.spendLimit === undefined ? undefined : { cost, limit: this.params.spendLimit },
    );
    this.unsaved = undefined;
    this.lastPaid = { round: pending.round, keyHash: pending.terms.keyHash, amount: pending.terms.amount, signature };
    faults.afterPaymentStored(step);
    this.machine = paymentSent(this.machine, pending.terms.amount, nextCycles);
    const sendStarted = performance.now();
    this.phases.storeMs += sendStarted - storeStarted;
    // An executor of link version 3 derives the amount (the signature is over it): 9 bytes a round less.
    await this.sendPay(this.peer!.version >= 3 ? undefined : pending.terms.amount, signature, nextCycles);
    this.phases.sendMs += performance.now() - sendStarted;
    faults.afterPaymentSent(step);
  }

  /** The pending round's terms (what pay() signs). */
  get pendingTerms(): PaymentTerms | undefined {
    return this.pendingRound?.terms;
  }

  /** Sends a pay message as given, unchecked (pay() uses it; tests use it to send bad updates); `amount` undefined: left out. */
  sendPay(amount: bigint | undefined, signature: Hex, nextCycles: number): Promise<void> {
    return this.peer!.send({ kind: 'pay', ...(amount === undefined ? {} : { amount }), signature: fromHex(signature, 65, 'signature'), nextCycles });
  }

  /** The next raw message from the executor (tests). */
  nextMessage(timeoutMs: number): Promise<Message> {
    return this.peer!.next(timeoutMs, 'message');
  }

  /**
   * Waits for k. If the executor withholds it (timeout, disconnect, anything else), the connection is
   * dropped (so an honest-but-crashed executor collects, which reveals k) and the chain is watched
   * for k for keyFromChainMs; KEY_WITHHELD if it does not appear (recover() keeps trying later).
   * Once k checks out, a failure to open the round is ours, not the executor's: ROUND_OPEN_FAILED.
   */
  async receiveKey(): Promise<RoundOutcome> {
    const pending = this.pendingRound!;
    let key: Uint8Array;
    const waitStarted = performance.now();
    try {
      const message = await this.peer!.next(this.ctx.timeouts.keyMs, 'key');
      if (message.kind !== 'key') throw new AirtntError('MESSAGE_OUT_OF_ORDER', `expected the key, got "${message.kind}"`);
      this.machine = acceptKey(this.machine, message);
      key = message.key;
      this.ctx.faults?.reached('key-received', { sessionId: this.sessionIdHex, round: pending.round });
    } catch (error) {
      this.peer!.abort(error);
      if (this.params.pool !== undefined) return this.keyFromPool(pending.round, error);
      const fromChain = await keyFromChain(this.ctx, this.params.executor.url, { round: pending.round, channelId: pending.terms.channelId, keyHash: pending.terms.keyHash }, error);
      throw new KeyFromChainError(this.completeRound(fromChain, 'chain'), error);
    }
    const openStarted = performance.now();
    this.phases.keyWaitMs += openStarted - waitStarted;
    const outcome = this.completeRound(key, 'executor');
    this.phases.keyOpenMs += performance.now() - openStarted;
    return outcome;
  }

  /**
   * A pool's executor died after payment and before the key: a standby releases it against the stored
   * PoolPayment (nothing re-run, nothing paid again); a session with rounds left then fails over.
   */
  private async keyFromPool(round: bigint, cause: unknown): Promise<RoundOutcome> {
    const paid = this.lastPaid!;
    this.ctx.log(`pool executor gone before the key of round ${round} (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}): asking the standbys`);
    const terms = this.pendingRound!.terms;
    const key = await this.params.pool!.keyFromStandbys(round, { amount: terms.amount, signature: fromHex(paid.signature, 65, 'signature') }, terms.keyHash, this.ctx.timeouts.keyMs);
    this.machine = acceptKey(this.machine, { kind: 'key', round, key });
    const outcome = this.completeRound(key, 'pool');
    if (this.machine.cyclesAsked > 0) await this.failOver(this.machine.cyclesAsked);
    return outcome;
  }

  /** The pool's executor stopped answering: a signed view change, and the next member continues by itself. */
  private async failOver(nextCycles: number): Promise<void> {
    const { peer, machine } = await this.params.pool!.failover({
      sessionId: this.sessionId, lastPaid: this.lastPaid, nextCycles, channel: this.params.channel, functionMeasurement: this.params.functionMeasurement, firstRound: this.params.firstRound, timeoutMs: this.ctx.timeouts.keyMs,
    });
    // Its bytes still count: the run's totals are every socket the session used.
    if (this.peer !== undefined) this.retiredPeers.push(this.peer);
    this.peer = peer;
    this.machine = machine;
  }

  /**
   * Under a named recipient's keys the requester cannot compute the input commitment: it takes the
   * one the result names. The enclave's signature still binds the record (session, round, cycles, work,
   * ciphertext hashes, key hash) to what is paid; the recipient checks the commitments chain when it opens.
   */
  private recipientCommitment(commitment: Uint8Array | undefined): Uint8Array {
    if (commitment === undefined) {
      throw new AirtntError('RESULT_NOT_ATTESTED', 'the result of an owners\' session (a named recipient, or a data owner\'s data) does not carry its input state commitment', {
        hint: 'the executor must send the record\'s input commitment in such sessions: nothing is paid for this result',
      });
    }
    return commitment;
  }

  private completeRound(key: Uint8Array, keyFrom: RoundOutcome['keyFrom']): RoundOutcome {
    const pending = this.pendingRound!;
    if (this.forRecipient) {
      // Nothing to open: the ciphertexts were stored with the payment; k is kept for the recipient.
      this.ctx.store.completeRound(this.sessionIdHex, pending.round, { key, state: new Uint8Array(0), outputs: [] }, Date.now());
      this.pendingRound = undefined;
      return { round: pending.round, cyclesAsked: pending.cyclesAsked, cyclesDone: pending.cyclesDone, amount: pending.terms.amount, state: new Uint8Array(0), outputs: [], keyFrom, forRecipient: true };
    }
    let opened: ReturnType<typeof openRoundResult>;
    try {
      opened = openRoundResult({
        sessionSecret: this.sessionSecret,
        sessionId: this.sessionId,
        round: pending.round,
        record: pending.record,
        key,
        stateCiphertext: pending.stateCiphertext,
        outputsCiphertext: pending.outputsCiphertext,
        previousState: pending.previousState,
        codecs: this.ctx.codecs,
        primitives: NODE_PRIMITIVES,
      });
    } catch (cause) {
      // k checked out against the signed key hash: keep it, even though the round does not open.
      this.ctx.store.recordKey(this.sessionIdHex, pending.round, key);
      this.peer?.abort(cause);
      throw new AirtntError('ROUND_OPEN_FAILED', 'the paid round\'s key checks out, but its result could not be opened', {
        details: { round: String(pending.round), reason: cause instanceof AirtntError ? cause.code : String(cause) },
        hint: 'the key is valid: check the requester\'s codecs and limits; the executor is not to blame',
        cause,
      });
    }
    this.unsaved = { sessionId: this.sessionIdHex, round: pending.round, key, state: opened.state, outputs: opened.outputs };
    // A key from the chain ends this session: no payment follows to carry the write.
    if (keyFrom === 'chain') this.saveOpenedRound();
    this.state = opened.state;
    this.stateCommitment = opened.stateCommitment;
    this.inputUnknown = false;
    this.pendingRound = undefined;
    return { round: pending.round, cyclesAsked: pending.cyclesAsked, cyclesDone: pending.cyclesDone, amount: pending.terms.amount, state: opened.state, outputs: opened.outputs, keyFrom };
  }

  /** Writes the last opened round (k, state, outputs) on its own, when no payment will carry it. */
  private saveOpenedRound(): void {
    if (this.unsaved === undefined) return;
    const { sessionId, round } = this.unsaved;
    this.ctx.store.completeRound(sessionId, round, this.unsaved, Date.now());
    this.unsaved = undefined;
    this.ctx.faults?.reached('round-completed', { sessionId, round });
  }

  /** Ends the session and records its byte counts. */
  async finish(reason: string): Promise<{ sent: number; received: number }> {
    this.saveOpenedRound();
    this.params.pool?.close();
    if (this.peer === undefined) {
      // A single executor's opening leaves only on a connection: none, so nothing ran on the channel and
      // it may serve the next session (a pool's openings may have reached some members: left as it is).
      if (this.params.pool === undefined) this.ctx.store.endSession(this.sessionIdHex, `${reason} (not opened)`, { sent: 0, received: 0 }, Date.now());
      return { sent: 0, received: 0 };
    }
    this.peer.close();
    await this.peer.closed();
    // A pool session's: the executor of every view and the standbys, all counted here.
    const bytes = [this.peer.bytes(), ...this.retiredPeers.map((peer) => peer.bytes()), this.params.pool?.standbyBytes() ?? { sent: 0, received: 0 }].reduce((sum, b) => ({ sent: sum.sent + b.sent, received: sum.received + b.received }));
    this.ctx.store.endSession(this.sessionIdHex, reason, bytes, Date.now());
    this.ctx.faults?.reached('session-ended');
    return bytes;
  }

  /** Drops the connection without a word (tests: a requester that stops paying). */
  abandon(): void {
    this.saveOpenedRound();
    this.peer?.close();
  }
}
