import { AIRTNT_GAS, AIRTNT_GAS_HAPPY_PATH, AIRTNT_LIFE, AIRTNT_OCR, AIRTNT_SETUP, evaluateGoals } from "./anchors.js";
import { describeMachine } from "./machine.js";
function goalsOf(result) {
  const life50 = result.life.filter((r) => r.params.grid === 50 && r.params.cycles === 1e3);
  const at = (perRound) => life50.find((r) => r.params.perRound === perRound);
  const fewestCalls = [...life50].sort((a, b) => a.rounds - b.rounds)[0];
  const mostCalls = life50.find((r) => r.rounds === 100);
  const parallel = result.ocrParallel;
  const notes = {};
  if (fewestCalls && mostCalls) notes["enclave-call-ratio"] = `${mostCalls.enclaveMs.toFixed(2)} ms / ${fewestCalls.enclaveMs.toFixed(2)} ms (${fewestCalls.rounds} calls)`;
  if (parallel) notes["ocr-1000-latency"] = `${parallel.params.images} images, ${parallel.params.executors} executors, ${parallel.params.perRound} per round, accuracy ${(parallel.accuracy * 100).toFixed(1)}%`;
  if (result.gas) {
    const reopen = result.gas.reopenCloseGas;
    notes["gas-open-close"] = reopen === void 0 || reopen === null ? result.gas.source : `first channel on a fresh lane; on a lane used before (what the requester re-opens): ${reopen.toLocaleString("en-US")} gas${reopen <= 9e4 ? " (meets the goal)" : ""}; ${result.gas.source}`;
  }
  for (const [id, row] of [["life50-200-bytes", at(200)], ["life50-10-bytes", at(10)]]) {
    if (row?.bytes.infoBytes !== void 0) {
      notes[id] = `session only; plus ${row.bytes.infoBytes.toLocaleString("en-US")} B of executor info (evidence, price), fetched once per executor: ${row.bytesTotal.toLocaleString("en-US")} B in all`;
    }
  }
  return evaluateGoals(
    {
      "life50-200-latency": at(200)?.latencyMs,
      "life50-200-bytes": sessionBytesOf(at(200)),
      "life50-10-latency": at(10)?.latencyMs,
      "life50-10-bytes": sessionBytesOf(at(10)),
      "enclave-call-ratio": fewestCalls && mostCalls && fewestCalls.enclaveMs > 0 ? mostCalls.enclaveMs / fewestCalls.enclaveMs : null,
      "ocr-1000-latency": parallel && parallel.params.images === 1e3 ? parallel.latencyMs : null,
      "gas-open-close": result.gas?.openCloseGas
    },
    notes
  );
}
function sessionBytesOf(row) {
  return row === void 0 ? void 0 : row.bytes.sessionBytes ?? row.bytesTotal;
}
function renderReport(result, figures) {
  const lines = [
    "# airtnt benchmarks against the Airtnt paper (section 6)",
    "",
    `Produced by \`npm run bench\` (\`airtnt bench paper\`), ${result.startedAt} to ${result.finishedAt}.`,
    "",
    `**Machine:** ${describeMachine(result.machine)}.`,
    "",
    `**Read this first.** The paper's figures come from other hardware over the internet (${AIRTNT_SETUP}). Ours ran on the machine above, with requester, executor process and chain (anvil) all on loopback, and a **simulated TEE (INSECURE)** instead of SGX. The comparison shows where the protocol and the implementation spend time and bytes; it is not a like-for-like hardware comparison. Medians of ${result.sweep.runs} runs per point (the paper: 10).`,
    "",
    "## Goals",
    "",
    "| goal | target | airtnt (measured) | Airtnt paper | met | note |",
    "|---|---|---|---|---|---|",
    ...goalsOf(result).map(
      (g) => `| ${g.description} | <= ${fmt(g.target, g.unit)} | ${g.measured === null ? "not measured" : fmt(g.measured, g.unit)} | ${fmt(g.airtnt, g.unit)} | ${g.met === null ? "-" : g.met ? "yes" : "**no**"} | ${g.note ?? ""} |`
    ),
    "",
    ...lifeSection(result.life, result.sweep.cycles),
    ...ocrSection(result),
    ...gasSection(result),
    "## Figures",
    "",
    ...figures.flatMap((f) => [`### ${f.caption}`, "", `![${f.caption}](${f.file})`, ""])
  ];
  if (result.errors.length > 0) {
    lines.push("## Points that failed", "", ...result.errors.map((e) => `- ${e.what}: ${e.message.split("\n")[0]}`), "");
  }
  const notes = [...new Set([...result.life, ...result.ocr].flatMap((r) => r.notes))];
  if (notes.length > 0) lines.push("## Notes on method", "", ...notes.map((n) => `- ${n}`), "");
  return `${lines.join("\n")}
`;
}
function lifeSection(life, cycles) {
  if (life.length === 0) return ["## Game of Life", "", 'Not measured (see "Points that failed").', ""];
  const sorted = [...life].sort((a, b) => a.params.grid - b.params.grid || a.params.perRound - b.params.perRound);
  const phaseKeys = [...new Set(sorted.flatMap((r) => Object.keys(r.phases)))].sort();
  const byteKeys = [...new Set(sorted.flatMap((r) => Object.keys(r.bytes)))].sort();
  return [
    `## Game of Life (${cycles} cycles in total; figures 3-6)`,
    "",
    "latency: first request to final decrypted state on an open channel; bare: the same function run locally without the protocol.",
    "",
    "| grid | cycles/round | rounds | latency | bare | enclave | sent | received | total | open | settle | correct | Airtnt latency | Airtnt enclave | Airtnt bytes |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...sorted.map((r) => {
      const anchor = AIRTNT_LIFE.find((a) => a.grid === r.params.grid && a.perRound === r.params.perRound);
      return `| ${r.params.grid}x${r.params.grid} | ${r.params.perRound} | ${r.rounds} | ${ms(r.latencyMs)} | ${ms(r.bareMs)} | ${ms(r.enclaveMs)} | ${bytes(r.bytesSent)} | ${bytes(r.bytesReceived)} | ${bytes(r.bytesTotal)} | ${ms(r.openMs)} | ${ms(r.settleMs)} | ${r.correct ? "yes" : "**no**"} | ${anchor ? ms(anchor.latencyMs) : ""} | ${anchor?.enclaveMs !== void 0 ? ms(anchor.enclaveMs) : ""} | ${anchor ? bytes(anchor.bytesTotal) : ""} |`;
    }),
    "",
    "### Where the time goes (medians, ms, summed over rounds)",
    "",
    `| grid | cycles/round | latency | ${phaseKeys.join(" | ")} |`,
    `|---|---|---|${phaseKeys.map(() => "---").join("|")}|`,
    ...sorted.map((r) => `| ${r.params.grid}x${r.params.grid} | ${r.params.perRound} | ${ms(r.latencyMs)} | ${phaseKeys.map((k) => r.phases[k] === void 0 ? "" : ms(r.phases[k])).join(" | ")} |`),
    "",
    ...byteKeys.length === 0 ? [] : [
      "### Where the bytes go (medians, both directions, summed over rounds)",
      "",
      `| grid | cycles/round | total | ${byteKeys.join(" | ")} |`,
      `|---|---|---|${byteKeys.map(() => "---").join("|")}|`,
      ...sorted.map((r) => `| ${r.params.grid}x${r.params.grid} | ${r.params.perRound} | ${bytes(r.bytesTotal)} | ${byteKeys.map((k) => r.bytes[k] === void 0 ? "" : bytes(r.bytes[k])).join(" | ")} |`),
      ""
    ]
  ];
}
function ocrSection(result) {
  const rows = [...result.ocr, ...result.ocrParallel ? [result.ocrParallel] : []];
  if (rows.length === 0) return ["## OCR", "", 'Not measured (see "Points that failed").', ""];
  return [
    `## OCR (pure program; figures 7-10)`,
    "",
    `Airtnt (paper): ${AIRTNT_OCR.images} images of about 1 kB, about 1.7 MB sent, ${AIRTNT_OCR.latencyMsLow / 1e3}-${AIRTNT_OCR.latencyMsHigh / 1e3} s in total, more than 10 s of it in the enclave, one executor.`,
    "",
    "| images | executors | cycles/round | rounds | latency | bare | enclave | sent | received | accuracy | open | settle |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) => `| ${r.params.images} | ${r.params.executors} | ${r.params.perRound} | ${r.rounds} | ${ms(r.latencyMs)} | ${ms(r.bareMs)} | ${ms(r.enclaveMs)} | ${bytes(r.bytesSent)} | ${bytes(r.bytesReceived)} | ${(r.accuracy * 100).toFixed(1)}% | ${ms(r.openMs)} | ${ms(r.settleMs)} |`
    ),
    ""
  ];
}
function gasSection(result) {
  const lines = [
    "## Gas (beside the paper's table 1)",
    "",
    "| Airtnt operation | paper (April 2018) | published contract re-measured |",
    "|---|---|---|",
    ...AIRTNT_GAS.map((row) => `| ${row.operation} | ${num(row.paper)} | ${num(row.remeasured)}${row.note ? ` (${row.note})` : ""} |`),
    `| **happy path: one relationship** | | **${num(AIRTNT_GAS_HAPPY_PATH)}** |`,
    ""
  ];
  if (!result.gas) return [...lines, 'airtnt gas: not measured (see "Points that failed").', ""];
  return [
    ...lines,
    `| airtnt operation (${result.gas.source}) | gas |`,
    "|---|---|",
    ...result.gas.rows.map((row) => `| ${row.operation} | ${num(row.gas)} |`),
    `| **open + close one channel** | **${num(result.gas.openCloseGas)}** |`,
    ...result.gas.reopenCloseGas ? [`| **open + close, lane used before** | **${num(result.gas.reopenCloseGas)}** |`] : [],
    ""
  ];
}
function fmt(value, unit) {
  if (unit === "ms") return ms(value);
  if (unit === "B") return bytes(value);
  if (unit === "x") return `${value.toFixed(2)}x`;
  return num(value);
}
function ms(value) {
  if (value >= 1e4) return `${(value / 1e3).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}
function bytes(value) {
  return `${Math.round(value).toLocaleString("en-US")} B`;
}
function num(value) {
  return value === null ? "-" : Math.round(value).toLocaleString("en-US");
}
export {
  bytes,
  goalsOf,
  ms,
  renderReport
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2JlbmNoL3JlcG9ydC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIFRoZSBtYXJrZG93biByZXBvcnQgb2YgYSBzd2VlcCAoYmVuY2gvcmVzdWx0cy9yZXBvcnQubWQpOiB0YWJsZXMgYmVzaWRlIHRoZSBwYXBlcidzLCBnb2FscywgZmlndXJlcy4gKi9cbmltcG9ydCB7IEFJUlROVF9HQVMsIEFJUlROVF9HQVNfSEFQUFlfUEFUSCwgQUlSVE5UX0xJRkUsIEFJUlROVF9PQ1IsIEFJUlROVF9TRVRVUCwgZXZhbHVhdGVHb2FscywgdHlwZSBHb2FsUmVzdWx0IH0gZnJvbSAnLi9hbmNob3JzLmpzJztcbmltcG9ydCB0eXBlIHsgRmlndXJlIH0gZnJvbSAnLi9maWd1cmVzLmpzJztcbmltcG9ydCB7IGRlc2NyaWJlTWFjaGluZSB9IGZyb20gJy4vbWFjaGluZS5qcyc7XG5pbXBvcnQgdHlwZSB7IExpZmVCZW5jaFJlc3VsdCwgUGFwZXJSZXN1bHQgfSBmcm9tICcuL3R5cGVzLmpzJztcblxuLyoqIFJlYWRzIHRoZSBnb2FscycgZmlndXJlcyBvdXQgb2YgYSBzd2VlcDsgYSBmaWd1cmUgdGhlIHN3ZWVwIGRpZCBub3QgcHJvZHVjZSBzdGF5cyBudWxsLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdvYWxzT2YocmVzdWx0OiBQYXBlclJlc3VsdCk6IEdvYWxSZXN1bHRbXSB7XG4gIGNvbnN0IGxpZmU1MCA9IHJlc3VsdC5saWZlLmZpbHRlcigocikgPT4gci5wYXJhbXMuZ3JpZCA9PT0gNTAgJiYgci5wYXJhbXMuY3ljbGVzID09PSAxMDAwKTtcbiAgY29uc3QgYXQgPSAocGVyUm91bmQ6IG51bWJlcik6IExpZmVCZW5jaFJlc3VsdCB8IHVuZGVmaW5lZCA9PiBsaWZlNTAuZmluZCgocikgPT4gci5wYXJhbXMucGVyUm91bmQgPT09IHBlclJvdW5kKTtcbiAgY29uc3QgZmV3ZXN0Q2FsbHMgPSBbLi4ubGlmZTUwXS5zb3J0KChhLCBiKSA9PiBhLnJvdW5kcyAtIGIucm91bmRzKVswXTtcbiAgY29uc3QgbW9zdENhbGxzID0gbGlmZTUwLmZpbmQoKHIpID0+IHIucm91bmRzID09PSAxMDApO1xuICBjb25zdCBwYXJhbGxlbCA9IHJlc3VsdC5vY3JQYXJhbGxlbDtcbiAgY29uc3Qgbm90ZXM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fTtcbiAgaWYgKGZld2VzdENhbGxzICYmIG1vc3RDYWxscykgbm90ZXNbJ2VuY2xhdmUtY2FsbC1yYXRpbyddID0gYCR7bW9zdENhbGxzLmVuY2xhdmVNcy50b0ZpeGVkKDIpfSBtcyAvICR7ZmV3ZXN0Q2FsbHMuZW5jbGF2ZU1zLnRvRml4ZWQoMil9IG1zICgke2Zld2VzdENhbGxzLnJvdW5kc30gY2FsbHMpYDtcbiAgaWYgKHBhcmFsbGVsKSBub3Rlc1snb2NyLTEwMDAtbGF0ZW5jeSddID0gYCR7cGFyYWxsZWwucGFyYW1zLmltYWdlc30gaW1hZ2VzLCAke3BhcmFsbGVsLnBhcmFtcy5leGVjdXRvcnN9IGV4ZWN1dG9ycywgJHtwYXJhbGxlbC5wYXJhbXMucGVyUm91bmR9IHBlciByb3VuZCwgYWNjdXJhY3kgJHsocGFyYWxsZWwuYWNjdXJhY3kgKiAxMDApLnRvRml4ZWQoMSl9JWA7XG4gIGlmIChyZXN1bHQuZ2FzKSB7XG4gICAgY29uc3QgcmVvcGVuID0gcmVzdWx0Lmdhcy5yZW9wZW5DbG9zZUdhcztcbiAgICBub3Rlc1snZ2FzLW9wZW4tY2xvc2UnXSA9XG4gICAgICByZW9wZW4gPT09IHVuZGVmaW5lZCB8fCByZW9wZW4gPT09IG51bGxcbiAgICAgICAgPyByZXN1bHQuZ2FzLnNvdXJjZVxuICAgICAgICA6IGBmaXJzdCBjaGFubmVsIG9uIGEgZnJlc2ggbGFuZTsgb24gYSBsYW5lIHVzZWQgYmVmb3JlICh3aGF0IHRoZSByZXF1ZXN0ZXIgcmUtb3BlbnMpOiAke3Jlb3Blbi50b0xvY2FsZVN0cmluZygnZW4tVVMnKX0gZ2FzJHtyZW9wZW4gPD0gOTBfMDAwID8gJyAobWVldHMgdGhlIGdvYWwpJyA6ICcnfTsgJHtyZXN1bHQuZ2FzLnNvdXJjZX1gO1xuICB9XG4gIC8vIFRoZSBnb2FsIGNvdW50cyB0aGUgcGFpZCBzZXNzaW9uICh0aGUgcHJvdG9jb2wncyBvd24gdHJhZmZpYyk7IHRoZSBleGVjdXRvcidzIGluZm8gZG9jdW1lbnRcbiAgLy8gKGV2aWRlbmNlLCBwcmljZSkgaXMgZmV0Y2hlZCBvbmNlIHBlciBleGVjdXRvciBhbmQgY2FuIGJlIGNhY2hlZCwgc28gaXQgaXMgc2hvd24gYmVzaWRlIGl0LlxuICBmb3IgKGNvbnN0IFtpZCwgcm93XSBvZiBbWydsaWZlNTAtMjAwLWJ5dGVzJywgYXQoMjAwKV0sIFsnbGlmZTUwLTEwLWJ5dGVzJywgYXQoMTApXV0gYXMgY29uc3QpIHtcbiAgICBpZiAocm93Py5ieXRlcy5pbmZvQnl0ZXMgIT09IHVuZGVmaW5lZCkge1xuICAgICAgbm90ZXNbaWRdID0gYHNlc3Npb24gb25seTsgcGx1cyAke3Jvdy5ieXRlcy5pbmZvQnl0ZXMudG9Mb2NhbGVTdHJpbmcoJ2VuLVVTJyl9IEIgb2YgZXhlY3V0b3IgaW5mbyAoZXZpZGVuY2UsIHByaWNlKSwgZmV0Y2hlZCBvbmNlIHBlciBleGVjdXRvcjogJHtyb3cuYnl0ZXNUb3RhbC50b0xvY2FsZVN0cmluZygnZW4tVVMnKX0gQiBpbiBhbGxgO1xuICAgIH1cbiAgfVxuICByZXR1cm4gZXZhbHVhdGVHb2FscyhcbiAgICB7XG4gICAgICAnbGlmZTUwLTIwMC1sYXRlbmN5JzogYXQoMjAwKT8ubGF0ZW5jeU1zLFxuICAgICAgJ2xpZmU1MC0yMDAtYnl0ZXMnOiBzZXNzaW9uQnl0ZXNPZihhdCgyMDApKSxcbiAgICAgICdsaWZlNTAtMTAtbGF0ZW5jeSc6IGF0KDEwKT8ubGF0ZW5jeU1zLFxuICAgICAgJ2xpZmU1MC0xMC1ieXRlcyc6IHNlc3Npb25CeXRlc09mKGF0KDEwKSksXG4gICAgICAnZW5jbGF2ZS1jYWxsLXJhdGlvJzogZmV3ZXN0Q2FsbHMgJiYgbW9zdENhbGxzICYmIGZld2VzdENhbGxzLmVuY2xhdmVNcyA+IDAgPyBtb3N0Q2FsbHMuZW5jbGF2ZU1zIC8gZmV3ZXN0Q2FsbHMuZW5jbGF2ZU1zIDogbnVsbCxcbiAgICAgICdvY3ItMTAwMC1sYXRlbmN5JzogcGFyYWxsZWwgJiYgcGFyYWxsZWwucGFyYW1zLmltYWdlcyA9PT0gMTAwMCA/IHBhcmFsbGVsLmxhdGVuY3lNcyA6IG51bGwsXG4gICAgICAnZ2FzLW9wZW4tY2xvc2UnOiByZXN1bHQuZ2FzPy5vcGVuQ2xvc2VHYXMsXG4gICAgfSxcbiAgICBub3RlcyxcbiAgKTtcbn1cblxuLyoqIFRoZSBwYWlkIHNlc3Npb24ncyBieXRlczsgb2xkZXIgcmVzdWx0cyB3aXRob3V0IHRoZSBicmVha2Rvd24gY291bnQgZXZlcnl0aGluZy4gKi9cbmZ1bmN0aW9uIHNlc3Npb25CeXRlc09mKHJvdzogTGlmZUJlbmNoUmVzdWx0IHwgdW5kZWZpbmVkKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHJvdyA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogKHJvdy5ieXRlcy5zZXNzaW9uQnl0ZXMgPz8gcm93LmJ5dGVzVG90YWwpO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVuZGVyUmVwb3J0KHJlc3VsdDogUGFwZXJSZXN1bHQsIGZpZ3VyZXM6IHJlYWRvbmx5IEZpZ3VyZVtdKTogc3RyaW5nIHtcbiAgY29uc3QgbGluZXM6IHN0cmluZ1tdID0gW1xuICAgICcjIGFpcnRudCBiZW5jaG1hcmtzIGFnYWluc3QgdGhlIEFpcnRudCBwYXBlciAoc2VjdGlvbiA2KScsXG4gICAgJycsXG4gICAgYFByb2R1Y2VkIGJ5IFxcYG5wbSBydW4gYmVuY2hcXGAgKFxcYGFpcnRudCBiZW5jaCBwYXBlclxcYCksICR7cmVzdWx0LnN0YXJ0ZWRBdH0gdG8gJHtyZXN1bHQuZmluaXNoZWRBdH0uYCxcbiAgICAnJyxcbiAgICBgKipNYWNoaW5lOioqICR7ZGVzY3JpYmVNYWNoaW5lKHJlc3VsdC5tYWNoaW5lKX0uYCxcbiAgICAnJyxcbiAgICBgKipSZWFkIHRoaXMgZmlyc3QuKiogVGhlIHBhcGVyJ3MgZmlndXJlcyBjb21lIGZyb20gb3RoZXIgaGFyZHdhcmUgb3ZlciB0aGUgaW50ZXJuZXQgKCR7QUlSVE5UX1NFVFVQfSkuIGAgK1xuICAgICAgJ091cnMgcmFuIG9uIHRoZSBtYWNoaW5lIGFib3ZlLCB3aXRoIHJlcXVlc3RlciwgZXhlY3V0b3IgcHJvY2VzcyBhbmQgY2hhaW4gKGFudmlsKSBhbGwgb24gbG9vcGJhY2ssICcgK1xuICAgICAgJ2FuZCBhICoqc2ltdWxhdGVkIFRFRSAoSU5TRUNVUkUpKiogaW5zdGVhZCBvZiBTR1guIFRoZSBjb21wYXJpc29uIHNob3dzIHdoZXJlIHRoZSBwcm90b2NvbCBhbmQgdGhlICcgK1xuICAgICAgJ2ltcGxlbWVudGF0aW9uIHNwZW5kIHRpbWUgYW5kIGJ5dGVzOyBpdCBpcyBub3QgYSBsaWtlLWZvci1saWtlIGhhcmR3YXJlIGNvbXBhcmlzb24uIE1lZGlhbnMgb2YgJyArXG4gICAgICBgJHtyZXN1bHQuc3dlZXAucnVuc30gcnVucyBwZXIgcG9pbnQgKHRoZSBwYXBlcjogMTApLmAsXG4gICAgJycsXG4gICAgJyMjIEdvYWxzJyxcbiAgICAnJyxcbiAgICAnfCBnb2FsIHwgdGFyZ2V0IHwgYWlydG50IChtZWFzdXJlZCkgfCBBaXJ0bnQgcGFwZXIgfCBtZXQgfCBub3RlIHwnLFxuICAgICd8LS0tfC0tLXwtLS18LS0tfC0tLXwtLS18JyxcbiAgICAuLi5nb2Fsc09mKHJlc3VsdCkubWFwKFxuICAgICAgKGcpID0+IGB8ICR7Zy5kZXNjcmlwdGlvbn0gfCA8PSAke2ZtdChnLnRhcmdldCwgZy51bml0KX0gfCAke2cubWVhc3VyZWQgPT09IG51bGwgPyAnbm90IG1lYXN1cmVkJyA6IGZtdChnLm1lYXN1cmVkLCBnLnVuaXQpfSB8ICR7Zm10KGcuYWlydG50LCBnLnVuaXQpfSB8ICR7Zy5tZXQgPT09IG51bGwgPyAnLScgOiBnLm1ldCA/ICd5ZXMnIDogJyoqbm8qKid9IHwgJHtnLm5vdGUgPz8gJyd9IHxgLFxuICAgICksXG4gICAgJycsXG4gICAgLi4ubGlmZVNlY3Rpb24ocmVzdWx0LmxpZmUsIHJlc3VsdC5zd2VlcC5jeWNsZXMpLFxuICAgIC4uLm9jclNlY3Rpb24ocmVzdWx0KSxcbiAgICAuLi5nYXNTZWN0aW9uKHJlc3VsdCksXG4gICAgJyMjIEZpZ3VyZXMnLFxuICAgICcnLFxuICAgIC4uLmZpZ3VyZXMuZmxhdE1hcCgoZikgPT4gW2AjIyMgJHtmLmNhcHRpb259YCwgJycsIGAhWyR7Zi5jYXB0aW9ufV0oJHtmLmZpbGV9KWAsICcnXSksXG4gIF07XG4gIGlmIChyZXN1bHQuZXJyb3JzLmxlbmd0aCA+IDApIHtcbiAgICBsaW5lcy5wdXNoKCcjIyBQb2ludHMgdGhhdCBmYWlsZWQnLCAnJywgLi4ucmVzdWx0LmVycm9ycy5tYXAoKGUpID0+IGAtICR7ZS53aGF0fTogJHtlLm1lc3NhZ2Uuc3BsaXQoJ1xcbicpWzBdfWApLCAnJyk7XG4gIH1cbiAgY29uc3Qgbm90ZXMgPSBbLi4ubmV3IFNldChbLi4ucmVzdWx0LmxpZmUsIC4uLnJlc3VsdC5vY3JdLmZsYXRNYXAoKHIpID0+IHIubm90ZXMpKV07XG4gIGlmIChub3Rlcy5sZW5ndGggPiAwKSBsaW5lcy5wdXNoKCcjIyBOb3RlcyBvbiBtZXRob2QnLCAnJywgLi4ubm90ZXMubWFwKChuKSA9PiBgLSAke259YCksICcnKTtcbiAgcmV0dXJuIGAke2xpbmVzLmpvaW4oJ1xcbicpfVxcbmA7XG59XG5cbmZ1bmN0aW9uIGxpZmVTZWN0aW9uKGxpZmU6IHJlYWRvbmx5IExpZmVCZW5jaFJlc3VsdFtdLCBjeWNsZXM6IG51bWJlcik6IHN0cmluZ1tdIHtcbiAgaWYgKGxpZmUubGVuZ3RoID09PSAwKSByZXR1cm4gWycjIyBHYW1lIG9mIExpZmUnLCAnJywgJ05vdCBtZWFzdXJlZCAoc2VlIFwiUG9pbnRzIHRoYXQgZmFpbGVkXCIpLicsICcnXTtcbiAgY29uc3Qgc29ydGVkID0gWy4uLmxpZmVdLnNvcnQoKGEsIGIpID0+IGEucGFyYW1zLmdyaWQgLSBiLnBhcmFtcy5ncmlkIHx8IGEucGFyYW1zLnBlclJvdW5kIC0gYi5wYXJhbXMucGVyUm91bmQpO1xuICBjb25zdCBwaGFzZUtleXMgPSBbLi4ubmV3IFNldChzb3J0ZWQuZmxhdE1hcCgocikgPT4gT2JqZWN0LmtleXMoci5waGFzZXMpKSldLnNvcnQoKTtcbiAgY29uc3QgYnl0ZUtleXMgPSBbLi4ubmV3IFNldChzb3J0ZWQuZmxhdE1hcCgocikgPT4gT2JqZWN0LmtleXMoci5ieXRlcykpKV0uc29ydCgpO1xuICByZXR1cm4gW1xuICAgIGAjIyBHYW1lIG9mIExpZmUgKCR7Y3ljbGVzfSBjeWNsZXMgaW4gdG90YWw7IGZpZ3VyZXMgMy02KWAsXG4gICAgJycsXG4gICAgJ2xhdGVuY3k6IGZpcnN0IHJlcXVlc3QgdG8gZmluYWwgZGVjcnlwdGVkIHN0YXRlIG9uIGFuIG9wZW4gY2hhbm5lbDsgYmFyZTogdGhlIHNhbWUgZnVuY3Rpb24gcnVuIGxvY2FsbHkgd2l0aG91dCB0aGUgcHJvdG9jb2wuJyxcbiAgICAnJyxcbiAgICAnfCBncmlkIHwgY3ljbGVzL3JvdW5kIHwgcm91bmRzIHwgbGF0ZW5jeSB8IGJhcmUgfCBlbmNsYXZlIHwgc2VudCB8IHJlY2VpdmVkIHwgdG90YWwgfCBvcGVuIHwgc2V0dGxlIHwgY29ycmVjdCB8IEFpcnRudCBsYXRlbmN5IHwgQWlydG50IGVuY2xhdmUgfCBBaXJ0bnQgYnl0ZXMgfCcsXG4gICAgJ3wtLS18LS0tfC0tLXwtLS18LS0tfC0tLXwtLS18LS0tfC0tLXwtLS18LS0tfC0tLXwtLS18LS0tfC0tLXwnLFxuICAgIC4uLnNvcnRlZC5tYXAoKHIpID0+IHtcbiAgICAgIGNvbnN0IGFuY2hvciA9IEFJUlROVF9MSUZFLmZpbmQoKGEpID0+IGEuZ3JpZCA9PT0gci5wYXJhbXMuZ3JpZCAmJiBhLnBlclJvdW5kID09PSByLnBhcmFtcy5wZXJSb3VuZCk7XG4gICAgICByZXR1cm4gYHwgJHtyLnBhcmFtcy5ncmlkfXgke3IucGFyYW1zLmdyaWR9IHwgJHtyLnBhcmFtcy5wZXJSb3VuZH0gfCAke3Iucm91bmRzfSB8ICR7bXMoci5sYXRlbmN5TXMpfSB8ICR7bXMoci5iYXJlTXMpfSB8ICR7bXMoci5lbmNsYXZlTXMpfSB8ICR7Ynl0ZXMoci5ieXRlc1NlbnQpfSB8ICR7Ynl0ZXMoci5ieXRlc1JlY2VpdmVkKX0gfCAke2J5dGVzKHIuYnl0ZXNUb3RhbCl9IHwgJHttcyhyLm9wZW5Ncyl9IHwgJHttcyhyLnNldHRsZU1zKX0gfCAke3IuY29ycmVjdCA/ICd5ZXMnIDogJyoqbm8qKid9IHwgJHthbmNob3IgPyBtcyhhbmNob3IubGF0ZW5jeU1zKSA6ICcnfSB8ICR7YW5jaG9yPy5lbmNsYXZlTXMgIT09IHVuZGVmaW5lZCA/IG1zKGFuY2hvci5lbmNsYXZlTXMpIDogJyd9IHwgJHthbmNob3IgPyBieXRlcyhhbmNob3IuYnl0ZXNUb3RhbCkgOiAnJ30gfGA7XG4gICAgfSksXG4gICAgJycsXG4gICAgJyMjIyBXaGVyZSB0aGUgdGltZSBnb2VzIChtZWRpYW5zLCBtcywgc3VtbWVkIG92ZXIgcm91bmRzKScsXG4gICAgJycsXG4gICAgYHwgZ3JpZCB8IGN5Y2xlcy9yb3VuZCB8IGxhdGVuY3kgfCAke3BoYXNlS2V5cy5qb2luKCcgfCAnKX0gfGAsXG4gICAgYHwtLS18LS0tfC0tLXwke3BoYXNlS2V5cy5tYXAoKCkgPT4gJy0tLScpLmpvaW4oJ3wnKX18YCxcbiAgICAuLi5zb3J0ZWQubWFwKChyKSA9PiBgfCAke3IucGFyYW1zLmdyaWR9eCR7ci5wYXJhbXMuZ3JpZH0gfCAke3IucGFyYW1zLnBlclJvdW5kfSB8ICR7bXMoci5sYXRlbmN5TXMpfSB8ICR7cGhhc2VLZXlzLm1hcCgoaykgPT4gKHIucGhhc2VzW2tdID09PSB1bmRlZmluZWQgPyAnJyA6IG1zKHIucGhhc2VzW2tdISkpKS5qb2luKCcgfCAnKX0gfGApLFxuICAgICcnLFxuICAgIC4uLihieXRlS2V5cy5sZW5ndGggPT09IDBcbiAgICAgID8gW11cbiAgICAgIDogW1xuICAgICAgICAgICcjIyMgV2hlcmUgdGhlIGJ5dGVzIGdvIChtZWRpYW5zLCBib3RoIGRpcmVjdGlvbnMsIHN1bW1lZCBvdmVyIHJvdW5kcyknLFxuICAgICAgICAgICcnLFxuICAgICAgICAgIGB8IGdyaWQgfCBjeWNsZXMvcm91bmQgfCB0b3RhbCB8ICR7Ynl0ZUtleXMuam9pbignIHwgJyl9IHxgLFxuICAgICAgICAgIGB8LS0tfC0tLXwtLS18JHtieXRlS2V5cy5tYXAoKCkgPT4gJy0tLScpLmpvaW4oJ3wnKX18YCxcbiAgICAgICAgICAuLi5zb3J0ZWQubWFwKChyKSA9PiBgfCAke3IucGFyYW1zLmdyaWR9eCR7ci5wYXJhbXMuZ3JpZH0gfCAke3IucGFyYW1zLnBlclJvdW5kfSB8ICR7Ynl0ZXMoci5ieXRlc1RvdGFsKX0gfCAke2J5dGVLZXlzLm1hcCgoaykgPT4gKHIuYnl0ZXNba10gPT09IHVuZGVmaW5lZCA/ICcnIDogYnl0ZXMoci5ieXRlc1trXSEpKSkuam9pbignIHwgJyl9IHxgKSxcbiAgICAgICAgICAnJyxcbiAgICAgICAgXSksXG4gIF07XG59XG5cbmZ1bmN0aW9uIG9jclNlY3Rpb24ocmVzdWx0OiBQYXBlclJlc3VsdCk6IHN0cmluZ1tdIHtcbiAgY29uc3Qgcm93cyA9IFsuLi5yZXN1bHQub2NyLCAuLi4ocmVzdWx0Lm9jclBhcmFsbGVsID8gW3Jlc3VsdC5vY3JQYXJhbGxlbF0gOiBbXSldO1xuICBpZiAocm93cy5sZW5ndGggPT09IDApIHJldHVybiBbJyMjIE9DUicsICcnLCAnTm90IG1lYXN1cmVkIChzZWUgXCJQb2ludHMgdGhhdCBmYWlsZWRcIikuJywgJyddO1xuICByZXR1cm4gW1xuICAgIGAjIyBPQ1IgKHB1cmUgcHJvZ3JhbTsgZmlndXJlcyA3LTEwKWAsXG4gICAgJycsXG4gICAgYEFpcnRudCAocGFwZXIpOiAke0FJUlROVF9PQ1IuaW1hZ2VzfSBpbWFnZXMgb2YgYWJvdXQgMSBrQiwgYWJvdXQgMS43IE1CIHNlbnQsICR7QUlSVE5UX09DUi5sYXRlbmN5TXNMb3cgLyAxMDAwfS0ke0FJUlROVF9PQ1IubGF0ZW5jeU1zSGlnaCAvIDEwMDB9IHMgaW4gdG90YWwsIG1vcmUgdGhhbiAxMCBzIG9mIGl0IGluIHRoZSBlbmNsYXZlLCBvbmUgZXhlY3V0b3IuYCxcbiAgICAnJyxcbiAgICAnfCBpbWFnZXMgfCBleGVjdXRvcnMgfCBjeWNsZXMvcm91bmQgfCByb3VuZHMgfCBsYXRlbmN5IHwgYmFyZSB8IGVuY2xhdmUgfCBzZW50IHwgcmVjZWl2ZWQgfCBhY2N1cmFjeSB8IG9wZW4gfCBzZXR0bGUgfCcsXG4gICAgJ3wtLS18LS0tfC0tLXwtLS18LS0tfC0tLXwtLS18LS0tfC0tLXwtLS18LS0tfC0tLXwnLFxuICAgIC4uLnJvd3MubWFwKFxuICAgICAgKHIpID0+XG4gICAgICAgIGB8ICR7ci5wYXJhbXMuaW1hZ2VzfSB8ICR7ci5wYXJhbXMuZXhlY3V0b3JzfSB8ICR7ci5wYXJhbXMucGVyUm91bmR9IHwgJHtyLnJvdW5kc30gfCAke21zKHIubGF0ZW5jeU1zKX0gfCAke21zKHIuYmFyZU1zKX0gfCAke21zKHIuZW5jbGF2ZU1zKX0gfCAke2J5dGVzKHIuYnl0ZXNTZW50KX0gfCAke2J5dGVzKHIuYnl0ZXNSZWNlaXZlZCl9IHwgJHsoci5hY2N1cmFjeSAqIDEwMCkudG9GaXhlZCgxKX0lIHwgJHttcyhyLm9wZW5Ncyl9IHwgJHttcyhyLnNldHRsZU1zKX0gfGAsXG4gICAgKSxcbiAgICAnJyxcbiAgXTtcbn1cblxuZnVuY3Rpb24gZ2FzU2VjdGlvbihyZXN1bHQ6IFBhcGVyUmVzdWx0KTogc3RyaW5nW10ge1xuICBjb25zdCBsaW5lcyA9IFtcbiAgICAnIyMgR2FzIChiZXNpZGUgdGhlIHBhcGVyXFwncyB0YWJsZSAxKScsXG4gICAgJycsXG4gICAgJ3wgQWlydG50IG9wZXJhdGlvbiB8IHBhcGVyIChBcHJpbCAyMDE4KSB8IHB1Ymxpc2hlZCBjb250cmFjdCByZS1tZWFzdXJlZCB8JyxcbiAgICAnfC0tLXwtLS18LS0tfCcsXG4gICAgLi4uQUlSVE5UX0dBUy5tYXAoKHJvdykgPT4gYHwgJHtyb3cub3BlcmF0aW9ufSB8ICR7bnVtKHJvdy5wYXBlcil9IHwgJHtudW0ocm93LnJlbWVhc3VyZWQpfSR7cm93Lm5vdGUgPyBgICgke3Jvdy5ub3RlfSlgIDogJyd9IHxgKSxcbiAgICBgfCAqKmhhcHB5IHBhdGg6IG9uZSByZWxhdGlvbnNoaXAqKiB8IHwgKioke251bShBSVJUTlRfR0FTX0hBUFBZX1BBVEgpfSoqIHxgLFxuICAgICcnLFxuICBdO1xuICBpZiAoIXJlc3VsdC5nYXMpIHJldHVybiBbLi4ubGluZXMsICdhaXJ0bnQgZ2FzOiBub3QgbWVhc3VyZWQgKHNlZSBcIlBvaW50cyB0aGF0IGZhaWxlZFwiKS4nLCAnJ107XG4gIHJldHVybiBbXG4gICAgLi4ubGluZXMsXG4gICAgYHwgYWlydG50IG9wZXJhdGlvbiAoJHtyZXN1bHQuZ2FzLnNvdXJjZX0pIHwgZ2FzIHxgLFxuICAgICd8LS0tfC0tLXwnLFxuICAgIC4uLnJlc3VsdC5nYXMucm93cy5tYXAoKHJvdykgPT4gYHwgJHtyb3cub3BlcmF0aW9ufSB8ICR7bnVtKHJvdy5nYXMpfSB8YCksXG4gICAgYHwgKipvcGVuICsgY2xvc2Ugb25lIGNoYW5uZWwqKiB8ICoqJHtudW0ocmVzdWx0Lmdhcy5vcGVuQ2xvc2VHYXMpfSoqIHxgLFxuICAgIC4uLihyZXN1bHQuZ2FzLnJlb3BlbkNsb3NlR2FzID8gW2B8ICoqb3BlbiArIGNsb3NlLCBsYW5lIHVzZWQgYmVmb3JlKiogfCAqKiR7bnVtKHJlc3VsdC5nYXMucmVvcGVuQ2xvc2VHYXMpfSoqIHxgXSA6IFtdKSxcbiAgICAnJyxcbiAgXTtcbn1cblxuZnVuY3Rpb24gZm10KHZhbHVlOiBudW1iZXIsIHVuaXQ6IEdvYWxSZXN1bHRbJ3VuaXQnXSk6IHN0cmluZyB7XG4gIGlmICh1bml0ID09PSAnbXMnKSByZXR1cm4gbXModmFsdWUpO1xuICBpZiAodW5pdCA9PT0gJ0InKSByZXR1cm4gYnl0ZXModmFsdWUpO1xuICBpZiAodW5pdCA9PT0gJ3gnKSByZXR1cm4gYCR7dmFsdWUudG9GaXhlZCgyKX14YDtcbiAgcmV0dXJuIG51bSh2YWx1ZSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBtcyh2YWx1ZTogbnVtYmVyKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID49IDEwXzAwMCkgcmV0dXJuIGAkeyh2YWx1ZSAvIDEwMDApLnRvRml4ZWQoMil9IHNgO1xuICBpZiAodmFsdWUgPj0gMTAwKSByZXR1cm4gYCR7dmFsdWUudG9GaXhlZCgwKX0gbXNgO1xuICBpZiAodmFsdWUgPj0gMTApIHJldHVybiBgJHt2YWx1ZS50b0ZpeGVkKDEpfSBtc2A7XG4gIHJldHVybiBgJHt2YWx1ZS50b0ZpeGVkKDIpfSBtc2A7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBieXRlcyh2YWx1ZTogbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke01hdGgucm91bmQodmFsdWUpLnRvTG9jYWxlU3RyaW5nKCdlbi1VUycpfSBCYDtcbn1cblxuZnVuY3Rpb24gbnVtKHZhbHVlOiBudW1iZXIgfCBudWxsKTogc3RyaW5nIHtcbiAgcmV0dXJuIHZhbHVlID09PSBudWxsID8gJy0nIDogTWF0aC5yb3VuZCh2YWx1ZSkudG9Mb2NhbGVTdHJpbmcoJ2VuLVVTJyk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFDQSxTQUFTLFlBQVksdUJBQXVCLGFBQWEsWUFBWSxjQUFjLHFCQUFzQztBQUV6SCxTQUFTLHVCQUF1QjtBQUl6QixTQUFTLFFBQVEsUUFBbUM7QUFDekQsUUFBTSxTQUFTLE9BQU8sS0FBSyxPQUFPLENBQUMsTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLEVBQUUsT0FBTyxXQUFXLEdBQUk7QUFDekYsUUFBTSxLQUFLLENBQUMsYUFBa0QsT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLE9BQU8sYUFBYSxRQUFRO0FBQy9HLFFBQU0sY0FBYyxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxTQUFTLEVBQUUsTUFBTSxFQUFFLENBQUM7QUFDckUsUUFBTSxZQUFZLE9BQU8sS0FBSyxDQUFDLE1BQU0sRUFBRSxXQUFXLEdBQUc7QUFDckQsUUFBTSxXQUFXLE9BQU87QUFDeEIsUUFBTSxRQUFnQyxDQUFDO0FBQ3ZDLE1BQUksZUFBZSxVQUFXLE9BQU0sb0JBQW9CLElBQUksR0FBRyxVQUFVLFVBQVUsUUFBUSxDQUFDLENBQUMsU0FBUyxZQUFZLFVBQVUsUUFBUSxDQUFDLENBQUMsUUFBUSxZQUFZLE1BQU07QUFDaEssTUFBSSxTQUFVLE9BQU0sa0JBQWtCLElBQUksR0FBRyxTQUFTLE9BQU8sTUFBTSxZQUFZLFNBQVMsT0FBTyxTQUFTLGVBQWUsU0FBUyxPQUFPLFFBQVEseUJBQXlCLFNBQVMsV0FBVyxLQUFLLFFBQVEsQ0FBQyxDQUFDO0FBQzNNLE1BQUksT0FBTyxLQUFLO0FBQ2QsVUFBTSxTQUFTLE9BQU8sSUFBSTtBQUMxQixVQUFNLGdCQUFnQixJQUNwQixXQUFXLFVBQWEsV0FBVyxPQUMvQixPQUFPLElBQUksU0FDWCx1RkFBdUYsT0FBTyxlQUFlLE9BQU8sQ0FBQyxPQUFPLFVBQVUsTUFBUyxzQkFBc0IsRUFBRSxLQUFLLE9BQU8sSUFBSSxNQUFNO0FBQUEsRUFDck07QUFHQSxhQUFXLENBQUMsSUFBSSxHQUFHLEtBQUssQ0FBQyxDQUFDLG9CQUFvQixHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsbUJBQW1CLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBWTtBQUM3RixRQUFJLEtBQUssTUFBTSxjQUFjLFFBQVc7QUFDdEMsWUFBTSxFQUFFLElBQUksc0JBQXNCLElBQUksTUFBTSxVQUFVLGVBQWUsT0FBTyxDQUFDLHFFQUFxRSxJQUFJLFdBQVcsZUFBZSxPQUFPLENBQUM7QUFBQSxJQUMxTDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLE1BQ0Usc0JBQXNCLEdBQUcsR0FBRyxHQUFHO0FBQUEsTUFDL0Isb0JBQW9CLGVBQWUsR0FBRyxHQUFHLENBQUM7QUFBQSxNQUMxQyxxQkFBcUIsR0FBRyxFQUFFLEdBQUc7QUFBQSxNQUM3QixtQkFBbUIsZUFBZSxHQUFHLEVBQUUsQ0FBQztBQUFBLE1BQ3hDLHNCQUFzQixlQUFlLGFBQWEsWUFBWSxZQUFZLElBQUksVUFBVSxZQUFZLFlBQVksWUFBWTtBQUFBLE1BQzVILG9CQUFvQixZQUFZLFNBQVMsT0FBTyxXQUFXLE1BQU8sU0FBUyxZQUFZO0FBQUEsTUFDdkYsa0JBQWtCLE9BQU8sS0FBSztBQUFBLElBQ2hDO0FBQUEsSUFDQTtBQUFBLEVBQ0Y7QUFDRjtBQUdBLFNBQVMsZUFBZSxLQUFzRDtBQUM1RSxTQUFPLFFBQVEsU0FBWSxTQUFhLElBQUksTUFBTSxnQkFBZ0IsSUFBSTtBQUN4RTtBQUVPLFNBQVMsYUFBYSxRQUFxQixTQUFvQztBQUNwRixRQUFNLFFBQWtCO0FBQUEsSUFDdEI7QUFBQSxJQUNBO0FBQUEsSUFDQSwyREFBMkQsT0FBTyxTQUFTLE9BQU8sT0FBTyxVQUFVO0FBQUEsSUFDbkc7QUFBQSxJQUNBLGdCQUFnQixnQkFBZ0IsT0FBTyxPQUFPLENBQUM7QUFBQSxJQUMvQztBQUFBLElBQ0Esd0ZBQXdGLFlBQVksMlNBSS9GLE9BQU8sTUFBTSxJQUFJO0FBQUEsSUFDdEI7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLFFBQVEsTUFBTSxFQUFFO0FBQUEsTUFDakIsQ0FBQyxNQUFNLEtBQUssRUFBRSxXQUFXLFNBQVMsSUFBSSxFQUFFLFFBQVEsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLGFBQWEsT0FBTyxpQkFBaUIsSUFBSSxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsTUFBTSxJQUFJLEVBQUUsUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsUUFBUSxPQUFPLE1BQU0sRUFBRSxNQUFNLFFBQVEsUUFBUSxNQUFNLEVBQUUsUUFBUSxFQUFFO0FBQUEsSUFDL047QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLFlBQVksT0FBTyxNQUFNLE9BQU8sTUFBTSxNQUFNO0FBQUEsSUFDL0MsR0FBRyxXQUFXLE1BQU07QUFBQSxJQUNwQixHQUFHLFdBQVcsTUFBTTtBQUFBLElBQ3BCO0FBQUEsSUFDQTtBQUFBLElBQ0EsR0FBRyxRQUFRLFFBQVEsQ0FBQyxNQUFNLENBQUMsT0FBTyxFQUFFLE9BQU8sSUFBSSxJQUFJLEtBQUssRUFBRSxPQUFPLEtBQUssRUFBRSxJQUFJLEtBQUssRUFBRSxDQUFDO0FBQUEsRUFDdEY7QUFDQSxNQUFJLE9BQU8sT0FBTyxTQUFTLEdBQUc7QUFDNUIsVUFBTSxLQUFLLHlCQUF5QixJQUFJLEdBQUcsT0FBTyxPQUFPLElBQUksQ0FBQyxNQUFNLEtBQUssRUFBRSxJQUFJLEtBQUssRUFBRSxRQUFRLE1BQU0sSUFBSSxFQUFFLENBQUMsQ0FBQyxFQUFFLEdBQUcsRUFBRTtBQUFBLEVBQ3JIO0FBQ0EsUUFBTSxRQUFRLENBQUMsR0FBRyxJQUFJLElBQUksQ0FBQyxHQUFHLE9BQU8sTUFBTSxHQUFHLE9BQU8sR0FBRyxFQUFFLFFBQVEsQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLENBQUM7QUFDbEYsTUFBSSxNQUFNLFNBQVMsRUFBRyxPQUFNLEtBQUssc0JBQXNCLElBQUksR0FBRyxNQUFNLElBQUksQ0FBQyxNQUFNLEtBQUssQ0FBQyxFQUFFLEdBQUcsRUFBRTtBQUM1RixTQUFPLEdBQUcsTUFBTSxLQUFLLElBQUksQ0FBQztBQUFBO0FBQzVCO0FBRUEsU0FBUyxZQUFZLE1BQWtDLFFBQTBCO0FBQy9FLE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTyxDQUFDLG1CQUFtQixJQUFJLDRDQUE0QyxFQUFFO0FBQ3BHLFFBQU0sU0FBUyxDQUFDLEdBQUcsSUFBSSxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxPQUFPLE9BQU8sRUFBRSxPQUFPLFFBQVEsRUFBRSxPQUFPLFdBQVcsRUFBRSxPQUFPLFFBQVE7QUFDOUcsUUFBTSxZQUFZLENBQUMsR0FBRyxJQUFJLElBQUksT0FBTyxRQUFRLENBQUMsTUFBTSxPQUFPLEtBQUssRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSztBQUNsRixRQUFNLFdBQVcsQ0FBQyxHQUFHLElBQUksSUFBSSxPQUFPLFFBQVEsQ0FBQyxNQUFNLE9BQU8sS0FBSyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLO0FBQ2hGLFNBQU87QUFBQSxJQUNMLG9CQUFvQixNQUFNO0FBQUEsSUFDMUI7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLE9BQU8sSUFBSSxDQUFDLE1BQU07QUFDbkIsWUFBTSxTQUFTLFlBQVksS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLEVBQUUsT0FBTyxRQUFRLEVBQUUsYUFBYSxFQUFFLE9BQU8sUUFBUTtBQUNuRyxhQUFPLEtBQUssRUFBRSxPQUFPLElBQUksSUFBSSxFQUFFLE9BQU8sSUFBSSxNQUFNLEVBQUUsT0FBTyxRQUFRLE1BQU0sRUFBRSxNQUFNLE1BQU0sR0FBRyxFQUFFLFNBQVMsQ0FBQyxNQUFNLEdBQUcsRUFBRSxNQUFNLENBQUMsTUFBTSxHQUFHLEVBQUUsU0FBUyxDQUFDLE1BQU0sTUFBTSxFQUFFLFNBQVMsQ0FBQyxNQUFNLE1BQU0sRUFBRSxhQUFhLENBQUMsTUFBTSxNQUFNLEVBQUUsVUFBVSxDQUFDLE1BQU0sR0FBRyxFQUFFLE1BQU0sQ0FBQyxNQUFNLEdBQUcsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLFVBQVUsUUFBUSxRQUFRLE1BQU0sU0FBUyxHQUFHLE9BQU8sU0FBUyxJQUFJLEVBQUUsTUFBTSxRQUFRLGNBQWMsU0FBWSxHQUFHLE9BQU8sU0FBUyxJQUFJLEVBQUUsTUFBTSxTQUFTLE1BQU0sT0FBTyxVQUFVLElBQUksRUFBRTtBQUFBLElBQ3ZiLENBQUM7QUFBQSxJQUNEO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLHFDQUFxQyxVQUFVLEtBQUssS0FBSyxDQUFDO0FBQUEsSUFDMUQsZ0JBQWdCLFVBQVUsSUFBSSxNQUFNLEtBQUssRUFBRSxLQUFLLEdBQUcsQ0FBQztBQUFBLElBQ3BELEdBQUcsT0FBTyxJQUFJLENBQUMsTUFBTSxLQUFLLEVBQUUsT0FBTyxJQUFJLElBQUksRUFBRSxPQUFPLElBQUksTUFBTSxFQUFFLE9BQU8sUUFBUSxNQUFNLEdBQUcsRUFBRSxTQUFTLENBQUMsTUFBTSxVQUFVLElBQUksQ0FBQyxNQUFPLEVBQUUsT0FBTyxDQUFDLE1BQU0sU0FBWSxLQUFLLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBRSxDQUFFLEVBQUUsS0FBSyxLQUFLLENBQUMsSUFBSTtBQUFBLElBQ25NO0FBQUEsSUFDQSxHQUFJLFNBQVMsV0FBVyxJQUNwQixDQUFDLElBQ0Q7QUFBQSxNQUNFO0FBQUEsTUFDQTtBQUFBLE1BQ0EsbUNBQW1DLFNBQVMsS0FBSyxLQUFLLENBQUM7QUFBQSxNQUN2RCxnQkFBZ0IsU0FBUyxJQUFJLE1BQU0sS0FBSyxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQUEsTUFDbkQsR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEtBQUssRUFBRSxPQUFPLElBQUksSUFBSSxFQUFFLE9BQU8sSUFBSSxNQUFNLEVBQUUsT0FBTyxRQUFRLE1BQU0sTUFBTSxFQUFFLFVBQVUsQ0FBQyxNQUFNLFNBQVMsSUFBSSxDQUFDLE1BQU8sRUFBRSxNQUFNLENBQUMsTUFBTSxTQUFZLEtBQUssTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFFLENBQUUsRUFBRSxLQUFLLEtBQUssQ0FBQyxJQUFJO0FBQUEsTUFDdk07QUFBQSxJQUNGO0FBQUEsRUFDTjtBQUNGO0FBRUEsU0FBUyxXQUFXLFFBQStCO0FBQ2pELFFBQU0sT0FBTyxDQUFDLEdBQUcsT0FBTyxLQUFLLEdBQUksT0FBTyxjQUFjLENBQUMsT0FBTyxXQUFXLElBQUksQ0FBQyxDQUFFO0FBQ2hGLE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTyxDQUFDLFVBQVUsSUFBSSw0Q0FBNEMsRUFBRTtBQUMzRixTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0E7QUFBQSxJQUNBLG1CQUFtQixXQUFXLE1BQU0sNkNBQTZDLFdBQVcsZUFBZSxHQUFJLElBQUksV0FBVyxnQkFBZ0IsR0FBSTtBQUFBLElBQ2xKO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUcsS0FBSztBQUFBLE1BQ04sQ0FBQyxNQUNDLEtBQUssRUFBRSxPQUFPLE1BQU0sTUFBTSxFQUFFLE9BQU8sU0FBUyxNQUFNLEVBQUUsT0FBTyxRQUFRLE1BQU0sRUFBRSxNQUFNLE1BQU0sR0FBRyxFQUFFLFNBQVMsQ0FBQyxNQUFNLEdBQUcsRUFBRSxNQUFNLENBQUMsTUFBTSxHQUFHLEVBQUUsU0FBUyxDQUFDLE1BQU0sTUFBTSxFQUFFLFNBQVMsQ0FBQyxNQUFNLE1BQU0sRUFBRSxhQUFhLENBQUMsT0FBTyxFQUFFLFdBQVcsS0FBSyxRQUFRLENBQUMsQ0FBQyxPQUFPLEdBQUcsRUFBRSxNQUFNLENBQUMsTUFBTSxHQUFHLEVBQUUsUUFBUSxDQUFDO0FBQUEsSUFDL1E7QUFBQSxJQUNBO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxXQUFXLFFBQStCO0FBQ2pELFFBQU0sUUFBUTtBQUFBLElBQ1o7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUcsV0FBVyxJQUFJLENBQUMsUUFBUSxLQUFLLElBQUksU0FBUyxNQUFNLElBQUksSUFBSSxLQUFLLENBQUMsTUFBTSxJQUFJLElBQUksVUFBVSxDQUFDLEdBQUcsSUFBSSxPQUFPLEtBQUssSUFBSSxJQUFJLE1BQU0sRUFBRSxJQUFJO0FBQUEsSUFDakksNENBQTRDLElBQUkscUJBQXFCLENBQUM7QUFBQSxJQUN0RTtBQUFBLEVBQ0Y7QUFDQSxNQUFJLENBQUMsT0FBTyxJQUFLLFFBQU8sQ0FBQyxHQUFHLE9BQU8sd0RBQXdELEVBQUU7QUFDN0YsU0FBTztBQUFBLElBQ0wsR0FBRztBQUFBLElBQ0gsdUJBQXVCLE9BQU8sSUFBSSxNQUFNO0FBQUEsSUFDeEM7QUFBQSxJQUNBLEdBQUcsT0FBTyxJQUFJLEtBQUssSUFBSSxDQUFDLFFBQVEsS0FBSyxJQUFJLFNBQVMsTUFBTSxJQUFJLElBQUksR0FBRyxDQUFDLElBQUk7QUFBQSxJQUN4RSxzQ0FBc0MsSUFBSSxPQUFPLElBQUksWUFBWSxDQUFDO0FBQUEsSUFDbEUsR0FBSSxPQUFPLElBQUksaUJBQWlCLENBQUMsNENBQTRDLElBQUksT0FBTyxJQUFJLGNBQWMsQ0FBQyxNQUFNLElBQUksQ0FBQztBQUFBLElBQ3RIO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxJQUFJLE9BQWUsTUFBa0M7QUFDNUQsTUFBSSxTQUFTLEtBQU0sUUFBTyxHQUFHLEtBQUs7QUFDbEMsTUFBSSxTQUFTLElBQUssUUFBTyxNQUFNLEtBQUs7QUFDcEMsTUFBSSxTQUFTLElBQUssUUFBTyxHQUFHLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFDNUMsU0FBTyxJQUFJLEtBQUs7QUFDbEI7QUFFTyxTQUFTLEdBQUcsT0FBdUI7QUFDeEMsTUFBSSxTQUFTLElBQVEsUUFBTyxJQUFJLFFBQVEsS0FBTSxRQUFRLENBQUMsQ0FBQztBQUN4RCxNQUFJLFNBQVMsSUFBSyxRQUFPLEdBQUcsTUFBTSxRQUFRLENBQUMsQ0FBQztBQUM1QyxNQUFJLFNBQVMsR0FBSSxRQUFPLEdBQUcsTUFBTSxRQUFRLENBQUMsQ0FBQztBQUMzQyxTQUFPLEdBQUcsTUFBTSxRQUFRLENBQUMsQ0FBQztBQUM1QjtBQUVPLFNBQVMsTUFBTSxPQUF1QjtBQUMzQyxTQUFPLEdBQUcsS0FBSyxNQUFNLEtBQUssRUFBRSxlQUFlLE9BQU8sQ0FBQztBQUNyRDtBQUVBLFNBQVMsSUFBSSxPQUE4QjtBQUN6QyxTQUFPLFVBQVUsT0FBTyxNQUFNLEtBQUssTUFBTSxLQUFLLEVBQUUsZUFBZSxPQUFPO0FBQ3hFOyIsCiAgIm5hbWVzIjogW10KfQo=
