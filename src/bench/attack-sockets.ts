/**
 * Socket-level attacks, no money needed:
 * - issue 9 case 1: an upgrade request to a wrong path (404), or beyond the per-address connection
 *   limit (503), followed at once by a TCP reset;
 * - case 14: idle sockets held from many loopback addresses (8 each, the per-address limit) fill the
 *   executor's global cap while an honest requester tries to run. (The IPv6 half of case 14, a /64
 *   of addresses, cannot be shown on loopback: a host has ::1 only.)
 */
import type { Socket } from 'node:net';
import type { CaseResult } from './attack-types.js';
import { honestRun } from './attack-honest.js';
import { result } from './attack-report.js';
import type { AttackRig } from './attack-rig.js';
import { rawConnection, sourceAddress, upgradeRequest, WireSocket, type PeerInfo } from './attack-wire.js';

/** The executor's per-address limit of live connections (its default). */
const PER_ADDRESS = 8;
/** The reset races the executor's write: a few tries make the outcome stable. */
const RESET_ATTEMPTS = 6;

/**
 * Sends an upgrade request and resets the connection (RST, not FIN): at once on even attempts (a
 * reset that may overtake the refusal), after the refusal arrived on odd ones (a reset while the
 * executor's side is still open).
 */
async function upgradeThenReset(port: number, localAddress: string, path: string, attempt: number): Promise<void> {
  const socket: Socket = await rawConnection(port, localAddress);
  socket.on('error', () => undefined);
  const answered = new Promise<void>((resolve) => {
    socket.once('data', () => resolve());
    setTimeout(resolve, 1_000);
  });
  await new Promise<void>((resolve) => socket.write(upgradeRequest(path), () => resolve()));
  if (attempt % 2 === 1) await answered;
  socket.resetAndDestroy();
}

/** Is the executor still serving? GET /v1/info, within a bounded wait. */
async function serving(rig: AttackRig): Promise<boolean> {
  for (let i = 0; i < 3; i++) {
    if ((await rig.probeInfo(5_000)) !== undefined && rig.alive()) return true;
    if (!rig.alive()) return false;
  }
  return false;
}

export async function resetAfterRefusal(rig: AttackRig, firstSource: number): Promise<CaseResult[]> {
  const out: CaseResult[] = [];
  // Wrong path: refused with 404 before anything else.
  let crashed = false;
  for (let i = 0; i < RESET_ATTEMPTS && !crashed; i++) {
    await upgradeThenReset(rig.port, sourceAddress(firstSource), '/not-a-session', i).catch(() => undefined);
    crashed = !(await serving(rig));
  }
  const revived404 = await rig.reviveIfDead();
  out.push(result('1-upgrade-404-then-reset', !crashed && !revived404, crashed || revived404 ? 'the executor process died: the 404 was written to a reset socket with no error listener' : `executor kept serving after ${RESET_ATTEMPTS} upgrade-to-wrong-path + RST`));

  // Over the per-address limit: hold PER_ADDRESS sockets, then one more upgrade and a reset.
  const source = sourceAddress(firstSource + 1);
  const held: WireSocket[] = [];
  crashed = false;
  try {
    // Hold sockets until the executor refuses more from this address (its limit may be below PER_ADDRESS).
    for (let i = 0; i < PER_ADDRESS; i++) {
      const socket = await WireSocket.connect(rig.url, { localAddress: source }).catch(() => undefined);
      if (socket === undefined) break;
      held.push(socket);
    }
    for (let i = 0; i < RESET_ATTEMPTS && !crashed; i++) {
      await upgradeThenReset(rig.port, source, '/v1/session', i).catch(() => undefined);
      crashed = !(await serving(rig));
    }
  } finally {
    for (const socket of held) socket.terminate();
  }
  const revived503 = await rig.reviveIfDead();
  out.push(result('1-upgrade-503-then-reset', !crashed && !revived503, crashed || revived503 ? 'the executor process died: the 503 was written to a reset socket with no error listener' : `executor kept serving after ${RESET_ATTEMPTS} over-limit upgrades + RST`));
  return out;
}

/**
 * Holds `addresses` x 8 idle sockets (reconnecting as the executor drops them) while an honest
 * two-round run tries to start. Holds when the honest run completes.
 */
export async function idleSocketFlood(rig: AttackRig, info: PeerInfo, addresses: number, firstSource: number, maxMs: number): Promise<CaseResult> {
  const deadline = performance.now() + maxMs;
  let running = true;
  let openNow = 0;
  let peak = 0;
  let refused = 0;
  const slot = async (source: string): Promise<void> => {
    while (running && performance.now() < deadline) {
      let socket: WireSocket;
      try {
        socket = await WireSocket.connect(rig.url, { localAddress: source, timeoutMs: 5_000 });
      } catch {
        refused += 1;
        await new Promise((resolve) => setTimeout(resolve, 100));
        continue;
      }
      openNow += 1;
      peak = Math.max(peak, openNow);
      // Say nothing: the executor drops a socket without `open` after its pre-open time.
      while (running && performance.now() < deadline && !socket.isClosed) await socket.next(200);
      socket.terminate();
      openNow -= 1;
    }
  };
  const slots: Promise<void>[] = [];
  for (let a = 0; a < addresses; a++) for (let s = 0; s < PER_ADDRESS; s++) slots.push(slot(sourceAddress(firstSource + a)));
  // Let the sockets fill the cap (bounded) before the honest requester comes.
  const fillBy = performance.now() + 5_000;
  while (peak < Math.min(addresses * PER_ADDRESS, 64) && performance.now() < fillBy) await new Promise((resolve) => setTimeout(resolve, 50));
  const honest = await honestRun(rig.honest, info, { executors: [rig.url], rounds: 2, perRound: 50 });
  running = false;
  await Promise.all(slots);
  return result(
    '14-idle-sockets-many-addresses',
    honest.ok,
    `${addresses} addresses held up to ${peak} idle sockets (${refused} upgrades refused); honest run ${honest.ok ? 'completed' : `failed: ${honest.error ?? 'incomplete'}`}`,
  );
}

/**
 * Found while building the campaign: the per-address limits apply only to WebSocket upgrades. Plain
 * HTTP connections (here: a request whose headers never end) are accepted without limit from one
 * address and kept for Node's header timeout (60 s), each holding a file descriptor and memory.
 * Holds when the executor keeps no more than 64 such connections from one address after 2 s.
 */
export async function idleHttpConnections(rig: AttackRig, source: string, count: number): Promise<CaseResult> {
  const sockets: Socket[] = [];
  let refused = 0;
  try {
    for (let i = 0; i < count; i++) {
      try {
        const socket = await rawConnection(rig.port, source);
        socket.on('error', () => undefined);
        socket.write('GET /v1/info HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
        sockets.push(socket);
      } catch {
        refused += 1;
      }
    }
    // Give the executor time to drop what it does not want (bounded).
    const until = performance.now() + 2_000;
    while (performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
    const open = sockets.filter((s) => !s.destroyed && s.readyState === 'open').length;
    const infoMs = await rig.probeInfo(5_000);
    return result(
      'new-idle-http-connections',
      open <= 64,
      `${open} of ${count} half-sent HTTP requests from one address still held after 2 s (${refused} refused); GET /v1/info ${infoMs === undefined ? 'failed' : `${Math.round(infoMs)} ms`}`,
    );
  } finally {
    for (const socket of sockets) socket.destroy();
  }
}
