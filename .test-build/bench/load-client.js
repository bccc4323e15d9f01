import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { createChainClient } from "../chain/index.js";
import { ensureChannel } from "../node/requester-channels.js";
import { Requester } from "../node/requester.js";
import { fromHex } from "../util/bytes.js";
import { isAirtntError } from "../util/errors.js";
import { eachLimited, failStart, serveParent } from "./load-ipc.js";
const hex = (bytes) => z.string().regex(new RegExp(`^0x[0-9a-fA-F]{${bytes * 2}}$`));
const loadClientConfigSchema = z.object({
  rpcUrl: z.string().url().max(200),
  chainId: z.number().int().positive(),
  channels: hex(20),
  executorUrl: z.string().url().max(200),
  executor: hex(20),
  workDir: z.string().min(1).max(1e3),
  /** One requester per key; `first` is the index of the first (names its store folder). */
  first: z.number().int().min(0),
  keys: z.array(hex(32)).min(1).max(1e5),
  functionMeasurement: hex(32),
  initialState: z.string().regex(/^0x([0-9a-fA-F]{2}){1,4096}$/),
  rounds: z.number().int().min(1).max(1e6),
  perRound: z.number().int().min(1).max(1e6),
  pricePerCycle: z.string().regex(/^\d{1,30}$/),
  /** Channels opened at once (each is one transaction from its own account). */
  openConcurrency: z.number().int().min(1).max(1e4),
  /**
   * Sessions in setup at once (info, attestation, chain reads, connect, open), until each one's first
   * paid round: a thousand sessions starting in the same millisecond send thousands of chain reads
   * at once, and the devnet answers some after the RPC client's timeout.
   */
  setupConcurrency: z.number().int().min(1).max(1e5)
});
function semaphore(limit) {
  let held = 0;
  const waiting = [];
  return {
    acquire: () => {
      if (held < limit) {
        held += 1;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    release: () => {
      const next = waiting.shift();
      if (next !== void 0) next();
      else held -= 1;
    }
  };
}
const OPEN_ATTEMPTS = 5;
const epochNow = () => performance.timeOrigin + performance.now();
async function main() {
  const config = loadClientConfigSchema.parse(JSON.parse(process.env.AIRTNT_LOAD_CLIENT ?? "{}"));
  const chains = config.keys.map(
    (key) => createChainClient({ rpcUrl: config.rpcUrl, chainId: config.chainId, privateKey: key, channels: config.channels, pollingIntervalMs: 20 })
  );
  const generous = 6e5;
  const window = { first: Infinity, last: 0 };
  const inSetup = /* @__PURE__ */ new Set();
  const setupDone = [];
  const onProgressOf = (i) => () => {
    const now = epochNow();
    if (now < window.first) window.first = now;
    if (now > window.last) window.last = now;
    setupDone[i]?.();
  };
  const setupGate = semaphore(config.setupConcurrency);
  const requesters = chains.map((chain, i) => {
    const dataDir = join(config.workDir, "requesters", String(config.first + i));
    mkdirSync(dataDir, { recursive: true });
    return new Requester({
      chain,
      dataDir,
      policy: { allowedKinds: ["simulated"], allowSimulated: true },
      onProgress: onProgressOf(i),
      // Under a thousand concurrent sessions every step queues: the benchmark measures how long
      // they take, it must not give up on them.
      timeouts: { infoMs: generous, connectMs: generous, resultMs: generous, keyMs: generous, keyFromChainMs: generous }
    });
  });
  const cycles = config.rounds * config.perRound;
  const needed = BigInt(config.pricePerCycle) * BigInt(cycles);
  const job = { functionMeasurement: fromHex(config.functionMeasurement, 32, "function"), initialState: fromHex(config.initialState, void 0, "state"), totalCycles: cycles, perRound: config.perRound, executors: [config.executorUrl] };
  const close = async () => {
    for (const requester of requesters) requester.close();
  };
  const parent = serveParent(async (request) => {
    switch (request.type) {
      case "prepare": {
        const lanes = [];
        await eachLimited(requesters, config.openConcurrency, async (requester, i) => {
          for (let attempt = 1; ; attempt++) {
            try {
              const { channel } = await ensureChannel(chains[i], requester.store, { executor: config.executor, needed, minSeconds: 600, channelSeconds: 7200 });
              lanes[i] = channel.lane.toString();
              return;
            } catch (error) {
              if (attempt >= OPEN_ATTEMPTS) throw error;
            }
          }
        });
        return lanes;
      }
      case "run": {
        window.first = Infinity;
        window.last = 0;
        const run = { sessions: [], roundMs: [], firstRoundAt: 0, lastRoundAt: 0, startedAt: epochNow(), endedAt: 0 };
        await Promise.all(
          requesters.map(async (requester, i) => {
            const index = config.first + i;
            await setupGate.acquire();
            inSetup.add(i);
            setupDone[i] = () => {
              if (inSetup.delete(i)) setupGate.release();
            };
            try {
              const result = await requester.run(job);
              const paid = result.paid.reduce((sum, p) => sum + p.amount, 0n);
              run.roundMs.push(...result.timings.roundMs);
              run.sessions.push({ index, ok: result.rounds === config.rounds, rounds: result.rounds, paidWei: paid.toString() });
            } catch (error) {
              run.sessions.push({ index, ok: false, rounds: 0, paidWei: "0", error: isAirtntError(error) ? `${error.code}: ${error.shortMessage}` : String(error) });
            } finally {
              setupDone[i]?.();
            }
          })
        );
        run.endedAt = epochNow();
        run.firstRoundAt = window.first;
        run.lastRoundAt = window.last;
        return run;
      }
      case "stop":
        await close();
        setImmediate(() => process.disconnect());
        return null;
      default:
        throw new Error(`unknown request ${request.type}`);
    }
  }, close);
  parent.ready({ requesters: requesters.length });
}
main().catch(failStart);
export {
  loadClientConfigSchema
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2JlbmNoL2xvYWQtY2xpZW50LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIEEgY2xpZW50IHByb2Nlc3Mgb2YgdGhlIGxvYWQgYmVuY2htYXJrOiBtYW55IHJlcXVlc3RlcnMgKHRoZSByZWFsIHJlcXVlc3RlciBsaWJyYXJ5LFxuICogc3JjL25vZGUvcmVxdWVzdGVyLnRzKSwgZWFjaCB3aXRoIGl0cyBvd24ga2V5LCBpdHMgb3duIFNRTGl0ZSBzdG9yZSBhbmQgaXRzIG93biBjaGFubmVsLCBkcml2ZW5cbiAqIGNvbmN1cnJlbnRseSBmcm9tIG9uZSBldmVudCBsb29wLiBGb3JrZWQgYnkgc3JjL2JlbmNoL2xvYWQudHMgd2l0aCBBSVJUTlRfTE9BRF9DTElFTlQgKEpTT04pLlxuICpcbiAqIGBwcmVwYXJlYCBvcGVucyBldmVyeSBjaGFubmVsIChiZWZvcmUgdGhlIGNsb2NrIHN0YXJ0cywgYXMgdGhlIHBhcGVyIG1lYXN1cmVzIHJvdW5kcyBvbiBhIGNoYW5uZWxcbiAqIG9wZW5lZCBiZWZvcmVoYW5kKTsgYHJ1bmAgcnVucyBvbmUgc2Vzc2lvbiBwZXIgcmVxdWVzdGVyLCBhbGwgYXQgb25jZSwgYW5kIHJlcG9ydHMgZWFjaCBwYWlkXG4gKiByb3VuZCdzIGxhdGVuY3kgYW5kIHdoZW4gaXQgY29tcGxldGVkOyBgc3RvcGAgY2xvc2VzIHRoZSBzdG9yZXMgKHdoaWNoIHNyYy9iZW5jaC9sb2FkLnRzIHRoZW5cbiAqIHJlYWRzIHRvIGNoZWNrIHRoZW0gYWdhaW5zdCB0aGUgY2hhaW4pLlxuICovXG5pbXBvcnQgeyBta2RpclN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5pbXBvcnQgeyBjcmVhdGVDaGFpbkNsaWVudCwgdHlwZSBDaGFpbkNsaWVudCB9IGZyb20gJy4uL2NoYWluL2luZGV4LmpzJztcbmltcG9ydCB7IGVuc3VyZUNoYW5uZWwgfSBmcm9tICcuLi9ub2RlL3JlcXVlc3Rlci1jaGFubmVscy5qcyc7XG5pbXBvcnQgeyBSZXF1ZXN0ZXIgfSBmcm9tICcuLi9ub2RlL3JlcXVlc3Rlci5qcyc7XG5pbXBvcnQgeyBmcm9tSGV4IH0gZnJvbSAnLi4vdXRpbC9ieXRlcy5qcyc7XG5pbXBvcnQgeyBpc0FpcnRudEVycm9yIH0gZnJvbSAnLi4vdXRpbC9lcnJvcnMuanMnO1xuaW1wb3J0IHsgZWFjaExpbWl0ZWQsIGZhaWxTdGFydCwgc2VydmVQYXJlbnQgfSBmcm9tICcuL2xvYWQtaXBjLmpzJztcblxuY29uc3QgaGV4ID0gKGJ5dGVzOiBudW1iZXIpID0+IHouc3RyaW5nKCkucmVnZXgobmV3IFJlZ0V4cChgXjB4WzAtOWEtZkEtRl17JHtieXRlcyAqIDJ9fSRgKSk7XG5cbmV4cG9ydCBjb25zdCBsb2FkQ2xpZW50Q29uZmlnU2NoZW1hID0gei5vYmplY3Qoe1xuICBycGNVcmw6IHouc3RyaW5nKCkudXJsKCkubWF4KDIwMCksXG4gIGNoYWluSWQ6IHoubnVtYmVyKCkuaW50KCkucG9zaXRpdmUoKSxcbiAgY2hhbm5lbHM6IGhleCgyMCksXG4gIGV4ZWN1dG9yVXJsOiB6LnN0cmluZygpLnVybCgpLm1heCgyMDApLFxuICBleGVjdXRvcjogaGV4KDIwKSxcbiAgd29ya0Rpcjogei5zdHJpbmcoKS5taW4oMSkubWF4KDEwMDApLFxuICAvKiogT25lIHJlcXVlc3RlciBwZXIga2V5OyBgZmlyc3RgIGlzIHRoZSBpbmRleCBvZiB0aGUgZmlyc3QgKG5hbWVzIGl0cyBzdG9yZSBmb2xkZXIpLiAqL1xuICBmaXJzdDogei5udW1iZXIoKS5pbnQoKS5taW4oMCksXG4gIGtleXM6IHouYXJyYXkoaGV4KDMyKSkubWluKDEpLm1heCgxMDBfMDAwKSxcbiAgZnVuY3Rpb25NZWFzdXJlbWVudDogaGV4KDMyKSxcbiAgaW5pdGlhbFN0YXRlOiB6LnN0cmluZygpLnJlZ2V4KC9eMHgoWzAtOWEtZkEtRl17Mn0pezEsNDA5Nn0kLyksXG4gIHJvdW5kczogei5udW1iZXIoKS5pbnQoKS5taW4oMSkubWF4KDFfMDAwXzAwMCksXG4gIHBlclJvdW5kOiB6Lm51bWJlcigpLmludCgpLm1pbigxKS5tYXgoMV8wMDBfMDAwKSxcbiAgcHJpY2VQZXJDeWNsZTogei5zdHJpbmcoKS5yZWdleCgvXlxcZHsxLDMwfSQvKSxcbiAgLyoqIENoYW5uZWxzIG9wZW5lZCBhdCBvbmNlIChlYWNoIGlzIG9uZSB0cmFuc2FjdGlvbiBmcm9tIGl0cyBvd24gYWNjb3VudCkuICovXG4gIG9wZW5Db25jdXJyZW5jeTogei5udW1iZXIoKS5pbnQoKS5taW4oMSkubWF4KDEwXzAwMCksXG4gIC8qKlxuICAgKiBTZXNzaW9ucyBpbiBzZXR1cCBhdCBvbmNlIChpbmZvLCBhdHRlc3RhdGlvbiwgY2hhaW4gcmVhZHMsIGNvbm5lY3QsIG9wZW4pLCB1bnRpbCBlYWNoIG9uZSdzIGZpcnN0XG4gICAqIHBhaWQgcm91bmQ6IGEgdGhvdXNhbmQgc2Vzc2lvbnMgc3RhcnRpbmcgaW4gdGhlIHNhbWUgbWlsbGlzZWNvbmQgc2VuZCB0aG91c2FuZHMgb2YgY2hhaW4gcmVhZHNcbiAgICogYXQgb25jZSwgYW5kIHRoZSBkZXZuZXQgYW5zd2VycyBzb21lIGFmdGVyIHRoZSBSUEMgY2xpZW50J3MgdGltZW91dC5cbiAgICovXG4gIHNldHVwQ29uY3VycmVuY3k6IHoubnVtYmVyKCkuaW50KCkubWluKDEpLm1heCgxMDBfMDAwKSxcbn0pO1xuZXhwb3J0IHR5cGUgTG9hZENsaWVudENvbmZpZyA9IHouaW5mZXI8dHlwZW9mIGxvYWRDbGllbnRDb25maWdTY2hlbWE+O1xuXG4vKiogT25lIHJlcXVlc3RlcidzIHNlc3Npb24gYXMgdGhlIGNsaWVudCBzYXcgaXQuICovXG5leHBvcnQgdHlwZSBMb2FkU2Vzc2lvbiA9IHsgaW5kZXg6IG51bWJlcjsgb2s6IGJvb2xlYW47IHJvdW5kczogbnVtYmVyOyBwYWlkV2VpOiBzdHJpbmc7IGVycm9yPzogc3RyaW5nIH07XG5leHBvcnQgdHlwZSBMb2FkQ2xpZW50UnVuID0ge1xuICBzZXNzaW9uczogTG9hZFNlc3Npb25bXTtcbiAgLyoqIExhdGVuY3kgb2YgZXZlcnkgcGFpZCByb3VuZCAobXMpOiByZXN1bHQsIHBheW1lbnQgYW5kIGtleS4gKi9cbiAgcm91bmRNczogbnVtYmVyW107XG4gIC8qKiBFcG9jaCBtcyAocGVyZm9ybWFuY2UudGltZU9yaWdpbiBiYXNlZCkgb2YgdGhlIGZpcnN0IGFuZCBsYXN0IHBhaWQgcm91bmQgc2Vlbi4gKi9cbiAgZmlyc3RSb3VuZEF0OiBudW1iZXI7XG4gIGxhc3RSb3VuZEF0OiBudW1iZXI7XG4gIHN0YXJ0ZWRBdDogbnVtYmVyO1xuICBlbmRlZEF0OiBudW1iZXI7XG59O1xuXG4vKiogQSBjb3VudGluZyBzZW1hcGhvcmU6IGFjcXVpcmUgd2FpdHMgd2hpbGUgYGxpbWl0YCBob2xkZXJzIGFyZSBpbi4gKi9cbmZ1bmN0aW9uIHNlbWFwaG9yZShsaW1pdDogbnVtYmVyKTogeyBhY3F1aXJlKCk6IFByb21pc2U8dm9pZD47IHJlbGVhc2UoKTogdm9pZCB9IHtcbiAgbGV0IGhlbGQgPSAwO1xuICBjb25zdCB3YWl0aW5nOiAoKCkgPT4gdm9pZClbXSA9IFtdO1xuICByZXR1cm4ge1xuICAgIGFjcXVpcmU6ICgpID0+IHtcbiAgICAgIGlmIChoZWxkIDwgbGltaXQpIHtcbiAgICAgICAgaGVsZCArPSAxO1xuICAgICAgICByZXR1cm4gUHJvbWlzZS5yZXNvbHZlKCk7XG4gICAgICB9XG4gICAgICByZXR1cm4gbmV3IFByb21pc2U8dm9pZD4oKHJlc29sdmUpID0+IHdhaXRpbmcucHVzaChyZXNvbHZlKSk7XG4gICAgfSxcbiAgICByZWxlYXNlOiAoKSA9PiB7XG4gICAgICBjb25zdCBuZXh0ID0gd2FpdGluZy5zaGlmdCgpO1xuICAgICAgaWYgKG5leHQgIT09IHVuZGVmaW5lZCkgbmV4dCgpO1xuICAgICAgZWxzZSBoZWxkIC09IDE7XG4gICAgfSxcbiAgfTtcbn1cblxuY29uc3QgT1BFTl9BVFRFTVBUUyA9IDU7XG5cbmNvbnN0IGVwb2NoTm93ID0gKCk6IG51bWJlciA9PiBwZXJmb3JtYW5jZS50aW1lT3JpZ2luICsgcGVyZm9ybWFuY2Uubm93KCk7XG5cbmFzeW5jIGZ1bmN0aW9uIG1haW4oKTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IGNvbmZpZyA9IGxvYWRDbGllbnRDb25maWdTY2hlbWEucGFyc2UoSlNPTi5wYXJzZShwcm9jZXNzLmVudi5BSVJUTlRfTE9BRF9DTElFTlQgPz8gJ3t9JykpO1xuICBjb25zdCBjaGFpbnM6IENoYWluQ2xpZW50W10gPSBjb25maWcua2V5cy5tYXAoKGtleSkgPT5cbiAgICBjcmVhdGVDaGFpbkNsaWVudCh7IHJwY1VybDogY29uZmlnLnJwY1VybCwgY2hhaW5JZDogY29uZmlnLmNoYWluSWQsIHByaXZhdGVLZXk6IGtleSBhcyBgMHgke3N0cmluZ31gLCBjaGFubmVsczogY29uZmlnLmNoYW5uZWxzIGFzIGAweCR7c3RyaW5nfWAsIHBvbGxpbmdJbnRlcnZhbE1zOiAyMCB9KSxcbiAgKTtcbiAgY29uc3QgZ2VuZXJvdXMgPSA2MDBfMDAwO1xuICAvLyBSb3VuZHMgYXJlIHRpbWVkIHdoZXJlIHRoZXkgY29tcGxldGU6IHRoZSByZXF1ZXN0ZXIncyBwcm9ncmVzcyBjYWxsYmFjaywgb25jZSBwZXIgcGFpZCByb3VuZC5cbiAgY29uc3Qgd2luZG93ID0geyBmaXJzdDogSW5maW5pdHksIGxhc3Q6IDAgfTtcbiAgY29uc3QgaW5TZXR1cCA9IG5ldyBTZXQ8bnVtYmVyPigpO1xuICBjb25zdCBzZXR1cERvbmU6ICgoKCkgPT4gdm9pZCkgfCB1bmRlZmluZWQpW10gPSBbXTtcbiAgY29uc3Qgb25Qcm9ncmVzc09mID0gKGk6IG51bWJlcikgPT4gKCk6IHZvaWQgPT4ge1xuICAgIGNvbnN0IG5vdyA9IGVwb2NoTm93KCk7XG4gICAgaWYgKG5vdyA8IHdpbmRvdy5maXJzdCkgd2luZG93LmZpcnN0ID0gbm93O1xuICAgIGlmIChub3cgPiB3aW5kb3cubGFzdCkgd2luZG93Lmxhc3QgPSBub3c7XG4gICAgc2V0dXBEb25lW2ldPy4oKTtcbiAgfTtcbiAgY29uc3Qgc2V0dXBHYXRlID0gc2VtYXBob3JlKGNvbmZpZy5zZXR1cENvbmN1cnJlbmN5KTtcbiAgY29uc3QgcmVxdWVzdGVycyA9IGNoYWlucy5tYXAoKGNoYWluLCBpKSA9PiB7XG4gICAgY29uc3QgZGF0YURpciA9IGpvaW4oY29uZmlnLndvcmtEaXIsICdyZXF1ZXN0ZXJzJywgU3RyaW5nKGNvbmZpZy5maXJzdCArIGkpKTtcbiAgICBta2RpclN5bmMoZGF0YURpciwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gICAgcmV0dXJuIG5ldyBSZXF1ZXN0ZXIoe1xuICAgICAgY2hhaW4sXG4gICAgICBkYXRhRGlyLFxuICAgICAgcG9saWN5OiB7IGFsbG93ZWRLaW5kczogWydzaW11bGF0ZWQnXSwgYWxsb3dTaW11bGF0ZWQ6IHRydWUgfSxcbiAgICAgIG9uUHJvZ3Jlc3M6IG9uUHJvZ3Jlc3NPZihpKSxcbiAgICAgIC8vIFVuZGVyIGEgdGhvdXNhbmQgY29uY3VycmVudCBzZXNzaW9ucyBldmVyeSBzdGVwIHF1ZXVlczogdGhlIGJlbmNobWFyayBtZWFzdXJlcyBob3cgbG9uZ1xuICAgICAgLy8gdGhleSB0YWtlLCBpdCBtdXN0IG5vdCBnaXZlIHVwIG9uIHRoZW0uXG4gICAgICB0aW1lb3V0czogeyBpbmZvTXM6IGdlbmVyb3VzLCBjb25uZWN0TXM6IGdlbmVyb3VzLCByZXN1bHRNczogZ2VuZXJvdXMsIGtleU1zOiBnZW5lcm91cywga2V5RnJvbUNoYWluTXM6IGdlbmVyb3VzIH0sXG4gICAgfSk7XG4gIH0pO1xuICBjb25zdCBjeWNsZXMgPSBjb25maWcucm91bmRzICogY29uZmlnLnBlclJvdW5kO1xuICBjb25zdCBuZWVkZWQgPSBCaWdJbnQoY29uZmlnLnByaWNlUGVyQ3ljbGUpICogQmlnSW50KGN5Y2xlcyk7XG4gIGNvbnN0IGpvYiA9IHsgZnVuY3Rpb25NZWFzdXJlbWVudDogZnJvbUhleChjb25maWcuZnVuY3Rpb25NZWFzdXJlbWVudCwgMzIsICdmdW5jdGlvbicpLCBpbml0aWFsU3RhdGU6IGZyb21IZXgoY29uZmlnLmluaXRpYWxTdGF0ZSwgdW5kZWZpbmVkLCAnc3RhdGUnKSwgdG90YWxDeWNsZXM6IGN5Y2xlcywgcGVyUm91bmQ6IGNvbmZpZy5wZXJSb3VuZCwgZXhlY3V0b3JzOiBbY29uZmlnLmV4ZWN1dG9yVXJsXSB9O1xuICBjb25zdCBjbG9zZSA9IGFzeW5jICgpOiBQcm9taXNlPHZvaWQ+ID0+IHtcbiAgICBmb3IgKGNvbnN0IHJlcXVlc3RlciBvZiByZXF1ZXN0ZXJzKSByZXF1ZXN0ZXIuY2xvc2UoKTtcbiAgfTtcbiAgY29uc3QgcGFyZW50ID0gc2VydmVQYXJlbnQoYXN5bmMgKHJlcXVlc3QpID0+IHtcbiAgICBzd2l0Y2ggKHJlcXVlc3QudHlwZSkge1xuICAgICAgY2FzZSAncHJlcGFyZSc6IHtcbiAgICAgICAgY29uc3QgbGFuZXM6IHN0cmluZ1tdID0gW107XG4gICAgICAgIGF3YWl0IGVhY2hMaW1pdGVkKHJlcXVlc3RlcnMsIGNvbmZpZy5vcGVuQ29uY3VycmVuY3ksIGFzeW5jIChyZXF1ZXN0ZXIsIGkpID0+IHtcbiAgICAgICAgICAvLyBBIGRldm5ldCB1bmRlciBsb2FkIGNhbiBhbnN3ZXIgYWZ0ZXIgdGhlIFJQQyBjbGllbnQncyB0aW1lb3V0OiB0cnkgYWdhaW4gKHRoZSBzdG9yZSBrbm93c1xuICAgICAgICAgIC8vIGFueSBjaGFubmVsIHRoYXQgZGlkIG9wZW4sIGFuZCBlbnN1cmVDaGFubmVsIHJldXNlcyBpdCkuXG4gICAgICAgICAgZm9yIChsZXQgYXR0ZW1wdCA9IDE7IDsgYXR0ZW1wdCsrKSB7XG4gICAgICAgICAgICB0cnkge1xuICAgICAgICAgICAgICBjb25zdCB7IGNoYW5uZWwgfSA9IGF3YWl0IGVuc3VyZUNoYW5uZWwoY2hhaW5zW2ldISwgcmVxdWVzdGVyLnN0b3JlLCB7IGV4ZWN1dG9yOiBjb25maWcuZXhlY3V0b3IgYXMgYDB4JHtzdHJpbmd9YCwgbmVlZGVkLCBtaW5TZWNvbmRzOiA2MDAsIGNoYW5uZWxTZWNvbmRzOiA3MjAwIH0pO1xuICAgICAgICAgICAgICBsYW5lc1tpXSA9IGNoYW5uZWwubGFuZS50b1N0cmluZygpO1xuICAgICAgICAgICAgICByZXR1cm47XG4gICAgICAgICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICAgICAgICBpZiAoYXR0ZW1wdCA+PSBPUEVOX0FUVEVNUFRTKSB0aHJvdyBlcnJvcjtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICB9XG4gICAgICAgIH0pO1xuICAgICAgICByZXR1cm4gbGFuZXM7XG4gICAgICB9XG4gICAgICBjYXNlICdydW4nOiB7XG4gICAgICAgIHdpbmRvdy5maXJzdCA9IEluZmluaXR5O1xuICAgICAgICB3aW5kb3cubGFzdCA9IDA7XG4gICAgICAgIGNvbnN0IHJ1bjogTG9hZENsaWVudFJ1biA9IHsgc2Vzc2lvbnM6IFtdLCByb3VuZE1zOiBbXSwgZmlyc3RSb3VuZEF0OiAwLCBsYXN0Um91bmRBdDogMCwgc3RhcnRlZEF0OiBlcG9jaE5vdygpLCBlbmRlZEF0OiAwIH07XG4gICAgICAgIGF3YWl0IFByb21pc2UuYWxsKFxuICAgICAgICAgIHJlcXVlc3RlcnMubWFwKGFzeW5jIChyZXF1ZXN0ZXIsIGkpID0+IHtcbiAgICAgICAgICAgIGNvbnN0IGluZGV4ID0gY29uZmlnLmZpcnN0ICsgaTtcbiAgICAgICAgICAgIGF3YWl0IHNldHVwR2F0ZS5hY3F1aXJlKCk7XG4gICAgICAgICAgICBpblNldHVwLmFkZChpKTtcbiAgICAgICAgICAgIHNldHVwRG9uZVtpXSA9ICgpID0+IHtcbiAgICAgICAgICAgICAgaWYgKGluU2V0dXAuZGVsZXRlKGkpKSBzZXR1cEdhdGUucmVsZWFzZSgpO1xuICAgICAgICAgICAgfTtcbiAgICAgICAgICAgIHRyeSB7XG4gICAgICAgICAgICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHJlcXVlc3Rlci5ydW4oam9iKTtcbiAgICAgICAgICAgICAgY29uc3QgcGFpZCA9IHJlc3VsdC5wYWlkLnJlZHVjZSgoc3VtLCBwKSA9PiBzdW0gKyBwLmFtb3VudCwgMG4pO1xuICAgICAgICAgICAgICBydW4ucm91bmRNcy5wdXNoKC4uLnJlc3VsdC50aW1pbmdzLnJvdW5kTXMpO1xuICAgICAgICAgICAgICBydW4uc2Vzc2lvbnMucHVzaCh7IGluZGV4LCBvazogcmVzdWx0LnJvdW5kcyA9PT0gY29uZmlnLnJvdW5kcywgcm91bmRzOiByZXN1bHQucm91bmRzLCBwYWlkV2VpOiBwYWlkLnRvU3RyaW5nKCkgfSk7XG4gICAgICAgICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICAgICAgICBydW4uc2Vzc2lvbnMucHVzaCh7IGluZGV4LCBvazogZmFsc2UsIHJvdW5kczogMCwgcGFpZFdlaTogJzAnLCBlcnJvcjogaXNBaXJ0bnRFcnJvcihlcnJvcikgPyBgJHtlcnJvci5jb2RlfTogJHtlcnJvci5zaG9ydE1lc3NhZ2V9YCA6IFN0cmluZyhlcnJvcikgfSk7XG4gICAgICAgICAgICB9IGZpbmFsbHkge1xuICAgICAgICAgICAgICBzZXR1cERvbmVbaV0/LigpO1xuICAgICAgICAgICAgfVxuICAgICAgICAgIH0pLFxuICAgICAgICApO1xuICAgICAgICBydW4uZW5kZWRBdCA9IGVwb2NoTm93KCk7XG4gICAgICAgIHJ1bi5maXJzdFJvdW5kQXQgPSB3aW5kb3cuZmlyc3Q7XG4gICAgICAgIHJ1bi5sYXN0Um91bmRBdCA9IHdpbmRvdy5sYXN0O1xuICAgICAgICByZXR1cm4gcnVuO1xuICAgICAgfVxuICAgICAgY2FzZSAnc3RvcCc6XG4gICAgICAgIGF3YWl0IGNsb3NlKCk7XG4gICAgICAgIHNldEltbWVkaWF0ZSgoKSA9PiBwcm9jZXNzLmRpc2Nvbm5lY3QoKSk7XG4gICAgICAgIHJldHVybiBudWxsO1xuICAgICAgZGVmYXVsdDpcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKGB1bmtub3duIHJlcXVlc3QgJHtyZXF1ZXN0LnR5cGV9YCk7XG4gICAgfVxuICB9LCBjbG9zZSk7XG4gIHBhcmVudC5yZWFkeSh7IHJlcXVlc3RlcnM6IHJlcXVlc3RlcnMubGVuZ3RoIH0pO1xufVxuXG5tYWluKCkuY2F0Y2goZmFpbFN0YXJ0KTtcbiJdLAogICJtYXBwaW5ncyI6ICJBQVVBLFNBQVMsaUJBQWlCO0FBQzFCLFNBQVMsWUFBWTtBQUNyQixTQUFTLFNBQVM7QUFDbEIsU0FBUyx5QkFBMkM7QUFDcEQsU0FBUyxxQkFBcUI7QUFDOUIsU0FBUyxpQkFBaUI7QUFDMUIsU0FBUyxlQUFlO0FBQ3hCLFNBQVMscUJBQXFCO0FBQzlCLFNBQVMsYUFBYSxXQUFXLG1CQUFtQjtBQUVwRCxNQUFNLE1BQU0sQ0FBQyxVQUFrQixFQUFFLE9BQU8sRUFBRSxNQUFNLElBQUksT0FBTyxrQkFBa0IsUUFBUSxDQUFDLElBQUksQ0FBQztBQUVwRixNQUFNLHlCQUF5QixFQUFFLE9BQU87QUFBQSxFQUM3QyxRQUFRLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxJQUFJLEdBQUc7QUFBQSxFQUNoQyxTQUFTLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxTQUFTO0FBQUEsRUFDbkMsVUFBVSxJQUFJLEVBQUU7QUFBQSxFQUNoQixhQUFhLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxJQUFJLEdBQUc7QUFBQSxFQUNyQyxVQUFVLElBQUksRUFBRTtBQUFBLEVBQ2hCLFNBQVMsRUFBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxHQUFJO0FBQUE7QUFBQSxFQUVuQyxPQUFPLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUM7QUFBQSxFQUM3QixNQUFNLEVBQUUsTUFBTSxJQUFJLEVBQUUsQ0FBQyxFQUFFLElBQUksQ0FBQyxFQUFFLElBQUksR0FBTztBQUFBLEVBQ3pDLHFCQUFxQixJQUFJLEVBQUU7QUFBQSxFQUMzQixjQUFjLEVBQUUsT0FBTyxFQUFFLE1BQU0sOEJBQThCO0FBQUEsRUFDN0QsUUFBUSxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxHQUFTO0FBQUEsRUFDN0MsVUFBVSxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxHQUFTO0FBQUEsRUFDL0MsZUFBZSxFQUFFLE9BQU8sRUFBRSxNQUFNLFlBQVk7QUFBQTtBQUFBLEVBRTVDLGlCQUFpQixFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxHQUFNO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTW5ELGtCQUFrQixFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxHQUFPO0FBQ3ZELENBQUM7QUFpQkQsU0FBUyxVQUFVLE9BQThEO0FBQy9FLE1BQUksT0FBTztBQUNYLFFBQU0sVUFBMEIsQ0FBQztBQUNqQyxTQUFPO0FBQUEsSUFDTCxTQUFTLE1BQU07QUFDYixVQUFJLE9BQU8sT0FBTztBQUNoQixnQkFBUTtBQUNSLGVBQU8sUUFBUSxRQUFRO0FBQUEsTUFDekI7QUFDQSxhQUFPLElBQUksUUFBYyxDQUFDLFlBQVksUUFBUSxLQUFLLE9BQU8sQ0FBQztBQUFBLElBQzdEO0FBQUEsSUFDQSxTQUFTLE1BQU07QUFDYixZQUFNLE9BQU8sUUFBUSxNQUFNO0FBQzNCLFVBQUksU0FBUyxPQUFXLE1BQUs7QUFBQSxVQUN4QixTQUFRO0FBQUEsSUFDZjtBQUFBLEVBQ0Y7QUFDRjtBQUVBLE1BQU0sZ0JBQWdCO0FBRXRCLE1BQU0sV0FBVyxNQUFjLFlBQVksYUFBYSxZQUFZLElBQUk7QUFFeEUsZUFBZSxPQUFzQjtBQUNuQyxRQUFNLFNBQVMsdUJBQXVCLE1BQU0sS0FBSyxNQUFNLFFBQVEsSUFBSSxzQkFBc0IsSUFBSSxDQUFDO0FBQzlGLFFBQU0sU0FBd0IsT0FBTyxLQUFLO0FBQUEsSUFBSSxDQUFDLFFBQzdDLGtCQUFrQixFQUFFLFFBQVEsT0FBTyxRQUFRLFNBQVMsT0FBTyxTQUFTLFlBQVksS0FBc0IsVUFBVSxPQUFPLFVBQTJCLG1CQUFtQixHQUFHLENBQUM7QUFBQSxFQUMzSztBQUNBLFFBQU0sV0FBVztBQUVqQixRQUFNLFNBQVMsRUFBRSxPQUFPLFVBQVUsTUFBTSxFQUFFO0FBQzFDLFFBQU0sVUFBVSxvQkFBSSxJQUFZO0FBQ2hDLFFBQU0sWUFBMEMsQ0FBQztBQUNqRCxRQUFNLGVBQWUsQ0FBQyxNQUFjLE1BQVk7QUFDOUMsVUFBTSxNQUFNLFNBQVM7QUFDckIsUUFBSSxNQUFNLE9BQU8sTUFBTyxRQUFPLFFBQVE7QUFDdkMsUUFBSSxNQUFNLE9BQU8sS0FBTSxRQUFPLE9BQU87QUFDckMsY0FBVSxDQUFDLElBQUk7QUFBQSxFQUNqQjtBQUNBLFFBQU0sWUFBWSxVQUFVLE9BQU8sZ0JBQWdCO0FBQ25ELFFBQU0sYUFBYSxPQUFPLElBQUksQ0FBQyxPQUFPLE1BQU07QUFDMUMsVUFBTSxVQUFVLEtBQUssT0FBTyxTQUFTLGNBQWMsT0FBTyxPQUFPLFFBQVEsQ0FBQyxDQUFDO0FBQzNFLGNBQVUsU0FBUyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQ3RDLFdBQU8sSUFBSSxVQUFVO0FBQUEsTUFDbkI7QUFBQSxNQUNBO0FBQUEsTUFDQSxRQUFRLEVBQUUsY0FBYyxDQUFDLFdBQVcsR0FBRyxnQkFBZ0IsS0FBSztBQUFBLE1BQzVELFlBQVksYUFBYSxDQUFDO0FBQUE7QUFBQTtBQUFBLE1BRzFCLFVBQVUsRUFBRSxRQUFRLFVBQVUsV0FBVyxVQUFVLFVBQVUsVUFBVSxPQUFPLFVBQVUsZ0JBQWdCLFNBQVM7QUFBQSxJQUNuSCxDQUFDO0FBQUEsRUFDSCxDQUFDO0FBQ0QsUUFBTSxTQUFTLE9BQU8sU0FBUyxPQUFPO0FBQ3RDLFFBQU0sU0FBUyxPQUFPLE9BQU8sYUFBYSxJQUFJLE9BQU8sTUFBTTtBQUMzRCxRQUFNLE1BQU0sRUFBRSxxQkFBcUIsUUFBUSxPQUFPLHFCQUFxQixJQUFJLFVBQVUsR0FBRyxjQUFjLFFBQVEsT0FBTyxjQUFjLFFBQVcsT0FBTyxHQUFHLGFBQWEsUUFBUSxVQUFVLE9BQU8sVUFBVSxXQUFXLENBQUMsT0FBTyxXQUFXLEVBQUU7QUFDeE8sUUFBTSxRQUFRLFlBQTJCO0FBQ3ZDLGVBQVcsYUFBYSxXQUFZLFdBQVUsTUFBTTtBQUFBLEVBQ3REO0FBQ0EsUUFBTSxTQUFTLFlBQVksT0FBTyxZQUFZO0FBQzVDLFlBQVEsUUFBUSxNQUFNO0FBQUEsTUFDcEIsS0FBSyxXQUFXO0FBQ2QsY0FBTSxRQUFrQixDQUFDO0FBQ3pCLGNBQU0sWUFBWSxZQUFZLE9BQU8saUJBQWlCLE9BQU8sV0FBVyxNQUFNO0FBRzVFLG1CQUFTLFVBQVUsS0FBSyxXQUFXO0FBQ2pDLGdCQUFJO0FBQ0Ysb0JBQU0sRUFBRSxRQUFRLElBQUksTUFBTSxjQUFjLE9BQU8sQ0FBQyxHQUFJLFVBQVUsT0FBTyxFQUFFLFVBQVUsT0FBTyxVQUEyQixRQUFRLFlBQVksS0FBSyxnQkFBZ0IsS0FBSyxDQUFDO0FBQ2xLLG9CQUFNLENBQUMsSUFBSSxRQUFRLEtBQUssU0FBUztBQUNqQztBQUFBLFlBQ0YsU0FBUyxPQUFPO0FBQ2Qsa0JBQUksV0FBVyxjQUFlLE9BQU07QUFBQSxZQUN0QztBQUFBLFVBQ0Y7QUFBQSxRQUNGLENBQUM7QUFDRCxlQUFPO0FBQUEsTUFDVDtBQUFBLE1BQ0EsS0FBSyxPQUFPO0FBQ1YsZUFBTyxRQUFRO0FBQ2YsZUFBTyxPQUFPO0FBQ2QsY0FBTSxNQUFxQixFQUFFLFVBQVUsQ0FBQyxHQUFHLFNBQVMsQ0FBQyxHQUFHLGNBQWMsR0FBRyxhQUFhLEdBQUcsV0FBVyxTQUFTLEdBQUcsU0FBUyxFQUFFO0FBQzNILGNBQU0sUUFBUTtBQUFBLFVBQ1osV0FBVyxJQUFJLE9BQU8sV0FBVyxNQUFNO0FBQ3JDLGtCQUFNLFFBQVEsT0FBTyxRQUFRO0FBQzdCLGtCQUFNLFVBQVUsUUFBUTtBQUN4QixvQkFBUSxJQUFJLENBQUM7QUFDYixzQkFBVSxDQUFDLElBQUksTUFBTTtBQUNuQixrQkFBSSxRQUFRLE9BQU8sQ0FBQyxFQUFHLFdBQVUsUUFBUTtBQUFBLFlBQzNDO0FBQ0EsZ0JBQUk7QUFDRixvQkFBTSxTQUFTLE1BQU0sVUFBVSxJQUFJLEdBQUc7QUFDdEMsb0JBQU0sT0FBTyxPQUFPLEtBQUssT0FBTyxDQUFDLEtBQUssTUFBTSxNQUFNLEVBQUUsUUFBUSxFQUFFO0FBQzlELGtCQUFJLFFBQVEsS0FBSyxHQUFHLE9BQU8sUUFBUSxPQUFPO0FBQzFDLGtCQUFJLFNBQVMsS0FBSyxFQUFFLE9BQU8sSUFBSSxPQUFPLFdBQVcsT0FBTyxRQUFRLFFBQVEsT0FBTyxRQUFRLFNBQVMsS0FBSyxTQUFTLEVBQUUsQ0FBQztBQUFBLFlBQ25ILFNBQVMsT0FBTztBQUNkLGtCQUFJLFNBQVMsS0FBSyxFQUFFLE9BQU8sSUFBSSxPQUFPLFFBQVEsR0FBRyxTQUFTLEtBQUssT0FBTyxjQUFjLEtBQUssSUFBSSxHQUFHLE1BQU0sSUFBSSxLQUFLLE1BQU0sWUFBWSxLQUFLLE9BQU8sS0FBSyxFQUFFLENBQUM7QUFBQSxZQUN2SixVQUFFO0FBQ0Esd0JBQVUsQ0FBQyxJQUFJO0FBQUEsWUFDakI7QUFBQSxVQUNGLENBQUM7QUFBQSxRQUNIO0FBQ0EsWUFBSSxVQUFVLFNBQVM7QUFDdkIsWUFBSSxlQUFlLE9BQU87QUFDMUIsWUFBSSxjQUFjLE9BQU87QUFDekIsZUFBTztBQUFBLE1BQ1Q7QUFBQSxNQUNBLEtBQUs7QUFDSCxjQUFNLE1BQU07QUFDWixxQkFBYSxNQUFNLFFBQVEsV0FBVyxDQUFDO0FBQ3ZDLGVBQU87QUFBQSxNQUNUO0FBQ0UsY0FBTSxJQUFJLE1BQU0sbUJBQW1CLFFBQVEsSUFBSSxFQUFFO0FBQUEsSUFDckQ7QUFBQSxFQUNGLEdBQUcsS0FBSztBQUNSLFNBQU8sTUFBTSxFQUFFLFlBQVksV0FBVyxPQUFPLENBQUM7QUFDaEQ7QUFFQSxLQUFLLEVBQUUsTUFBTSxTQUFTOyIsCiAgIm5hbWVzIjogW10KfQo=
