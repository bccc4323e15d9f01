import { existsSync } from "node:fs";
import { join } from "node:path";
import { formatUnits, zeroAddress } from "viem";
import { RequesterStore } from "../../node/requester-store.js";
import { AirtntError, safeJson } from "../../util/errors.js";
import { dataDirOf } from "../data-dir.js";
import { listRunRecords, readRunRecord } from "../run-records.js";
function cost(spent, token) {
  if (spent === void 0) return "?";
  return token === void 0 || token.toLowerCase() === zeroAddress ? `${formatUnits(BigInt(spent), 18)} ETH` : `${spent} units of ${token}`;
}
function listRuns(options) {
  const dataDir = dataDirOf(options.dataDir, "requester");
  const records = listRunRecords(dataDir);
  if (options.json) {
    process.stdout.write(`${safeJson({ ok: true, dataDir, runs: records })}
`);
    return;
  }
  if (records.length === 0) process.stdout.write(`no finished runs in ${dataDir}
`);
  for (const r of records) process.stdout.write(`${r.runId.slice(0, 16)}  ${r.finishedAt ?? "?"}  ${cost(r.spent, r.token)}  ${r.executors.join(", ")}${r.insecure ? "  INSECURE (simulated TEE)" : ""}
`);
}
function showRun(prefix, options) {
  const dataDir = dataDirOf(options.dataDir, "requester");
  const path = join(dataDir, "requester.sqlite");
  if (!existsSync(path)) throw new AirtntError("REQUESTER_STORE_NOT_FOUND", `no requester store in ${dataDir}`, { hint: "pass the --data-dir the run used" });
  if (!/^[0-9a-f]{4,64}$/.test(prefix)) throw new AirtntError("INVALID_RUN_ID", `not a run id: "${prefix}"`, { hint: "run ids are hex, as `airtnt runs list` prints them" });
  const store = new RequesterStore(path);
  try {
    const matches = listRunRecords(dataDir).map((r) => r.runId).filter((id) => id.startsWith(prefix));
    const runId = matches.length === 1 ? matches[0] : prefix;
    const run = store.run(runId);
    if (run === void 0) throw new AirtntError("RUN_NOT_FOUND", `no run ${prefix} in ${dataDir}`, { details: { matches }, hint: "see `airtnt runs list`" });
    const sessions = store.sessionsOfRun(runId);
    const rounds = store.keyedRounds(runId).length;
    const record = readRunRecord(dataDir, runId);
    const shown = { runId, finished: run.finished, rounds, totalCycles: run.totalCycles, perRound: run.perRound, spent: run.spent, maxSpend: run.maxSpend, token: run.token, insecure: record?.insecure, out: record?.out, sessions: sessions.map((s) => ({ url: s.executorUrl, firstRound: s.firstRound, endReason: s.endReason })) };
    if (options.json) {
      process.stdout.write(`${safeJson({ ok: true, run: shown })}
`);
      return;
    }
    process.stdout.write([
      `run ${runId}`,
      `  ${run.finished ? "finished" : "not finished"}: ${rounds} rounds paid of ${Math.ceil(run.totalCycles / run.perRound)} (${run.perRound} cycles each)`,
      `  cost ${cost(run.spent.toString(), run.token)}${run.maxSpend === void 0 ? "" : ` of a budget of ${cost(run.maxSpend.toString(), run.token)}`}`,
      ...record?.out ? [`  output ${record.out}`] : [],
      ...record?.insecure ? ["  INSECURE: executed on a simulated TEE"] : [],
      ...sessions.map((s) => `  session from round ${s.firstRound} on ${s.executorUrl}${s.endReason ? ` (${s.endReason})` : ""}`)
    ].join("\n") + "\n");
  } finally {
    store.close();
  }
}
export {
  listRuns,
  showRun
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9ydW5zLWFjdGlvbi50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBUaGUgd29yayBvZiBgYWlydG50IHJ1bnMgbGlzdHxzaG93YCAocmVnaXN0ZXJlZCBpbiBydW5zLnRzKTogcmVhZCB0aGUgcnVuIHJlY29yZHMgYW5kIHRoZVxuICogcmVxdWVzdGVyJ3Mgc3RvcmUgKHJlYWQtb25seSkgYW5kIHByaW50IHRoZW0uXG4gKi9cbmltcG9ydCB7IGV4aXN0c1N5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgZm9ybWF0VW5pdHMsIHplcm9BZGRyZXNzIH0gZnJvbSAndmllbSc7XG5pbXBvcnQgeyBSZXF1ZXN0ZXJTdG9yZSB9IGZyb20gJy4uLy4uL25vZGUvcmVxdWVzdGVyLXN0b3JlLmpzJztcbmltcG9ydCB7IEFpcnRudEVycm9yLCBzYWZlSnNvbiB9IGZyb20gJy4uLy4uL3V0aWwvZXJyb3JzLmpzJztcbmltcG9ydCB7IGRhdGFEaXJPZiB9IGZyb20gJy4uL2RhdGEtZGlyLmpzJztcbmltcG9ydCB7IGxpc3RSdW5SZWNvcmRzLCByZWFkUnVuUmVjb3JkIH0gZnJvbSAnLi4vcnVuLXJlY29yZHMuanMnO1xuaW1wb3J0IHR5cGUgeyBSdW5zT3B0aW9ucyB9IGZyb20gJy4vcnVucy5qcyc7XG5cbmZ1bmN0aW9uIGNvc3Qoc3BlbnQ6IHN0cmluZyB8IHVuZGVmaW5lZCwgdG9rZW46IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB7XG4gIGlmIChzcGVudCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gJz8nO1xuICByZXR1cm4gdG9rZW4gPT09IHVuZGVmaW5lZCB8fCB0b2tlbi50b0xvd2VyQ2FzZSgpID09PSB6ZXJvQWRkcmVzcyA/IGAke2Zvcm1hdFVuaXRzKEJpZ0ludChzcGVudCksIDE4KX0gRVRIYCA6IGAke3NwZW50fSB1bml0cyBvZiAke3Rva2VufWA7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBsaXN0UnVucyhvcHRpb25zOiBSdW5zT3B0aW9ucyk6IHZvaWQge1xuICBjb25zdCBkYXRhRGlyID0gZGF0YURpck9mKG9wdGlvbnMuZGF0YURpciwgJ3JlcXVlc3RlcicpO1xuICBjb25zdCByZWNvcmRzID0gbGlzdFJ1blJlY29yZHMoZGF0YURpcik7XG4gIGlmIChvcHRpb25zLmpzb24pIHtcbiAgICBwcm9jZXNzLnN0ZG91dC53cml0ZShgJHtzYWZlSnNvbih7IG9rOiB0cnVlLCBkYXRhRGlyLCBydW5zOiByZWNvcmRzIH0pfVxcbmApO1xuICAgIHJldHVybjtcbiAgfVxuICBpZiAocmVjb3Jkcy5sZW5ndGggPT09IDApIHByb2Nlc3Muc3Rkb3V0LndyaXRlKGBubyBmaW5pc2hlZCBydW5zIGluICR7ZGF0YURpcn1cXG5gKTtcbiAgZm9yIChjb25zdCByIG9mIHJlY29yZHMpIHByb2Nlc3Muc3Rkb3V0LndyaXRlKGAke3IucnVuSWQuc2xpY2UoMCwgMTYpfSAgJHtyLmZpbmlzaGVkQXQgPz8gJz8nfSAgJHtjb3N0KHIuc3BlbnQsIHIudG9rZW4pfSAgJHtyLmV4ZWN1dG9ycy5qb2luKCcsICcpfSR7ci5pbnNlY3VyZSA/ICcgIElOU0VDVVJFIChzaW11bGF0ZWQgVEVFKScgOiAnJ31cXG5gKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHNob3dSdW4ocHJlZml4OiBzdHJpbmcsIG9wdGlvbnM6IFJ1bnNPcHRpb25zKTogdm9pZCB7XG4gIGNvbnN0IGRhdGFEaXIgPSBkYXRhRGlyT2Yob3B0aW9ucy5kYXRhRGlyLCAncmVxdWVzdGVyJyk7XG4gIGNvbnN0IHBhdGggPSBqb2luKGRhdGFEaXIsICdyZXF1ZXN0ZXIuc3FsaXRlJyk7XG4gIGlmICghZXhpc3RzU3luYyhwYXRoKSkgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdSRVFVRVNURVJfU1RPUkVfTk9UX0ZPVU5EJywgYG5vIHJlcXVlc3RlciBzdG9yZSBpbiAke2RhdGFEaXJ9YCwgeyBoaW50OiAncGFzcyB0aGUgLS1kYXRhLWRpciB0aGUgcnVuIHVzZWQnIH0pO1xuICBpZiAoIS9eWzAtOWEtZl17NCw2NH0kLy50ZXN0KHByZWZpeCkpIHRocm93IG5ldyBBaXJ0bnRFcnJvcignSU5WQUxJRF9SVU5fSUQnLCBgbm90IGEgcnVuIGlkOiBcIiR7cHJlZml4fVwiYCwgeyBoaW50OiAncnVuIGlkcyBhcmUgaGV4LCBhcyBgYWlydG50IHJ1bnMgbGlzdGAgcHJpbnRzIHRoZW0nIH0pO1xuICBjb25zdCBzdG9yZSA9IG5ldyBSZXF1ZXN0ZXJTdG9yZShwYXRoKTtcbiAgdHJ5IHtcbiAgICBjb25zdCBtYXRjaGVzID0gbGlzdFJ1blJlY29yZHMoZGF0YURpcikubWFwKChyKSA9PiByLnJ1bklkKS5maWx0ZXIoKGlkKSA9PiBpZC5zdGFydHNXaXRoKHByZWZpeCkpO1xuICAgIGNvbnN0IHJ1bklkID0gbWF0Y2hlcy5sZW5ndGggPT09IDEgPyBtYXRjaGVzWzBdISA6IHByZWZpeDtcbiAgICBjb25zdCBydW4gPSBzdG9yZS5ydW4ocnVuSWQpO1xuICAgIGlmIChydW4gPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IEFpcnRudEVycm9yKCdSVU5fTk9UX0ZPVU5EJywgYG5vIHJ1biAke3ByZWZpeH0gaW4gJHtkYXRhRGlyfWAsIHsgZGV0YWlsczogeyBtYXRjaGVzIH0sIGhpbnQ6ICdzZWUgYGFpcnRudCBydW5zIGxpc3RgJyB9KTtcbiAgICBjb25zdCBzZXNzaW9ucyA9IHN0b3JlLnNlc3Npb25zT2ZSdW4ocnVuSWQpO1xuICAgIGNvbnN0IHJvdW5kcyA9IHN0b3JlLmtleWVkUm91bmRzKHJ1bklkKS5sZW5ndGg7XG4gICAgY29uc3QgcmVjb3JkID0gcmVhZFJ1blJlY29yZChkYXRhRGlyLCBydW5JZCk7XG4gICAgY29uc3Qgc2hvd24gPSB7IHJ1bklkLCBmaW5pc2hlZDogcnVuLmZpbmlzaGVkLCByb3VuZHMsIHRvdGFsQ3ljbGVzOiBydW4udG90YWxDeWNsZXMsIHBlclJvdW5kOiBydW4ucGVyUm91bmQsIHNwZW50OiBydW4uc3BlbnQsIG1heFNwZW5kOiBydW4ubWF4U3BlbmQsIHRva2VuOiBydW4udG9rZW4sIGluc2VjdXJlOiByZWNvcmQ/Lmluc2VjdXJlLCBvdXQ6IHJlY29yZD8ub3V0LCBzZXNzaW9uczogc2Vzc2lvbnMubWFwKChzKSA9PiAoeyB1cmw6IHMuZXhlY3V0b3JVcmwsIGZpcnN0Um91bmQ6IHMuZmlyc3RSb3VuZCwgZW5kUmVhc29uOiBzLmVuZFJlYXNvbiB9KSkgfTtcbiAgICBpZiAob3B0aW9ucy5qc29uKSB7XG4gICAgICBwcm9jZXNzLnN0ZG91dC53cml0ZShgJHtzYWZlSnNvbih7IG9rOiB0cnVlLCBydW46IHNob3duIH0pfVxcbmApO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBwcm9jZXNzLnN0ZG91dC53cml0ZShbXG4gICAgICBgcnVuICR7cnVuSWR9YCxcbiAgICAgIGAgICR7cnVuLmZpbmlzaGVkID8gJ2ZpbmlzaGVkJyA6ICdub3QgZmluaXNoZWQnfTogJHtyb3VuZHN9IHJvdW5kcyBwYWlkIG9mICR7TWF0aC5jZWlsKHJ1bi50b3RhbEN5Y2xlcyAvIHJ1bi5wZXJSb3VuZCl9ICgke3J1bi5wZXJSb3VuZH0gY3ljbGVzIGVhY2gpYCxcbiAgICAgIGAgIGNvc3QgJHtjb3N0KHJ1bi5zcGVudC50b1N0cmluZygpLCBydW4udG9rZW4pfSR7cnVuLm1heFNwZW5kID09PSB1bmRlZmluZWQgPyAnJyA6IGAgb2YgYSBidWRnZXQgb2YgJHtjb3N0KHJ1bi5tYXhTcGVuZC50b1N0cmluZygpLCBydW4udG9rZW4pfWB9YCxcbiAgICAgIC4uLihyZWNvcmQ/Lm91dCA/IFtgICBvdXRwdXQgJHtyZWNvcmQub3V0fWBdIDogW10pLFxuICAgICAgLi4uKHJlY29yZD8uaW5zZWN1cmUgPyBbJyAgSU5TRUNVUkU6IGV4ZWN1dGVkIG9uIGEgc2ltdWxhdGVkIFRFRSddIDogW10pLFxuICAgICAgLi4uc2Vzc2lvbnMubWFwKChzKSA9PiBgICBzZXNzaW9uIGZyb20gcm91bmQgJHtzLmZpcnN0Um91bmR9IG9uICR7cy5leGVjdXRvclVybH0ke3MuZW5kUmVhc29uID8gYCAoJHtzLmVuZFJlYXNvbn0pYCA6ICcnfWApLFxuICAgIF0uam9pbignXFxuJykgKyAnXFxuJyk7XG4gIH0gZmluYWxseSB7XG4gICAgc3RvcmUuY2xvc2UoKTtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBSUEsU0FBUyxrQkFBa0I7QUFDM0IsU0FBUyxZQUFZO0FBQ3JCLFNBQVMsYUFBYSxtQkFBbUI7QUFDekMsU0FBUyxzQkFBc0I7QUFDL0IsU0FBUyxhQUFhLGdCQUFnQjtBQUN0QyxTQUFTLGlCQUFpQjtBQUMxQixTQUFTLGdCQUFnQixxQkFBcUI7QUFHOUMsU0FBUyxLQUFLLE9BQTJCLE9BQW1DO0FBQzFFLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsU0FBTyxVQUFVLFVBQWEsTUFBTSxZQUFZLE1BQU0sY0FBYyxHQUFHLFlBQVksT0FBTyxLQUFLLEdBQUcsRUFBRSxDQUFDLFNBQVMsR0FBRyxLQUFLLGFBQWEsS0FBSztBQUMxSTtBQUVPLFNBQVMsU0FBUyxTQUE0QjtBQUNuRCxRQUFNLFVBQVUsVUFBVSxRQUFRLFNBQVMsV0FBVztBQUN0RCxRQUFNLFVBQVUsZUFBZSxPQUFPO0FBQ3RDLE1BQUksUUFBUSxNQUFNO0FBQ2hCLFlBQVEsT0FBTyxNQUFNLEdBQUcsU0FBUyxFQUFFLElBQUksTUFBTSxTQUFTLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxDQUFJO0FBQzFFO0FBQUEsRUFDRjtBQUNBLE1BQUksUUFBUSxXQUFXLEVBQUcsU0FBUSxPQUFPLE1BQU0sdUJBQXVCLE9BQU87QUFBQSxDQUFJO0FBQ2pGLGFBQVcsS0FBSyxRQUFTLFNBQVEsT0FBTyxNQUFNLEdBQUcsRUFBRSxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsS0FBSyxFQUFFLGNBQWMsR0FBRyxLQUFLLEtBQUssRUFBRSxPQUFPLEVBQUUsS0FBSyxDQUFDLEtBQUssRUFBRSxVQUFVLEtBQUssSUFBSSxDQUFDLEdBQUcsRUFBRSxXQUFXLCtCQUErQixFQUFFO0FBQUEsQ0FBSTtBQUMxTTtBQUVPLFNBQVMsUUFBUSxRQUFnQixTQUE0QjtBQUNsRSxRQUFNLFVBQVUsVUFBVSxRQUFRLFNBQVMsV0FBVztBQUN0RCxRQUFNLE9BQU8sS0FBSyxTQUFTLGtCQUFrQjtBQUM3QyxNQUFJLENBQUMsV0FBVyxJQUFJLEVBQUcsT0FBTSxJQUFJLFlBQVksNkJBQTZCLHlCQUF5QixPQUFPLElBQUksRUFBRSxNQUFNLG1DQUFtQyxDQUFDO0FBQzFKLE1BQUksQ0FBQyxtQkFBbUIsS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLFlBQVksa0JBQWtCLGtCQUFrQixNQUFNLEtBQUssRUFBRSxNQUFNLHFEQUFxRCxDQUFDO0FBQ3pLLFFBQU0sUUFBUSxJQUFJLGVBQWUsSUFBSTtBQUNyQyxNQUFJO0FBQ0YsVUFBTSxVQUFVLGVBQWUsT0FBTyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxFQUFFLE9BQU8sQ0FBQyxPQUFPLEdBQUcsV0FBVyxNQUFNLENBQUM7QUFDaEcsVUFBTSxRQUFRLFFBQVEsV0FBVyxJQUFJLFFBQVEsQ0FBQyxJQUFLO0FBQ25ELFVBQU0sTUFBTSxNQUFNLElBQUksS0FBSztBQUMzQixRQUFJLFFBQVEsT0FBVyxPQUFNLElBQUksWUFBWSxpQkFBaUIsVUFBVSxNQUFNLE9BQU8sT0FBTyxJQUFJLEVBQUUsU0FBUyxFQUFFLFFBQVEsR0FBRyxNQUFNLHlCQUF5QixDQUFDO0FBQ3hKLFVBQU0sV0FBVyxNQUFNLGNBQWMsS0FBSztBQUMxQyxVQUFNLFNBQVMsTUFBTSxZQUFZLEtBQUssRUFBRTtBQUN4QyxVQUFNLFNBQVMsY0FBYyxTQUFTLEtBQUs7QUFDM0MsVUFBTSxRQUFRLEVBQUUsT0FBTyxVQUFVLElBQUksVUFBVSxRQUFRLGFBQWEsSUFBSSxhQUFhLFVBQVUsSUFBSSxVQUFVLE9BQU8sSUFBSSxPQUFPLFVBQVUsSUFBSSxVQUFVLE9BQU8sSUFBSSxPQUFPLFVBQVUsUUFBUSxVQUFVLEtBQUssUUFBUSxLQUFLLFVBQVUsU0FBUyxJQUFJLENBQUMsT0FBTyxFQUFFLEtBQUssRUFBRSxhQUFhLFlBQVksRUFBRSxZQUFZLFdBQVcsRUFBRSxVQUFVLEVBQUUsRUFBRTtBQUNqVSxRQUFJLFFBQVEsTUFBTTtBQUNoQixjQUFRLE9BQU8sTUFBTSxHQUFHLFNBQVMsRUFBRSxJQUFJLE1BQU0sS0FBSyxNQUFNLENBQUMsQ0FBQztBQUFBLENBQUk7QUFDOUQ7QUFBQSxJQUNGO0FBQ0EsWUFBUSxPQUFPLE1BQU07QUFBQSxNQUNuQixPQUFPLEtBQUs7QUFBQSxNQUNaLEtBQUssSUFBSSxXQUFXLGFBQWEsY0FBYyxLQUFLLE1BQU0sbUJBQW1CLEtBQUssS0FBSyxJQUFJLGNBQWMsSUFBSSxRQUFRLENBQUMsS0FBSyxJQUFJLFFBQVE7QUFBQSxNQUN2SSxVQUFVLEtBQUssSUFBSSxNQUFNLFNBQVMsR0FBRyxJQUFJLEtBQUssQ0FBQyxHQUFHLElBQUksYUFBYSxTQUFZLEtBQUssbUJBQW1CLEtBQUssSUFBSSxTQUFTLFNBQVMsR0FBRyxJQUFJLEtBQUssQ0FBQyxFQUFFO0FBQUEsTUFDakosR0FBSSxRQUFRLE1BQU0sQ0FBQyxZQUFZLE9BQU8sR0FBRyxFQUFFLElBQUksQ0FBQztBQUFBLE1BQ2hELEdBQUksUUFBUSxXQUFXLENBQUMseUNBQXlDLElBQUksQ0FBQztBQUFBLE1BQ3RFLEdBQUcsU0FBUyxJQUFJLENBQUMsTUFBTSx3QkFBd0IsRUFBRSxVQUFVLE9BQU8sRUFBRSxXQUFXLEdBQUcsRUFBRSxZQUFZLEtBQUssRUFBRSxTQUFTLE1BQU0sRUFBRSxFQUFFO0FBQUEsSUFDNUgsRUFBRSxLQUFLLElBQUksSUFBSSxJQUFJO0FBQUEsRUFDckIsVUFBRTtBQUNBLFVBQU0sTUFBTTtBQUFBLEVBQ2Q7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
