/**
 * Network namespaces for network-fault tests and `airtnt bench netfaults` (Linux, root): each executor runs as a
 * separate host in its own namespace, joined to the root namespace by a veth pair with private
 * addresses (root side 10.231.x.1/24, namespace side 10.231.x.2/24, x a free octet). The requester and
 * anvil stay in the root namespace; anvil listens on 127.0.0.1 only, so a TCP relay on each root-side
 * address carries the executors' RPC calls to it.
 *
 * Faults:
 * - partition(i): the root side of the veth goes down, so every packet to and from namespace i is
 *   dropped (requester and chain alike); heal(i) brings it back with its address and route.
 * - netem(i, { delayMs, jitterMs, lossPercent }): `tc qdisc ... netem` on both ends of the veth. It
 *   needs a kernel with CONFIG_NET_SCH_NETEM; without it the call fails with what is missing.
 *
 * - shapedUrl(i, url, netem): where the kernel has no netem, the same delay, jitter and loss applied
 *   in user space by a TCP relay on the root-side address in front of the executor at `url`: every
 *   chunk is held delay ± jitter each way (in order), and a lost packet, which TCP hides, shows as
 *   what it costs: a stall of one minimal retransmission timeout (200 ms on Linux).
 *
 * Everything is named with a fixed prefix and the creating process's pid, so that a run killed before
 * its teardown is cleaned up by the next one (cleanupLeftovers: names whose pid is dead) while runs
 * going on at the same time keep theirs; each run takes /24s of 10.231.0.0/16 that no interface uses
 * yet. teardown() removes all of it whatever state the test is in.
 */
import { AirtntError } from '../util/errors.js';
import { execFile } from 'node:child_process';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { promisify } from 'node:util';
import { cliCommand } from '../util/paths.js';

const run = promisify(execFile);

/** Prefix of every namespace this helper creates (its leftovers are found by it). */
export const NETNS_PREFIX = 'airtnt-nf-';
/** Prefix of the root-side veth ends, then pid, 'x' or 'y', index (interface names are at most 15 bytes). */
const VETH_PREFIX = 'nf';
/** 10.231.0.0/16: private, and far from the ranges Docker, libvirt and VPNs usually take. */
const SUBNET = '10.231';
/** The name of the namespace's end of its veth, inside the namespace. */
export const NS_LINK = 'eth0';

export type Host = {
  /** Namespace name (for `ip netns exec`). */
  name: string;
  /** The namespace's address: executors listen on it. */
  address: string;
  /** The root namespace's address on this veth: the relay to anvil listens on it. */
  rootAddress: string;
  /** The RPC URL that reaches anvil from inside this namespace. */
  rpcUrl: string;
  /** The command prefix that runs the airtnt CLI inside this namespace. */
  command: string[];
};

export type Netem = { delayMs: number; jitterMs?: number; lossPercent?: number };

/** Linux's minimal TCP retransmission timeout (TCP_RTO_MIN): what a lost segment costs at best. */
const RTO_MIN_MS = 200;
/** A direction of a shaped relay holds at most this much before it stops reading its source. */
const SHAPED_QUEUE_BYTES = 4 * 1024 * 1024;

