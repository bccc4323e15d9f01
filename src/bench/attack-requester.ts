/**
 * A hostile requester: a funded chain account that opens channels with the chain actions and speaks
 * the session protocol with the protocol's own helpers (HPKE sealing to the enclave key from
 * /v1/info, the EIP-712 SessionOpen and Payment signatures), but follows none of the honest
 * client's rules: it asks what it likes, pays what it likes and walks away when it likes.
 */
import { randomBytes } from 'node:crypto';
import { zeroAddress, type Hex } from 'viem';
import { chainNow, openChannel, topUpChannel, type ChainClient, type ChannelRef } from '../chain/index.js';
import { encodeMessage, type OpenMessage, type ResultMessage } from '../protocol/messages.js';
import { signPayment } from '../protocol/payment.js';
import { sealSessionOpening } from '../protocol/sealing.js';
import { signSessionOpen } from '../protocol/session-open.js';
import { fromHex, toHex } from '../util/bytes.js';
import { WireSocket, type PeerInfo } from './attack-wire.js';

export type HostileChannel = { ref: ChannelRef; channelId: Hex; deposit: bigint };

export type SessionPlan = {
  channel: HostileChannel;
  state: Uint8Array;
  /** Cycles per round and over the session (the signed schedule). */
  cycles: number;
  sessionCycles?: number;
  base?: bigint;
  firstRound?: bigint;
  functionMeasurement?: Uint8Array;
  /** Seal the opening as one that decodes bit diffs (sealing.ts, info v2). */
  decodesBitDiff?: boolean;
};

/** Next free lane per account: several hostile requesters may share one chain account. */
const nextLanes = new Map<string, bigint>();

export class HostileRequester {

  constructor(
    readonly chain: ChainClient,
    readonly info: PeerInfo,
    readonly baseUrl: string,
    /** The loopback source address of this requester's sockets. */
    readonly localAddress: string,
  ) {}

  /** The built-in Game of Life (the executor advertises its measurement). */
  get lifeMeasurement(): Uint8Array {
    const life = this.info.functions[0];
    if (life === undefined) throw new Error('the executor advertises no function');
    return fromHex(`0x${life}`, 32, 'function');
  }

  /** Opens a fresh channel on a new lane with `deposit` wei, expiring `seconds` of chain time from now. */
  async openChannel(deposit: bigint, seconds = 3600): Promise<HostileChannel> {
    const account = this.chain.account.address;
    const lane = nextLanes.get(account) ?? 1n;
    nextLanes.set(account, lane + 1n);
    // The latest block may be old (automine stamps the next one with the wall clock): count from whichever is later.
    const chainSeconds = await chainNow(this.chain);
    const wallSeconds = BigInt(Math.floor(Date.now() / 1000));
    const expiry = (chainSeconds > wallSeconds ? chainSeconds : wallSeconds) + BigInt(seconds);
    const opened = await openChannel(this.chain, { executor: this.info.executor, lane, amount: deposit, expiry });
    return { ref: opened.ref, channelId: opened.channelId, deposit: opened.deposit };
  }

  async topUp(channel: HostileChannel, amount: bigint): Promise<void> {
    await topUpChannel(this.chain, { ref: channel.ref, amount });
  }

  /** A signed `open` frame for `plan`, with a fresh session id; nothing is sent. */
  async openFrame(plan: SessionPlan): Promise<{ frame: Uint8Array; sessionId: Uint8Array; sessionSecret: Uint8Array }> {
    const sessionId = new Uint8Array(randomBytes(32));
    const sessionSecret = new Uint8Array(randomBytes(32));
    const functionMeasurement = plan.functionMeasurement ?? this.lifeMeasurement;
    const firstRound = plan.firstRound ?? 0n;
    const sessionCycles = plan.sessionCycles ?? Number.MAX_SAFE_INTEGER;
    const base = plan.base ?? 0n;
    const sealedSession = sealSessionOpening({
      enclaveHpkePublicKey: this.info.hpkePublicKey,
      sessionId,
      channelId: fromHex(plan.channel.channelId, 32, 'channelId'),
      functionMeasurement,
      firstRound,
      sessionSecret,
      state: plan.state,
      decodesBitDiff: plan.decodesBitDiff === true,
    });
    const signature = await signSessionOpen(this.chain.account, this.chain.domain, {
      executor: this.info.executor,
      token: zeroAddress,
      lane: plan.channel.ref.lane,
      sessionId,
      functionMeasurement,
      sealedSession,
      firstRound,
      rate: this.info.pricePerCycle,
      base,
      roundCycles: plan.cycles,
      sessionCycles,
    });
    const open: OpenMessage = {
      kind: 'open',
      token: undefined,
      lane: plan.channel.ref.lane,
      functionMeasurement,
      sessionId,
      sealedSession,
      firstRound,
      rate: this.info.pricePerCycle,
      base,
      cycles: plan.cycles,
      sessionCycles,
      signature,
    };
    return { frame: encodeMessage(open), sessionId, sessionSecret };
  }

  connect(): Promise<WireSocket> {
    return WireSocket.connect(this.baseUrl, { localAddress: this.localAddress });
  }

  /** Connects and sends a signed `open` for `plan`. */
  async openSession(plan: SessionPlan): Promise<{ socket: WireSocket; frame: Uint8Array }> {
    const { frame } = await this.openFrame(plan);
    const socket = await this.connect();
    await socket.sendRaw(frame);
    return { socket, frame };
  }

  /** A `pay` for `result` at exactly `amount` (which the attacker chooses). */
  async pay(socket: WireSocket, channel: HostileChannel, result: ResultMessage, amount: bigint, nextCycles: number): Promise<void> {
    const signature = await signPayment(this.chain.account, this.chain.domain, { channelId: channel.channelId, amount, keyHash: toHex(result.keyHash!) }); // this connection offers no subprotocol: every result carries its key hash
    await socket.send({ kind: 'pay', amount, signature: fromHex(signature, 65, 'signature'), nextCycles });
  }
}

/** A Game of Life state (docs/functions.md): width, height (u32 LE), rows of ceil(W/8) bytes; empty, or a 50% random soup. */
export function lifeState(width: number, height: number, soup: boolean): Uint8Array {
  const stride = Math.ceil(width / 8);
  const state = new Uint8Array(8 + stride * height);
  const view = new DataView(state.buffer);
  view.setUint32(0, width, true);
  view.setUint32(4, height, true);
  if (!soup) return state;
  state.set(randomBytes(stride * height), 8);
  const padding = stride * 8 - width;
  if (padding > 0) {
    // Padding bits beyond the width must be 0.
    const mask = 0xff >> padding;
    for (let y = 0; y < height; y++) state[8 + y * stride + stride - 1]! &= mask;
  }
  return state;
}
