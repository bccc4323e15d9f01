/**
 * `airtnt run ... --watch`: a loopback page that shows a run as it goes (progress, spend, each
 * round's executor and, for the Game of Life, the grid). The run reports each paid round here
 * (RunProgress); the page polls GET /api/state, asking for the grid only when it changed. Same
 * token and headers as the executor's admin port (admin/guarded-http.ts).
 */
import { zeroAddress } from 'viem';
import { LIFE_HEADER_BYTES } from '../../functions/life.js';
import { createGuardedServer, newToken } from '../admin/guarded-http.js';
import type { RunProgress } from '../requester-types.js';

/** Grids larger than this are not sent (the page says so): drawing them live would not help anyone. */
export const MAX_WATCH_CELLS = 1 << 20;
const MAX_ROUNDS_KEPT = 500;

export type WatchRound = { round: string; executor: string; keyFrom: string; cyclesDone: number; paid: string; at: number };

export class RunWatch {
  private progress: RunProgress | undefined;
  private readonly rounds: WatchRound[] = [];
  private grid: { width: number; height: number; rows: string } | undefined;
  private gridVersion = 0;
  private gridNote = '';
  private status: 'starting' | 'running' | 'done' | 'failed' = 'starting';
  private error = '';

  constructor(private readonly job: { kind: string; totalCycles: number; perRound: number; token?: string }) {}

  /** The Game of Life state (header and packed rows) to draw; other functions have no grid. */
  setLifeState(state: Uint8Array): void {
    if (state.length < LIFE_HEADER_BYTES) return;
    const view = new DataView(state.buffer, state.byteOffset, state.byteLength);
    const width = view.getUint32(0, true);
    const height = view.getUint32(4, true);
    if (width * height > MAX_WATCH_CELLS || state.length !== LIFE_HEADER_BYTES + height * Math.ceil(width / 8)) {
      this.grid = undefined;
      this.gridNote = `the grid (${width} x ${height}) is too large to draw live`;
      return;
    }
    this.grid = { width, height, rows: Buffer.from(state.subarray(LIFE_HEADER_BYTES)).toString('base64') };
    this.gridVersion += 1;
  }

  update(progress: RunProgress): void {
    this.status = 'running';
    this.progress = progress;
    this.rounds.push({ round: progress.round.toString(), executor: progress.executor, keyFrom: progress.keyFrom, cyclesDone: progress.cyclesDone, paid: progress.paid.toString(), at: Date.now() });
    if (this.rounds.length > MAX_ROUNDS_KEPT) this.rounds.splice(0, this.rounds.length - MAX_ROUNDS_KEPT);
    if (this.job.kind === 'life') this.setLifeState(progress.state);
  }

  finished(error?: unknown): void {
    this.status = error === undefined ? 'done' : 'failed';
    if (error !== undefined) this.error = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 500) : String(error).slice(0, 500);
  }

  /** The page's JSON; the grid only when the page's version is older. */
  state(knownGridVersion: number): Record<string, unknown> {
    const p = this.progress;
    return {
      kind: this.job.kind,
      status: this.status,
      error: this.error,
      runId: p?.runId ?? null,
      rounds: p?.rounds ?? 0,
      totalRounds: p?.totalRounds ?? Math.ceil(this.job.totalCycles / this.job.perRound),
      cyclesDone: p?.cyclesDone ?? 0,
      totalCycles: this.job.totalCycles,
      paid: (p?.paid ?? 0n).toString(),
      runSpent: (p?.runSpent ?? 0n).toString(),
      token: p?.token ?? this.job.token ?? zeroAddress,
      executor: p?.executor ?? null,
      history: this.rounds,
      gridVersion: this.gridVersion,
      grid: this.grid !== undefined && knownGridVersion !== this.gridVersion ? this.grid : null,
      gridNote: this.gridNote,
    };
  }
}

export type WatchServer = { url: string; token: string; close(): Promise<void> };

export async function startWatchServer(watch: RunWatch, options: { port?: number; token?: string } = {}): Promise<WatchServer> {
  const token = options.token ?? newToken();
  const server = createGuardedServer({ token, port: options.port ?? 0, page: 'watch' });
  server.app.get<{ Querystring: { grid?: string } }>('/api/state', async (request) => {
    const known = Number.parseInt(String(request.query.grid ?? '-1'), 10);
    return watch.state(Number.isSafeInteger(known) ? known : -1);
  });
  const { url } = await server.listen();
  return { url, token, close: server.close };
}
