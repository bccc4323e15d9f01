import { z } from "zod";
import { createChainClient, releaseChannel } from "../chain/index.js";
import { createEnclave } from "../enclave/index.js";
import { builtinMeasurements } from "../node/functions.js";
import { startExecutorNode } from "../node/executor.js";
import { createTeeProvider } from "../tee/index.js";
import { toHex } from "../util/bytes.js";
import { isAirtntError } from "../util/errors.js";
const hex = (bytes) => z.string().regex(new RegExp(`^0x[0-9a-fA-F]{${bytes * 2}}$`));
const executorConfigSchema = z.object({
  rpcUrl: z.string().url().max(200),
  chainId: z.number().int().positive(),
  privateKey: hex(32),
  channels: hex(20),
  dataDir: z.string().min(1).max(1e3),
  pricePerCycle: z.string().regex(/^\d{1,30}$/)
});
const executorRequestSchema = z.discriminatedUnion("type", [
  z.object({ id: z.number().int(), type: z.literal("stats") }),
  z.object({ id: z.number().int(), type: z.literal("reset") }),
  z.object({ id: z.number().int(), type: z.literal("release"), requester: hex(20), token: hex(20), lane: z.string().regex(/^\d{1,20}$/) }),
  z.object({ id: z.number().int(), type: z.literal("stop") })
]);
function timedEnclave(enclave, times) {
  return {
    identity: () => enclave.identity(),
    signInfo: (statement) => enclave.signInfo(statement),
    async openSession(request) {
      const started = performance.now();
      try {
        return await enclave.openSession(request);
      } finally {
        times.openMs += performance.now() - started;
        times.opens += 1;
      }
    },
    async runRound(sessionId, round, cycles) {
      const started = performance.now();
      try {
        return await enclave.runRound(sessionId, round, cycles);
      } finally {
        const elapsed = performance.now() - started;
        times.roundMs += elapsed;
        times.rounds += 1;
        times.maxRoundMs = Math.max(times.maxRoundMs, elapsed);
      }
    },
    closeSession: (sessionId) => enclave.closeSession(sessionId),
    close: () => enclave.close()
  };
}
async function main() {
  const send = (message) => {
    process.send?.(message);
  };
  if (!process.send) throw new Error("executor-process must be started with fork() (it talks over IPC)");
  const config = executorConfigSchema.parse(JSON.parse(process.env.AIRTNT_BENCH_EXECUTOR ?? "{}"));
  const chain = createChainClient({
    rpcUrl: config.rpcUrl,
    chainId: config.chainId,
    privateKey: config.privateKey,
    channels: config.channels
  });
  const tee = await createTeeProvider("simulated");
  const enclave = await createEnclave({ tee });
  const times = { roundMs: 0, rounds: 0, openMs: 0, opens: 0, maxRoundMs: 0 };
  const node = await startExecutorNode({
    chain,
    enclave: timedEnclave(enclave, times),
    dataDir: config.dataDir,
    pricePerCycle: BigInt(config.pricePerCycle),
    functions: Object.values(await builtinMeasurements()),
    // The benchmark's single requester opens hundreds of sessions a minute from loopback; the
    // per-address limits are there for strangers, and the node's operator may raise them.
    connectionLimits: { maxNewPerWindow: 1e6 },
    // Benchmark prices are far below the gas of a collect on the devnet: collect them anyway.
    collectTuning: { worthFactor: 0n }
  });
  const stop = async () => {
    await node.close();
    await enclave.close();
  };
  process.on("disconnect", () => {
    void stop().finally(() => process.exit(0));
  });
  process.on("message", (raw) => {
    void (async () => {
      const parsed = executorRequestSchema.safeParse(raw);
      if (!parsed.success) return;
      const request = parsed.data;
      try {
        switch (request.type) {
          case "stats":
            send({ id: request.id, ok: true, value: { ...times } });
            return;
          case "reset":
            Object.assign(times, { roundMs: 0, rounds: 0, openMs: 0, opens: 0, maxRoundMs: 0 });
            send({ id: request.id, ok: true, value: null });
            return;
          case "release": {
            const ref = { requester: request.requester, executor: chain.account.address, token: request.token, lane: BigInt(request.lane) };
            const released = await releaseChannel(chain, { ref });
            send({ id: request.id, ok: true, value: { gasUsed: released.gasUsed.toString() } });
            return;
          }
          case "stop":
            await stop();
            send({ id: request.id, ok: true, value: null });
            process.disconnect();
            return;
        }
      } catch (error) {
        send({ id: request.id, ok: false, error: { code: isAirtntError(error) ? error.code : "INTERNAL_ERROR", message: error instanceof Error ? error.message : String(error) } });
      }
    })();
  });
  send({ type: "ready", url: node.url, address: node.address, enclave: toHex(enclave.identity().signingPublicKey) });
}
main().catch((error) => {
  process.send?.({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  console.error(error);
  process.exit(1);
});
export {
  executorConfigSchema,
  executorRequestSchema
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2JlbmNoL2V4ZWN1dG9yLXByb2Nlc3MudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIGJlbmNobWFyaydzIGV4ZWN1dG9yOiBhIHJlYWwgZXhlY3V0b3Igbm9kZSAoc3JjL25vZGUvZXhlY3V0b3IudHMsIGR1cmFibGUgU1FMaXRlIHN0b3JhZ2UsXG4gKiBjb2xsZWN0b3Igb24pIHdpdGggdGhlIHNpbXVsYXRlZCAoSU5TRUNVUkUpIFRFRSwgaW4gaXRzIG93biBwcm9jZXNzLCBzdGFydGVkIGJ5IHRoZSBoYXJuZXNzIHdpdGhcbiAqIGZvcmsoKS4gSXQgd3JhcHMgdGhlIGVuY2xhdmUgdG8gdGltZSBldmVyeSBjYWxsLCBiZWNhdXNlIHRoZSBub2RlIGRvZXMgbm90IHJlcG9ydCB0aW1lIHNwZW50IGluXG4gKiB0aGUgZW5jbGF2ZSB5ZXQsIGFuZCBhbnN3ZXJzIHRoZSBoYXJuZXNzIG92ZXIgdGhlIElQQyBjaGFubmVsIChtZXNzYWdlcyB2YWxpZGF0ZWQgd2l0aCB6b2QpLlxuICogU3RhcnRlZCBvbmx5IGJ5IHNyYy9iZW5jaC9oYXJuZXNzLnRzOyB0aGUgY29uZmlndXJhdGlvbiBjb21lcyBpbiBBSVJUTlRfQkVOQ0hfRVhFQ1VUT1IgKEpTT04pLlxuICovXG5pbXBvcnQgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IGNyZWF0ZUNoYWluQ2xpZW50LCByZWxlYXNlQ2hhbm5lbCB9IGZyb20gJy4uL2NoYWluL2luZGV4LmpzJztcbmltcG9ydCB7IGNyZWF0ZUVuY2xhdmUgfSBmcm9tICcuLi9lbmNsYXZlL2luZGV4LmpzJztcbmltcG9ydCB0eXBlIHsgRW5jbGF2ZSB9IGZyb20gJy4uL2VuY2xhdmUvdHlwZXMuanMnO1xuaW1wb3J0IHsgYnVpbHRpbk1lYXN1cmVtZW50cyB9IGZyb20gJy4uL25vZGUvZnVuY3Rpb25zLmpzJztcbmltcG9ydCB7IHN0YXJ0RXhlY3V0b3JOb2RlIH0gZnJvbSAnLi4vbm9kZS9leGVjdXRvci5qcyc7XG5pbXBvcnQgeyBjcmVhdGVUZWVQcm92aWRlciB9IGZyb20gJy4uL3RlZS9pbmRleC5qcyc7XG5pbXBvcnQgeyB0b0hleCB9IGZyb20gJy4uL3V0aWwvYnl0ZXMuanMnO1xuaW1wb3J0IHsgaXNBaXJ0bnRFcnJvciB9IGZyb20gJy4uL3V0aWwvZXJyb3JzLmpzJztcblxuY29uc3QgaGV4ID0gKGJ5dGVzOiBudW1iZXIpID0+IHouc3RyaW5nKCkucmVnZXgobmV3IFJlZ0V4cChgXjB4WzAtOWEtZkEtRl17JHtieXRlcyAqIDJ9fSRgKSk7XG5cbmV4cG9ydCBjb25zdCBleGVjdXRvckNvbmZpZ1NjaGVtYSA9IHoub2JqZWN0KHtcbiAgcnBjVXJsOiB6LnN0cmluZygpLnVybCgpLm1heCgyMDApLFxuICBjaGFpbklkOiB6Lm51bWJlcigpLmludCgpLnBvc2l0aXZlKCksXG4gIHByaXZhdGVLZXk6IGhleCgzMiksXG4gIGNoYW5uZWxzOiBoZXgoMjApLFxuICBkYXRhRGlyOiB6LnN0cmluZygpLm1pbigxKS5tYXgoMTAwMCksXG4gIHByaWNlUGVyQ3ljbGU6IHouc3RyaW5nKCkucmVnZXgoL15cXGR7MSwzMH0kLyksXG59KTtcbmV4cG9ydCB0eXBlIEV4ZWN1dG9yQ29uZmlnID0gei5pbmZlcjx0eXBlb2YgZXhlY3V0b3JDb25maWdTY2hlbWE+O1xuXG5leHBvcnQgY29uc3QgZXhlY3V0b3JSZXF1ZXN0U2NoZW1hID0gei5kaXNjcmltaW5hdGVkVW5pb24oJ3R5cGUnLCBbXG4gIHoub2JqZWN0KHsgaWQ6IHoubnVtYmVyKCkuaW50KCksIHR5cGU6IHoubGl0ZXJhbCgnc3RhdHMnKSB9KSxcbiAgei5vYmplY3QoeyBpZDogei5udW1iZXIoKS5pbnQoKSwgdHlwZTogei5saXRlcmFsKCdyZXNldCcpIH0pLFxuICB6Lm9iamVjdCh7IGlkOiB6Lm51bWJlcigpLmludCgpLCB0eXBlOiB6LmxpdGVyYWwoJ3JlbGVhc2UnKSwgcmVxdWVzdGVyOiBoZXgoMjApLCB0b2tlbjogaGV4KDIwKSwgbGFuZTogei5zdHJpbmcoKS5yZWdleCgvXlxcZHsxLDIwfSQvKSB9KSxcbiAgei5vYmplY3QoeyBpZDogei5udW1iZXIoKS5pbnQoKSwgdHlwZTogei5saXRlcmFsKCdzdG9wJykgfSksXG5dKTtcbmV4cG9ydCB0eXBlIEV4ZWN1dG9yUmVxdWVzdCA9IHouaW5mZXI8dHlwZW9mIGV4ZWN1dG9yUmVxdWVzdFNjaGVtYT47XG5cbi8qKiBUaW1lIGluc2lkZSB0aGUgZW5jbGF2ZSBzaW5jZSB0aGUgbGFzdCByZXNldCwgbWVhc3VyZWQgYXJvdW5kIGVhY2ggY2FsbCBmcm9tIHRoZSBob3N0LiAqL1xuZXhwb3J0IHR5cGUgRW5jbGF2ZVRpbWVzID0geyByb3VuZE1zOiBudW1iZXI7IHJvdW5kczogbnVtYmVyOyBvcGVuTXM6IG51bWJlcjsgb3BlbnM6IG51bWJlcjsgbWF4Um91bmRNczogbnVtYmVyIH07XG5cbmZ1bmN0aW9uIHRpbWVkRW5jbGF2ZShlbmNsYXZlOiBFbmNsYXZlLCB0aW1lczogRW5jbGF2ZVRpbWVzKTogRW5jbGF2ZSB7XG4gIHJldHVybiB7XG4gICAgaWRlbnRpdHk6ICgpID0+IGVuY2xhdmUuaWRlbnRpdHkoKSxcbiAgICBzaWduSW5mbzogKHN0YXRlbWVudCkgPT4gZW5jbGF2ZS5zaWduSW5mbyhzdGF0ZW1lbnQpLFxuICAgIGFzeW5jIG9wZW5TZXNzaW9uKHJlcXVlc3QpIHtcbiAgICAgIGNvbnN0IHN0YXJ0ZWQgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJldHVybiBhd2FpdCBlbmNsYXZlLm9wZW5TZXNzaW9uKHJlcXVlc3QpO1xuICAgICAgfSBmaW5hbGx5IHtcbiAgICAgICAgdGltZXMub3Blbk1zICs9IHBlcmZvcm1hbmNlLm5vdygpIC0gc3RhcnRlZDtcbiAgICAgICAgdGltZXMub3BlbnMgKz0gMTtcbiAgICAgIH1cbiAgICB9LFxuICAgIGFzeW5jIHJ1blJvdW5kKHNlc3Npb25JZCwgcm91bmQsIGN5Y2xlcykge1xuICAgICAgY29uc3Qgc3RhcnRlZCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICAgICAgdHJ5IHtcbiAgICAgICAgcmV0dXJuIGF3YWl0IGVuY2xhdmUucnVuUm91bmQoc2Vzc2lvbklkLCByb3VuZCwgY3ljbGVzKTtcbiAgICAgIH0gZmluYWxseSB7XG4gICAgICAgIGNvbnN0IGVsYXBzZWQgPSBwZXJmb3JtYW5jZS5ub3coKSAtIHN0YXJ0ZWQ7XG4gICAgICAgIHRpbWVzLnJvdW5kTXMgKz0gZWxhcHNlZDtcbiAgICAgICAgdGltZXMucm91bmRzICs9IDE7XG4gICAgICAgIHRpbWVzLm1heFJvdW5kTXMgPSBNYXRoLm1heCh0aW1lcy5tYXhSb3VuZE1zLCBlbGFwc2VkKTtcbiAgICAgIH1cbiAgICB9LFxuICAgIGNsb3NlU2Vzc2lvbjogKHNlc3Npb25JZCkgPT4gZW5jbGF2ZS5jbG9zZVNlc3Npb24oc2Vzc2lvbklkKSxcbiAgICBjbG9zZTogKCkgPT4gZW5jbGF2ZS5jbG9zZSgpLFxuICB9O1xufVxuXG5hc3luYyBmdW5jdGlvbiBtYWluKCk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBzZW5kID0gKG1lc3NhZ2U6IHVua25vd24pOiB2b2lkID0+IHtcbiAgICBwcm9jZXNzLnNlbmQ/LihtZXNzYWdlKTtcbiAgfTtcbiAgaWYgKCFwcm9jZXNzLnNlbmQpIHRocm93IG5ldyBFcnJvcignZXhlY3V0b3ItcHJvY2VzcyBtdXN0IGJlIHN0YXJ0ZWQgd2l0aCBmb3JrKCkgKGl0IHRhbGtzIG92ZXIgSVBDKScpO1xuICBjb25zdCBjb25maWcgPSBleGVjdXRvckNvbmZpZ1NjaGVtYS5wYXJzZShKU09OLnBhcnNlKHByb2Nlc3MuZW52LkFJUlROVF9CRU5DSF9FWEVDVVRPUiA/PyAne30nKSk7XG4gIGNvbnN0IGNoYWluID0gY3JlYXRlQ2hhaW5DbGllbnQoe1xuICAgIHJwY1VybDogY29uZmlnLnJwY1VybCxcbiAgICBjaGFpbklkOiBjb25maWcuY2hhaW5JZCxcbiAgICBwcml2YXRlS2V5OiBjb25maWcucHJpdmF0ZUtleSBhcyBgMHgke3N0cmluZ31gLFxuICAgIGNoYW5uZWxzOiBjb25maWcuY2hhbm5lbHMgYXMgYDB4JHtzdHJpbmd9YCxcbiAgfSk7XG4gIGNvbnN0IHRlZSA9IGF3YWl0IGNyZWF0ZVRlZVByb3ZpZGVyKCdzaW11bGF0ZWQnKTtcbiAgY29uc3QgZW5jbGF2ZSA9IGF3YWl0IGNyZWF0ZUVuY2xhdmUoeyB0ZWUgfSk7XG4gIGNvbnN0IHRpbWVzOiBFbmNsYXZlVGltZXMgPSB7IHJvdW5kTXM6IDAsIHJvdW5kczogMCwgb3Blbk1zOiAwLCBvcGVuczogMCwgbWF4Um91bmRNczogMCB9O1xuICBjb25zdCBub2RlID0gYXdhaXQgc3RhcnRFeGVjdXRvck5vZGUoe1xuICAgIGNoYWluLFxuICAgIGVuY2xhdmU6IHRpbWVkRW5jbGF2ZShlbmNsYXZlLCB0aW1lcyksXG4gICAgZGF0YURpcjogY29uZmlnLmRhdGFEaXIsXG4gICAgcHJpY2VQZXJDeWNsZTogQmlnSW50KGNvbmZpZy5wcmljZVBlckN5Y2xlKSxcbiAgICBmdW5jdGlvbnM6IE9iamVjdC52YWx1ZXMoYXdhaXQgYnVpbHRpbk1lYXN1cmVtZW50cygpKSxcbiAgICAvLyBUaGUgYmVuY2htYXJrJ3Mgc2luZ2xlIHJlcXVlc3RlciBvcGVucyBodW5kcmVkcyBvZiBzZXNzaW9ucyBhIG1pbnV0ZSBmcm9tIGxvb3BiYWNrOyB0aGVcbiAgICAvLyBwZXItYWRkcmVzcyBsaW1pdHMgYXJlIHRoZXJlIGZvciBzdHJhbmdlcnMsIGFuZCB0aGUgbm9kZSdzIG9wZXJhdG9yIG1heSByYWlzZSB0aGVtLlxuICAgIGNvbm5lY3Rpb25MaW1pdHM6IHsgbWF4TmV3UGVyV2luZG93OiAxXzAwMF8wMDAgfSxcbiAgICAvLyBCZW5jaG1hcmsgcHJpY2VzIGFyZSBmYXIgYmVsb3cgdGhlIGdhcyBvZiBhIGNvbGxlY3Qgb24gdGhlIGRldm5ldDogY29sbGVjdCB0aGVtIGFueXdheS5cbiAgICBjb2xsZWN0VHVuaW5nOiB7IHdvcnRoRmFjdG9yOiAwbiB9LFxuICB9KTtcbiAgY29uc3Qgc3RvcCA9IGFzeW5jICgpOiBQcm9taXNlPHZvaWQ+ID0+IHtcbiAgICBhd2FpdCBub2RlLmNsb3NlKCk7XG4gICAgYXdhaXQgZW5jbGF2ZS5jbG9zZSgpO1xuICB9O1xuICBwcm9jZXNzLm9uKCdkaXNjb25uZWN0JywgKCkgPT4ge1xuICAgIC8vIFRoZSBoYXJuZXNzIHdlbnQgYXdheTogbmV2ZXIgb3V0bGl2ZSBpdC5cbiAgICB2b2lkIHN0b3AoKS5maW5hbGx5KCgpID0+IHByb2Nlc3MuZXhpdCgwKSk7XG4gIH0pO1xuICBwcm9jZXNzLm9uKCdtZXNzYWdlJywgKHJhdzogdW5rbm93bikgPT4ge1xuICAgIHZvaWQgKGFzeW5jICgpID0+IHtcbiAgICAgIGNvbnN0IHBhcnNlZCA9IGV4ZWN1dG9yUmVxdWVzdFNjaGVtYS5zYWZlUGFyc2UocmF3KTtcbiAgICAgIGlmICghcGFyc2VkLnN1Y2Nlc3MpIHJldHVybjtcbiAgICAgIGNvbnN0IHJlcXVlc3QgPSBwYXJzZWQuZGF0YTtcbiAgICAgIHRyeSB7XG4gICAgICAgIHN3aXRjaCAocmVxdWVzdC50eXBlKSB7XG4gICAgICAgICAgY2FzZSAnc3RhdHMnOlxuICAgICAgICAgICAgc2VuZCh7IGlkOiByZXF1ZXN0LmlkLCBvazogdHJ1ZSwgdmFsdWU6IHsgLi4udGltZXMgfSB9KTtcbiAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgICBjYXNlICdyZXNldCc6XG4gICAgICAgICAgICBPYmplY3QuYXNzaWduKHRpbWVzLCB7IHJvdW5kTXM6IDAsIHJvdW5kczogMCwgb3Blbk1zOiAwLCBvcGVuczogMCwgbWF4Um91bmRNczogMCB9KTtcbiAgICAgICAgICAgIHNlbmQoeyBpZDogcmVxdWVzdC5pZCwgb2s6IHRydWUsIHZhbHVlOiBudWxsIH0pO1xuICAgICAgICAgICAgcmV0dXJuO1xuICAgICAgICAgIGNhc2UgJ3JlbGVhc2UnOiB7XG4gICAgICAgICAgICBjb25zdCByZWYgPSB7IHJlcXVlc3RlcjogcmVxdWVzdC5yZXF1ZXN0ZXIgYXMgYDB4JHtzdHJpbmd9YCwgZXhlY3V0b3I6IGNoYWluLmFjY291bnQuYWRkcmVzcywgdG9rZW46IHJlcXVlc3QudG9rZW4gYXMgYDB4JHtzdHJpbmd9YCwgbGFuZTogQmlnSW50KHJlcXVlc3QubGFuZSkgfTtcbiAgICAgICAgICAgIGNvbnN0IHJlbGVhc2VkID0gYXdhaXQgcmVsZWFzZUNoYW5uZWwoY2hhaW4sIHsgcmVmIH0pO1xuICAgICAgICAgICAgc2VuZCh7IGlkOiByZXF1ZXN0LmlkLCBvazogdHJ1ZSwgdmFsdWU6IHsgZ2FzVXNlZDogcmVsZWFzZWQuZ2FzVXNlZC50b1N0cmluZygpIH0gfSk7XG4gICAgICAgICAgICByZXR1cm47XG4gICAgICAgICAgfVxuICAgICAgICAgIGNhc2UgJ3N0b3AnOlxuICAgICAgICAgICAgYXdhaXQgc3RvcCgpO1xuICAgICAgICAgICAgc2VuZCh7IGlkOiByZXF1ZXN0LmlkLCBvazogdHJ1ZSwgdmFsdWU6IG51bGwgfSk7XG4gICAgICAgICAgICBwcm9jZXNzLmRpc2Nvbm5lY3QoKTtcbiAgICAgICAgICAgIHJldHVybjtcbiAgICAgICAgfVxuICAgICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgc2VuZCh7IGlkOiByZXF1ZXN0LmlkLCBvazogZmFsc2UsIGVycm9yOiB7IGNvZGU6IGlzQWlydG50RXJyb3IoZXJyb3IpID8gZXJyb3IuY29kZSA6ICdJTlRFUk5BTF9FUlJPUicsIG1lc3NhZ2U6IGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKSB9IH0pO1xuICAgICAgfVxuICAgIH0pKCk7XG4gIH0pO1xuICBzZW5kKHsgdHlwZTogJ3JlYWR5JywgdXJsOiBub2RlLnVybCwgYWRkcmVzczogbm9kZS5hZGRyZXNzLCBlbmNsYXZlOiB0b0hleChlbmNsYXZlLmlkZW50aXR5KCkuc2lnbmluZ1B1YmxpY0tleSkgfSk7XG59XG5cbm1haW4oKS5jYXRjaCgoZXJyb3I6IHVua25vd24pID0+IHtcbiAgcHJvY2Vzcy5zZW5kPy4oeyB0eXBlOiAnZmFpbGVkJywgbWVzc2FnZTogZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IGVycm9yLm1lc3NhZ2UgOiBTdHJpbmcoZXJyb3IpIH0pO1xuICBjb25zb2xlLmVycm9yKGVycm9yKTtcbiAgcHJvY2Vzcy5leGl0KDEpO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiQUFPQSxTQUFTLFNBQVM7QUFDbEIsU0FBUyxtQkFBbUIsc0JBQXNCO0FBQ2xELFNBQVMscUJBQXFCO0FBRTlCLFNBQVMsMkJBQTJCO0FBQ3BDLFNBQVMseUJBQXlCO0FBQ2xDLFNBQVMseUJBQXlCO0FBQ2xDLFNBQVMsYUFBYTtBQUN0QixTQUFTLHFCQUFxQjtBQUU5QixNQUFNLE1BQU0sQ0FBQyxVQUFrQixFQUFFLE9BQU8sRUFBRSxNQUFNLElBQUksT0FBTyxrQkFBa0IsUUFBUSxDQUFDLElBQUksQ0FBQztBQUVwRixNQUFNLHVCQUF1QixFQUFFLE9BQU87QUFBQSxFQUMzQyxRQUFRLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxJQUFJLEdBQUc7QUFBQSxFQUNoQyxTQUFTLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxTQUFTO0FBQUEsRUFDbkMsWUFBWSxJQUFJLEVBQUU7QUFBQSxFQUNsQixVQUFVLElBQUksRUFBRTtBQUFBLEVBQ2hCLFNBQVMsRUFBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxHQUFJO0FBQUEsRUFDbkMsZUFBZSxFQUFFLE9BQU8sRUFBRSxNQUFNLFlBQVk7QUFDOUMsQ0FBQztBQUdNLE1BQU0sd0JBQXdCLEVBQUUsbUJBQW1CLFFBQVE7QUFBQSxFQUNoRSxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLElBQUksR0FBRyxNQUFNLEVBQUUsUUFBUSxPQUFPLEVBQUUsQ0FBQztBQUFBLEVBQzNELEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsSUFBSSxHQUFHLE1BQU0sRUFBRSxRQUFRLE9BQU8sRUFBRSxDQUFDO0FBQUEsRUFDM0QsRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxJQUFJLEdBQUcsTUFBTSxFQUFFLFFBQVEsU0FBUyxHQUFHLFdBQVcsSUFBSSxFQUFFLEdBQUcsT0FBTyxJQUFJLEVBQUUsR0FBRyxNQUFNLEVBQUUsT0FBTyxFQUFFLE1BQU0sWUFBWSxFQUFFLENBQUM7QUFBQSxFQUN2SSxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLElBQUksR0FBRyxNQUFNLEVBQUUsUUFBUSxNQUFNLEVBQUUsQ0FBQztBQUM1RCxDQUFDO0FBTUQsU0FBUyxhQUFhLFNBQWtCLE9BQThCO0FBQ3BFLFNBQU87QUFBQSxJQUNMLFVBQVUsTUFBTSxRQUFRLFNBQVM7QUFBQSxJQUNqQyxVQUFVLENBQUMsY0FBYyxRQUFRLFNBQVMsU0FBUztBQUFBLElBQ25ELE1BQU0sWUFBWSxTQUFTO0FBQ3pCLFlBQU0sVUFBVSxZQUFZLElBQUk7QUFDaEMsVUFBSTtBQUNGLGVBQU8sTUFBTSxRQUFRLFlBQVksT0FBTztBQUFBLE1BQzFDLFVBQUU7QUFDQSxjQUFNLFVBQVUsWUFBWSxJQUFJLElBQUk7QUFDcEMsY0FBTSxTQUFTO0FBQUEsTUFDakI7QUFBQSxJQUNGO0FBQUEsSUFDQSxNQUFNLFNBQVMsV0FBVyxPQUFPLFFBQVE7QUFDdkMsWUFBTSxVQUFVLFlBQVksSUFBSTtBQUNoQyxVQUFJO0FBQ0YsZUFBTyxNQUFNLFFBQVEsU0FBUyxXQUFXLE9BQU8sTUFBTTtBQUFBLE1BQ3hELFVBQUU7QUFDQSxjQUFNLFVBQVUsWUFBWSxJQUFJLElBQUk7QUFDcEMsY0FBTSxXQUFXO0FBQ2pCLGNBQU0sVUFBVTtBQUNoQixjQUFNLGFBQWEsS0FBSyxJQUFJLE1BQU0sWUFBWSxPQUFPO0FBQUEsTUFDdkQ7QUFBQSxJQUNGO0FBQUEsSUFDQSxjQUFjLENBQUMsY0FBYyxRQUFRLGFBQWEsU0FBUztBQUFBLElBQzNELE9BQU8sTUFBTSxRQUFRLE1BQU07QUFBQSxFQUM3QjtBQUNGO0FBRUEsZUFBZSxPQUFzQjtBQUNuQyxRQUFNLE9BQU8sQ0FBQyxZQUEyQjtBQUN2QyxZQUFRLE9BQU8sT0FBTztBQUFBLEVBQ3hCO0FBQ0EsTUFBSSxDQUFDLFFBQVEsS0FBTSxPQUFNLElBQUksTUFBTSxrRUFBa0U7QUFDckcsUUFBTSxTQUFTLHFCQUFxQixNQUFNLEtBQUssTUFBTSxRQUFRLElBQUkseUJBQXlCLElBQUksQ0FBQztBQUMvRixRQUFNLFFBQVEsa0JBQWtCO0FBQUEsSUFDOUIsUUFBUSxPQUFPO0FBQUEsSUFDZixTQUFTLE9BQU87QUFBQSxJQUNoQixZQUFZLE9BQU87QUFBQSxJQUNuQixVQUFVLE9BQU87QUFBQSxFQUNuQixDQUFDO0FBQ0QsUUFBTSxNQUFNLE1BQU0sa0JBQWtCLFdBQVc7QUFDL0MsUUFBTSxVQUFVLE1BQU0sY0FBYyxFQUFFLElBQUksQ0FBQztBQUMzQyxRQUFNLFFBQXNCLEVBQUUsU0FBUyxHQUFHLFFBQVEsR0FBRyxRQUFRLEdBQUcsT0FBTyxHQUFHLFlBQVksRUFBRTtBQUN4RixRQUFNLE9BQU8sTUFBTSxrQkFBa0I7QUFBQSxJQUNuQztBQUFBLElBQ0EsU0FBUyxhQUFhLFNBQVMsS0FBSztBQUFBLElBQ3BDLFNBQVMsT0FBTztBQUFBLElBQ2hCLGVBQWUsT0FBTyxPQUFPLGFBQWE7QUFBQSxJQUMxQyxXQUFXLE9BQU8sT0FBTyxNQUFNLG9CQUFvQixDQUFDO0FBQUE7QUFBQTtBQUFBLElBR3BELGtCQUFrQixFQUFFLGlCQUFpQixJQUFVO0FBQUE7QUFBQSxJQUUvQyxlQUFlLEVBQUUsYUFBYSxHQUFHO0FBQUEsRUFDbkMsQ0FBQztBQUNELFFBQU0sT0FBTyxZQUEyQjtBQUN0QyxVQUFNLEtBQUssTUFBTTtBQUNqQixVQUFNLFFBQVEsTUFBTTtBQUFBLEVBQ3RCO0FBQ0EsVUFBUSxHQUFHLGNBQWMsTUFBTTtBQUU3QixTQUFLLEtBQUssRUFBRSxRQUFRLE1BQU0sUUFBUSxLQUFLLENBQUMsQ0FBQztBQUFBLEVBQzNDLENBQUM7QUFDRCxVQUFRLEdBQUcsV0FBVyxDQUFDLFFBQWlCO0FBQ3RDLFVBQU0sWUFBWTtBQUNoQixZQUFNLFNBQVMsc0JBQXNCLFVBQVUsR0FBRztBQUNsRCxVQUFJLENBQUMsT0FBTyxRQUFTO0FBQ3JCLFlBQU0sVUFBVSxPQUFPO0FBQ3ZCLFVBQUk7QUFDRixnQkFBUSxRQUFRLE1BQU07QUFBQSxVQUNwQixLQUFLO0FBQ0gsaUJBQUssRUFBRSxJQUFJLFFBQVEsSUFBSSxJQUFJLE1BQU0sT0FBTyxFQUFFLEdBQUcsTUFBTSxFQUFFLENBQUM7QUFDdEQ7QUFBQSxVQUNGLEtBQUs7QUFDSCxtQkFBTyxPQUFPLE9BQU8sRUFBRSxTQUFTLEdBQUcsUUFBUSxHQUFHLFFBQVEsR0FBRyxPQUFPLEdBQUcsWUFBWSxFQUFFLENBQUM7QUFDbEYsaUJBQUssRUFBRSxJQUFJLFFBQVEsSUFBSSxJQUFJLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFDOUM7QUFBQSxVQUNGLEtBQUssV0FBVztBQUNkLGtCQUFNLE1BQU0sRUFBRSxXQUFXLFFBQVEsV0FBNEIsVUFBVSxNQUFNLFFBQVEsU0FBUyxPQUFPLFFBQVEsT0FBd0IsTUFBTSxPQUFPLFFBQVEsSUFBSSxFQUFFO0FBQ2hLLGtCQUFNLFdBQVcsTUFBTSxlQUFlLE9BQU8sRUFBRSxJQUFJLENBQUM7QUFDcEQsaUJBQUssRUFBRSxJQUFJLFFBQVEsSUFBSSxJQUFJLE1BQU0sT0FBTyxFQUFFLFNBQVMsU0FBUyxRQUFRLFNBQVMsRUFBRSxFQUFFLENBQUM7QUFDbEY7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLO0FBQ0gsa0JBQU0sS0FBSztBQUNYLGlCQUFLLEVBQUUsSUFBSSxRQUFRLElBQUksSUFBSSxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQzlDLG9CQUFRLFdBQVc7QUFDbkI7QUFBQSxRQUNKO0FBQUEsTUFDRixTQUFTLE9BQU87QUFDZCxhQUFLLEVBQUUsSUFBSSxRQUFRLElBQUksSUFBSSxPQUFPLE9BQU8sRUFBRSxNQUFNLGNBQWMsS0FBSyxJQUFJLE1BQU0sT0FBTyxrQkFBa0IsU0FBUyxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLEVBQUUsRUFBRSxDQUFDO0FBQUEsTUFDNUs7QUFBQSxJQUNGLEdBQUc7QUFBQSxFQUNMLENBQUM7QUFDRCxPQUFLLEVBQUUsTUFBTSxTQUFTLEtBQUssS0FBSyxLQUFLLFNBQVMsS0FBSyxTQUFTLFNBQVMsTUFBTSxRQUFRLFNBQVMsRUFBRSxnQkFBZ0IsRUFBRSxDQUFDO0FBQ25IO0FBRUEsS0FBSyxFQUFFLE1BQU0sQ0FBQyxVQUFtQjtBQUMvQixVQUFRLE9BQU8sRUFBRSxNQUFNLFVBQVUsU0FBUyxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLLEVBQUUsQ0FBQztBQUNsRyxVQUFRLE1BQU0sS0FBSztBQUNuQixVQUFRLEtBQUssQ0FBQztBQUNoQixDQUFDOyIsCiAgIm5hbWVzIjogW10KfQo=