/** Whether this kernel has the netem qdisc (CONFIG_NET_SCH_NETEM). */
export async function kernelHasNetem(): Promise<boolean> {
  try {
    const config = (await run('sh', ['-c', 'zcat /proc/config.gz 2>/dev/null || cat /boot/config-$(uname -r) 2>/dev/null'], { timeout: 10_000 })).stdout;
    if (/^CONFIG_NET_SCH_NETEM=[ym]$/m.test(config)) return true;
    if (/^# CONFIG_NET_SCH_NETEM is not set$/m.test(config)) return false;
  } catch {
    // no kernel config to read: ask tc below
  }
  return (await run('sh', ['-c', 'modprobe -n sch_netem 2>/dev/null || test -d /sys/module/sch_netem'], { timeout: 10_000 }).then(() => true, () => false));
}

/**
 * Copies `from` to `to`, each chunk delayed as `netem` says, in order, with bounded buffering. One
 * queue drained by one timer: a timer per chunk could fire out of order (Node rounds each timer's
 * start and duration to whole milliseconds, so a chunk due at the same moment as the one before it
 * could be written first), which no TCP stream ever does.
 */
export function shapedPipe(from: Socket, to: Socket, netem: Netem): void {
  const queue: { chunk: Buffer; releaseAt: number }[] = [];
  let releaseAt = 0;
  let queued = 0;
  let timer: NodeJS.Timeout | undefined;
  let ended = false;
  const drain = (): void => {
    timer = undefined;
    const now = performance.now();
    while (queue.length > 0 && queue[0]!.releaseAt <= now) {
      const { chunk } = queue.shift()!;
      queued -= chunk.length;
      if (!to.destroyed) to.write(chunk);
    }
    if (queued <= SHAPED_QUEUE_BYTES && from.isPaused()) from.resume();
    if (queue.length > 0) timer = setTimeout(drain, Math.max(1, Math.ceil(queue[0]!.releaseAt - now)));
    else if (ended && !to.destroyed) to.end();
  };
  from.on('data', (chunk: Buffer) => {
    const jitter = (netem.jitterMs ?? 0) * (2 * Math.random() - 1);
    const lost = Math.random() * 100 < (netem.lossPercent ?? 0);
    // In order: a chunk is never released before the one read ahead of it.
    releaseAt = Math.max(releaseAt, performance.now() + Math.max(0, netem.delayMs + jitter) + (lost ? RTO_MIN_MS : 0));
    queue.push({ chunk, releaseAt });
    queued += chunk.length;
    if (queued > SHAPED_QUEUE_BYTES) from.pause();
    timer ??= setTimeout(drain, Math.max(1, Math.ceil(releaseAt - performance.now())));
  });
  from.on('end', () => {
    ended = true;
    if (queue.length === 0 && timer === undefined && !to.destroyed) to.end();
  });
}

export type Hosts = {
  hosts: Host[];
  partition(index: number): Promise<void>;
  heal(index: number): Promise<void>;
  netem(index: number, netem: Netem): Promise<void>;
  clearNetem(index: number): Promise<void>;
  /** A URL that reaches `url` (an executor in namespace `index`) through a user-space shaping relay. */
  shapedUrl(index: number, url: string, netem: Netem): Promise<string>;
  teardown(): Promise<void>;
};

async function ip(...args: string[]): Promise<string> {
  try {
    return (await run('ip', args, { timeout: 10_000 })).stdout;
  } catch (cause) {
    const error = cause as { stderr?: string; message: string };
    throw new AirtntError('NETNS_COMMAND_FAILED', `ip ${args.join(' ')} failed: ${(error.stderr ?? error.message).trim()}`, { cause, details: { command: 'ip', args } });
  }
}

async function tc(...args: string[]): Promise<void> {
  try {
    await run('tc', args, { timeout: 10_000 });
  } catch (cause) {
    const error = cause as { stderr?: string; message: string };
    const text = (error.stderr ?? error.message).trim();
    const hint = /unknown/i.test(text) && args.includes('netem') ? ' (this kernel has no netem qdisc: it needs CONFIG_NET_SCH_NETEM, module sch_netem)' : '';
    throw new AirtntError('NETNS_COMMAND_FAILED', `tc ${args.join(' ')} failed: ${text}${hint}`, { cause, details: { command: 'tc', args } });
  }
}

/** Removes namespaces and veths left by a run that was killed before its teardown. */
export async function cleanupLeftovers(): Promise<void> {
  const dead = (name: string, prefix: string): boolean => {
    const pid = Number(/^(\d+)/.exec(name.slice(prefix.length))?.[1]);
    if (!Number.isSafeInteger(pid) || pid === process.pid) return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  };
  const namespaces = (await ip('netns', 'list')).split('\n').map((line) => line.split(' ')[0]!).filter((name) => name.startsWith(NETNS_PREFIX) && dead(name, NETNS_PREFIX));
  for (const name of namespaces) await ip('netns', 'del', name).catch(() => undefined);
  const links = (await ip('-o', 'link', 'show')).split('\n').map((line) => /^\d+: ([^:@]+)/.exec(line)?.[1]).filter((name): name is string => name?.startsWith(VETH_PREFIX) === true && dead(name, VETH_PREFIX));
  for (const link of links) await ip('link', 'del', link).catch(() => undefined);
}

/** `count` third octets of 10.231.x.0/24 that no interface of the root namespace uses. */
async function freeSubnets(count: number): Promise<number[]> {
  const used = new Set([...(await ip('-o', '-4', 'addr', 'show')).matchAll(/inet 10\.231\.(\d+)\./g)].map((m) => Number(m[1])));
  const free: number[] = [];
  // Start at a pid-derived octet so that runs started at once rarely pick the same ones.
  for (let k = 0; k < 254 && free.length < count; k += 1) {
    const octet = 1 + ((process.pid + k) % 254);
    if (!used.has(octet)) free.push(octet);
  }
  if (free.length < count) throw new AirtntError('NETNS_NO_SUBNET', `no ${count} free /24s left in 10.231.0.0/16`, { details: { wanted: count, free: free.length }, hint: 'remove the leftover airtnt test interfaces (ip -o -4 addr show | grep 10.231.)' });
  return free;
}

/** A TCP relay from `host:port` (any free port) to `targetHost`:`targetPort`, shaped by `netem` if given. */
async function startRelay(host: string, targetPort: number, targetHost = '127.0.0.1', netem?: Netem): Promise<{ server: Server; port: number; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  const server = createServer((inbound) => {
    const outbound = createConnection({ host: targetHost, port: targetPort });
    for (const socket of [inbound, outbound]) {
      sockets.add(socket);
      socket.on('error', () => {
        inbound.destroy();
        outbound.destroy();
      });
      socket.on('close', () => sockets.delete(socket));
    }
    if (netem === undefined) {
      inbound.pipe(outbound);
      outbound.pipe(inbound);
    } else {
      shapedPipe(inbound, outbound, netem);
      shapedPipe(outbound, inbound, netem);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  return { server, port: (server.address() as { port: number }).port, sockets };
}

/**
 * Creates `count` namespaces joined to the root namespace, each with a relay to anvil at
 * `anvilRpcUrl` (http://127.0.0.1:port). Fails with a clear message when this machine cannot (not root,
 * no `ip`, no network namespaces): network-fault tests must not pass by doing nothing.
 */
export async function createHosts(count: number, anvilRpcUrl: string): Promise<Hosts> {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    throw new AirtntError('NETNS_UNAVAILABLE', `network-fault tests need Linux and root (ip netns, veth, tc): running on ${process.platform} as uid ${process.getuid?.()}`, { details: { platform: process.platform, uid: process.getuid?.() ?? null } });
  }
  try {
    await cleanupLeftovers();
  } catch (cause) {
    throw new AirtntError('NETNS_UNAVAILABLE', 'cannot list network namespaces', { cause, hint: 'install iproute2 (`ip`) and run on a kernel with network namespaces' });
  }
  const anvilPort = Number(new URL(anvilRpcUrl).port);
  const vethOf = (index: number) => `${VETH_PREFIX}${process.pid}x${index}`;
  const relays: Awaited<ReturnType<typeof startRelay>>[] = [];
  const hosts: Host[] = [];
  const created: { ns: string; veth: string }[] = [];
  const teardown = async (): Promise<void> => {
    for (const relay of relays) {
      for (const socket of relay.sockets) socket.destroy();
      await new Promise<void>((resolve) => relay.server.close(() => resolve()));
    }
    relays.length = 0;
    for (const { ns, veth } of created) {
      await ip('link', 'del', veth).catch(() => undefined);
      await ip('netns', 'del', ns).catch(() => undefined);
    }
    created.length = 0;
  };
  try {
    const subnets = await freeSubnets(count);
    for (let i = 0; i < count; i += 1) {
      const ns = `${NETNS_PREFIX}${process.pid}-${i}`;
      const veth = vethOf(i);
      const peer = `${VETH_PREFIX}${process.pid}y${i}`;
      const rootAddress = `${SUBNET}.${subnets[i]}.1`;
      const address = `${SUBNET}.${subnets[i]}.2`;
      await ip('netns', 'add', ns);
      created.push({ ns, veth });
      await ip('link', 'add', veth, 'type', 'veth', 'peer', 'name', peer);
      await ip('link', 'set', peer, 'netns', ns);
      // A fixed name inside the namespace, so that a process in it can cut its own link (NS_LINK).
      await ip('netns', 'exec', ns, 'ip', 'link', 'set', peer, 'name', NS_LINK);
      await ip('addr', 'add', `${rootAddress}/24`, 'dev', veth);
      await ip('link', 'set', veth, 'up');
      await ip('netns', 'exec', ns, 'ip', 'addr', 'add', `${address}/24`, 'dev', NS_LINK);
      await ip('netns', 'exec', ns, 'ip', 'link', 'set', NS_LINK, 'up');
      await ip('netns', 'exec', ns, 'ip', 'link', 'set', 'lo', 'up');
      const relay = await startRelay(rootAddress, anvilPort);
      relays.push(relay);
      hosts.push({ name: ns, address, rootAddress, rpcUrl: `http://${rootAddress}:${relay.port}`, command: ['ip', 'netns', 'exec', ns, ...cliCommand()] });
    }
  } catch (cause) {
    await teardown();
    throw new AirtntError('NETNS_UNAVAILABLE', `cannot create the network namespaces of a network-fault test: ${(cause as Error).message}`, { cause, hint: 'run as root on Linux with iproute2 and veth support' });
  }
  return {
    hosts,
    async partition(index) {
      // Link down drops every packet both ways; established TCP connections see nothing (as on a real
      // partition) until a timeout, and the relay's connections stay open until it heals.
      await ip('link', 'set', vethOf(index), 'down');
    },
    async heal(index) {
      await ip('link', 'set', vethOf(index), 'up');
      // The namespace may have cut its own end too (the cut-network-after-payment misbehaviour).
      await ip('netns', 'exec', hosts[index]!.name, 'ip', 'link', 'set', NS_LINK, 'up');
    },
    async netem(index, netem) {
      const spec = ['delay', `${netem.delayMs}ms`, `${netem.jitterMs ?? 0}ms`, 'loss', `${netem.lossPercent ?? 0}%`];
      // On both ends: the delay and the loss apply each way.
      await tc('qdisc', 'replace', 'dev', vethOf(index), 'root', 'netem', ...spec);
      await ip('netns', 'exec', hosts[index]!.name, 'tc', 'qdisc', 'replace', 'dev', NS_LINK, 'root', 'netem', ...spec);
    },
    async clearNetem(index) {
      await tc('qdisc', 'del', 'dev', vethOf(index), 'root').catch(() => undefined);
      await ip('netns', 'exec', hosts[index]!.name, 'tc', 'qdisc', 'del', 'dev', NS_LINK, 'root').catch(() => undefined);
    },
    async shapedUrl(index, url, netem) {
      const target = new URL(url);
      const relay = await startRelay(hosts[index]!.rootAddress, Number(target.port), target.hostname, netem);
      relays.push(relay);
      return `${target.protocol}//${hosts[index]!.rootAddress}:${relay.port}`;
    },
    teardown,
  };
}
