import { scoreOcr } from "../functions/ocr-images.js";
import { AirtntError } from "../util/errors.js";
import { paidRun, startHarness } from "./harness.js";
import { METHOD_NOTES, sampleOf, summarise } from "./life.js";
import { machineInfo } from "./machine.js";
import { median, roundTo } from "./stats.js";
import { loadFunction, ocrImages, ocrTexts, runBare } from "./workloads.js";
const OCR_NOTES = [
  ...METHOD_NOTES,
  "OCR with several executors: each gets an equal share of the images on its own channel, all at once; latency is the wall time of the slowest share, bytes and enclave time are summed over shares."
];
async function benchOcr(params, options = {}) {
  const log = options.log ?? (() => void 0);
  const harness = options.harness ?? await startHarness({ executors: params.executors, log });
  try {
    if (harness.executors.length < params.executors) {
      throw new AirtntError("BENCH_TOO_FEW_EXECUTORS", `the rig has ${harness.executors.length} executors, ${params.executors} asked`);
    }
    const fn = await loadFunction("ocr");
    const shares = splitImages(params.images, params.executors);
    const workloads = shares.map((count, i) => ocrImages(count, i + 1));
    const expected = workloads.flatMap((w) => w.texts);
    const runShares = async () => {
      const started = performance.now();
      const runs = await Promise.all(
        workloads.map(
          (w, i) => paidRun(harness, harness.executors[i], { functionMeasurement: fn.measurement, initialState: w.state, totalCycles: w.texts.length, perRound: params.perRound })
        )
      );
      return { runs, wallMs: performance.now() - started };
    };
    await runShares();
    const samples = [];
    const accuracies = [];
    for (let run = 0; run < params.runs; run++) {
      const { runs, wallMs } = await runShares();
      const parts = runs.map(sampleOf);
      samples.push(combine(parts, wallMs));
      accuracies.push(scoreOcr(expected, runs.flatMap((r) => ocrTexts(r.result.outputs))).accuracy);
      log(`  ocr ${params.images} images on ${params.executors} executors, ${params.perRound}/round, run ${run + 1}/${params.runs}: ${wallMs.toFixed(1)} ms`);
    }
    const bareTimes = [];
    for (let run = 0; run < Math.min(params.runs, 3); run++) {
      let ms = 0;
      for (const w of workloads) ms += (await runBare(fn, w.state, w.texts.length, params.perRound)).ms;
      bareTimes.push(ms);
    }
    return {
      benchmark: "ocr",
      params: { ...params, imageBytes: workloads[0]?.imageBytes ?? 0 },
      ...summarise(samples),
      bareMs: roundTo(median(bareTimes)),
      accuracy: roundTo(median(accuracies), 4),
      insecure: true,
      machine: machineInfo(),
      notes: OCR_NOTES
    };
  } finally {
    if (!options.harness) await harness.close();
  }
}
function splitImages(images, executors) {
  return Array.from({ length: executors }, (_, i) => Math.floor(images / executors) + (i < images % executors ? 1 : 0)).filter((n) => n > 0);
}
function combine(parts, wallMs) {
  const sum = (pick) => parts.reduce((total, s) => total + pick(s), 0);
  const max = (pick) => Math.max(...parts.map(pick));
  return {
    latencyMs: max((s) => s.latencyMs),
    enclaveMs: sum((s) => s.enclaveMs),
    rounds: sum((s) => s.rounds),
    bytesSent: sum((s) => s.bytesSent),
    bytesReceived: sum((s) => s.bytesReceived),
    openMs: max((s) => s.openMs),
    settleMs: max((s) => s.settleMs),
    phases: {
      setupMs: max((s) => s.phases.setupMs ?? 0),
      roundsMs: max((s) => s.phases.roundsMs ?? 0),
      enclaveMs: sum((s) => s.enclaveMs),
      enclaveSlowestShareMs: max((s) => s.enclaveMs),
      enclaveOpenMs: sum((s) => s.phases.enclaveOpenMs ?? 0),
      otherMs: max((s) => s.phases.otherMs ?? 0),
      wallMs
    },
    bytes: { sessionBytes: sum((s) => s.bytes.sessionBytes ?? 0), infoBytes: sum((s) => s.bytes.infoBytes ?? 0) }
  };
}
export {
  benchOcr,
  splitImages
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2JlbmNoL29jci50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBgYWlydG50IGJlbmNoIG9jcmA6IHRoZSBwdXJlIHByb2dyYW0gb2YgdGhlIHBhcGVyIChmaWd1cmVzIDctMTApLiBUaGUgaW1hZ2VzIGFyZSBzcGxpdCBpbnRvIGVxdWFsXG4gKiBzaGFyZXMsIG9uZSBwZXIgZXhlY3V0b3IgcHJvY2VzcywgYW5kIHRoZSBzaGFyZXMgcnVuIGluIHBhcmFsbGVsICh0aGUgcGFwZXIncyBzdWdnZXN0aW9uIGZvciBwdXJlXG4gKiBwcm9ncmFtcyk7IGxhdGVuY3kgaXMgdGhlIHdhbGwgdGltZSB1bnRpbCB0aGUgbGFzdCBzaGFyZSdzIGZpbmFsIHN0YXRlIGlzIGRlY3J5cHRlZC5cbiAqL1xuaW1wb3J0IHsgc2NvcmVPY3IgfSBmcm9tICcuLi9mdW5jdGlvbnMvb2NyLWltYWdlcy5qcyc7XG5pbXBvcnQgeyBBaXJ0bnRFcnJvciB9IGZyb20gJy4uL3V0aWwvZXJyb3JzLmpzJztcbmltcG9ydCB7IHBhaWRSdW4sIHN0YXJ0SGFybmVzcyB9IGZyb20gJy4vaGFybmVzcy5qcyc7XG5pbXBvcnQgeyBNRVRIT0RfTk9URVMsIHNhbXBsZU9mLCBzdW1tYXJpc2UsIHR5cGUgQmVuY2hPcHRpb25zIH0gZnJvbSAnLi9saWZlLmpzJztcbmltcG9ydCB7IG1hY2hpbmVJbmZvIH0gZnJvbSAnLi9tYWNoaW5lLmpzJztcbmltcG9ydCB7IG1lZGlhbiwgcm91bmRUbyB9IGZyb20gJy4vc3RhdHMuanMnO1xuaW1wb3J0IHR5cGUgeyBPY3JCZW5jaFBhcmFtcywgT2NyQmVuY2hSZXN1bHQsIFJ1blNhbXBsZSB9IGZyb20gJy4vdHlwZXMuanMnO1xuaW1wb3J0IHsgbG9hZEZ1bmN0aW9uLCBvY3JJbWFnZXMsIG9jclRleHRzLCBydW5CYXJlIH0gZnJvbSAnLi93b3JrbG9hZHMuanMnO1xuXG5jb25zdCBPQ1JfTk9URVMgPSBbXG4gIC4uLk1FVEhPRF9OT1RFUyxcbiAgJ09DUiB3aXRoIHNldmVyYWwgZXhlY3V0b3JzOiBlYWNoIGdldHMgYW4gZXF1YWwgc2hhcmUgb2YgdGhlIGltYWdlcyBvbiBpdHMgb3duIGNoYW5uZWwsIGFsbCBhdCBvbmNlOyBsYXRlbmN5IGlzIHRoZSB3YWxsIHRpbWUgb2YgdGhlIHNsb3dlc3Qgc2hhcmUsIGJ5dGVzIGFuZCBlbmNsYXZlIHRpbWUgYXJlIHN1bW1lZCBvdmVyIHNoYXJlcy4nLFxuXTtcblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGJlbmNoT2NyKHBhcmFtczogT21pdDxPY3JCZW5jaFBhcmFtcywgJ2ltYWdlQnl0ZXMnPiwgb3B0aW9uczogQmVuY2hPcHRpb25zID0ge30pOiBQcm9taXNlPE9jckJlbmNoUmVzdWx0PiB7XG4gIGNvbnN0IGxvZyA9IG9wdGlvbnMubG9nID8/ICgoKSA9PiB1bmRlZmluZWQpO1xuICBjb25zdCBoYXJuZXNzID0gb3B0aW9ucy5oYXJuZXNzID8/IChhd2FpdCBzdGFydEhhcm5lc3MoeyBleGVjdXRvcnM6IHBhcmFtcy5leGVjdXRvcnMsIGxvZyB9KSk7XG4gIHRyeSB7XG4gICAgaWYgKGhhcm5lc3MuZXhlY3V0b3JzLmxlbmd0aCA8IHBhcmFtcy5leGVjdXRvcnMpIHtcbiAgICAgIHRocm93IG5ldyBBaXJ0bnRFcnJvcignQkVOQ0hfVE9PX0ZFV19FWEVDVVRPUlMnLCBgdGhlIHJpZyBoYXMgJHtoYXJuZXNzLmV4ZWN1dG9ycy5sZW5ndGh9IGV4ZWN1dG9ycywgJHtwYXJhbXMuZXhlY3V0b3JzfSBhc2tlZGApO1xuICAgIH1cbiAgICBjb25zdCBmbiA9IGF3YWl0IGxvYWRGdW5jdGlvbignb2NyJyk7XG4gICAgY29uc3Qgc2hhcmVzID0gc3BsaXRJbWFnZXMocGFyYW1zLmltYWdlcywgcGFyYW1zLmV4ZWN1dG9ycyk7XG4gICAgY29uc3Qgd29ya2xvYWRzID0gc2hhcmVzLm1hcCgoY291bnQsIGkpID0+IG9jckltYWdlcyhjb3VudCwgaSArIDEpKTtcbiAgICBjb25zdCBleHBlY3RlZCA9IHdvcmtsb2Fkcy5mbGF0TWFwKCh3KSA9PiB3LnRleHRzKTtcbiAgICBjb25zdCBydW5TaGFyZXMgPSBhc3luYyAoKSA9PiB7XG4gICAgICBjb25zdCBzdGFydGVkID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gICAgICBjb25zdCBydW5zID0gYXdhaXQgUHJvbWlzZS5hbGwoXG4gICAgICAgIHdvcmtsb2Fkcy5tYXAoKHcsIGkpID0+XG4gICAgICAgICAgcGFpZFJ1bihoYXJuZXNzLCBoYXJuZXNzLmV4ZWN1dG9yc1tpXSEsIHsgZnVuY3Rpb25NZWFzdXJlbWVudDogZm4ubWVhc3VyZW1lbnQsIGluaXRpYWxTdGF0ZTogdy5zdGF0ZSwgdG90YWxDeWNsZXM6IHcudGV4dHMubGVuZ3RoLCBwZXJSb3VuZDogcGFyYW1zLnBlclJvdW5kIH0pLFxuICAgICAgICApLFxuICAgICAgKTtcbiAgICAgIHJldHVybiB7IHJ1bnMsIHdhbGxNczogcGVyZm9ybWFuY2Uubm93KCkgLSBzdGFydGVkIH07XG4gICAgfTtcbiAgICBhd2FpdCBydW5TaGFyZXMoKTsgLy8gd2FybS11cCwgdW5tZWFzdXJlZFxuICAgIGNvbnN0IHNhbXBsZXM6IFJ1blNhbXBsZVtdID0gW107XG4gICAgY29uc3QgYWNjdXJhY2llczogbnVtYmVyW10gPSBbXTtcbiAgICBmb3IgKGxldCBydW4gPSAwOyBydW4gPCBwYXJhbXMucnVuczsgcnVuKyspIHtcbiAgICAgIGNvbnN0IHsgcnVucywgd2FsbE1zIH0gPSBhd2FpdCBydW5TaGFyZXMoKTtcbiAgICAgIGNvbnN0IHBhcnRzID0gcnVucy5tYXAoc2FtcGxlT2YpO1xuICAgICAgc2FtcGxlcy5wdXNoKGNvbWJpbmUocGFydHMsIHdhbGxNcykpO1xuICAgICAgYWNjdXJhY2llcy5wdXNoKHNjb3JlT2NyKGV4cGVjdGVkLCBydW5zLmZsYXRNYXAoKHIpID0+IG9jclRleHRzKHIucmVzdWx0Lm91dHB1dHMpKSkuYWNjdXJhY3kpO1xuICAgICAgbG9nKGAgIG9jciAke3BhcmFtcy5pbWFnZXN9IGltYWdlcyBvbiAke3BhcmFtcy5leGVjdXRvcnN9IGV4ZWN1dG9ycywgJHtwYXJhbXMucGVyUm91bmR9L3JvdW5kLCBydW4gJHtydW4gKyAxfS8ke3BhcmFtcy5ydW5zfTogJHt3YWxsTXMudG9GaXhlZCgxKX0gbXNgKTtcbiAgICB9XG4gICAgY29uc3QgYmFyZVRpbWVzOiBudW1iZXJbXSA9IFtdO1xuICAgIGZvciAobGV0IHJ1biA9IDA7IHJ1biA8IE1hdGgubWluKHBhcmFtcy5ydW5zLCAzKTsgcnVuKyspIHtcbiAgICAgIGxldCBtcyA9IDA7XG4gICAgICBmb3IgKGNvbnN0IHcgb2Ygd29ya2xvYWRzKSBtcyArPSAoYXdhaXQgcnVuQmFyZShmbiwgdy5zdGF0ZSwgdy50ZXh0cy5sZW5ndGgsIHBhcmFtcy5wZXJSb3VuZCkpLm1zO1xuICAgICAgYmFyZVRpbWVzLnB1c2gobXMpO1xuICAgIH1cbiAgICByZXR1cm4ge1xuICAgICAgYmVuY2htYXJrOiAnb2NyJyxcbiAgICAgIHBhcmFtczogeyAuLi5wYXJhbXMsIGltYWdlQnl0ZXM6IHdvcmtsb2Fkc1swXT8uaW1hZ2VCeXRlcyA/PyAwIH0sXG4gICAgICAuLi5zdW1tYXJpc2Uoc2FtcGxlcyksXG4gICAgICBiYXJlTXM6IHJvdW5kVG8obWVkaWFuKGJhcmVUaW1lcykpLFxuICAgICAgYWNjdXJhY3k6IHJvdW5kVG8obWVkaWFuKGFjY3VyYWNpZXMpLCA0KSxcbiAgICAgIGluc2VjdXJlOiB0cnVlLFxuICAgICAgbWFjaGluZTogbWFjaGluZUluZm8oKSxcbiAgICAgIG5vdGVzOiBPQ1JfTk9URVMsXG4gICAgfTtcbiAgfSBmaW5hbGx5IHtcbiAgICBpZiAoIW9wdGlvbnMuaGFybmVzcykgYXdhaXQgaGFybmVzcy5jbG9zZSgpO1xuICB9XG59XG5cbi8qKiBFcXVhbCBzaGFyZXMsIHRoZSBmaXJzdCBvbmVzIG9uZSBsYXJnZXIgd2hlbiB0aGUgaW1hZ2VzIGRvIG5vdCBkaXZpZGUgZXZlbmx5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNwbGl0SW1hZ2VzKGltYWdlczogbnVtYmVyLCBleGVjdXRvcnM6IG51bWJlcik6IG51bWJlcltdIHtcbiAgcmV0dXJuIEFycmF5LmZyb20oeyBsZW5ndGg6IGV4ZWN1dG9ycyB9LCAoXywgaSkgPT4gTWF0aC5mbG9vcihpbWFnZXMgLyBleGVjdXRvcnMpICsgKGkgPCBpbWFnZXMgJSBleGVjdXRvcnMgPyAxIDogMCkpLmZpbHRlcigobikgPT4gbiA+IDApO1xufVxuXG4vKiogU2hhcmVzIHRoYXQgcmFuIGluIHBhcmFsbGVsOiB3YWxsIHRpbWUgZm9yIGxhdGVuY3ksIHN1bXMgZm9yIHdvcmsgYW5kIGJ5dGVzLCB0aGUgc2xvd2VzdCBjaGFpbiBzdGVwcy4gKi9cbmZ1bmN0aW9uIGNvbWJpbmUocGFydHM6IFJ1blNhbXBsZVtdLCB3YWxsTXM6IG51bWJlcik6IFJ1blNhbXBsZSB7XG4gIGNvbnN0IHN1bSA9IChwaWNrOiAoczogUnVuU2FtcGxlKSA9PiBudW1iZXIpOiBudW1iZXIgPT4gcGFydHMucmVkdWNlKCh0b3RhbCwgcykgPT4gdG90YWwgKyBwaWNrKHMpLCAwKTtcbiAgY29uc3QgbWF4ID0gKHBpY2s6IChzOiBSdW5TYW1wbGUpID0+IG51bWJlcik6IG51bWJlciA9PiBNYXRoLm1heCguLi5wYXJ0cy5tYXAocGljaykpO1xuICByZXR1cm4ge1xuICAgIGxhdGVuY3lNczogbWF4KChzKSA9PiBzLmxhdGVuY3lNcyksXG4gICAgZW5jbGF2ZU1zOiBzdW0oKHMpID0+IHMuZW5jbGF2ZU1zKSxcbiAgICByb3VuZHM6IHN1bSgocykgPT4gcy5yb3VuZHMpLFxuICAgIGJ5dGVzU2VudDogc3VtKChzKSA9PiBzLmJ5dGVzU2VudCksXG4gICAgYnl0ZXNSZWNlaXZlZDogc3VtKChzKSA9PiBzLmJ5dGVzUmVjZWl2ZWQpLFxuICAgIG9wZW5NczogbWF4KChzKSA9PiBzLm9wZW5NcyksXG4gICAgc2V0dGxlTXM6IG1heCgocykgPT4gcy5zZXR0bGVNcyksXG4gICAgcGhhc2VzOiB7XG4gICAgICBzZXR1cE1zOiBtYXgoKHMpID0+IHMucGhhc2VzLnNldHVwTXMgPz8gMCksXG4gICAgICByb3VuZHNNczogbWF4KChzKSA9PiBzLnBoYXNlcy5yb3VuZHNNcyA/PyAwKSxcbiAgICAgIGVuY2xhdmVNczogc3VtKChzKSA9PiBzLmVuY2xhdmVNcyksXG4gICAgICBlbmNsYXZlU2xvd2VzdFNoYXJlTXM6IG1heCgocykgPT4gcy5lbmNsYXZlTXMpLFxuICAgICAgZW5jbGF2ZU9wZW5Nczogc3VtKChzKSA9PiBzLnBoYXNlcy5lbmNsYXZlT3Blbk1zID8/IDApLFxuICAgICAgb3RoZXJNczogbWF4KChzKSA9PiBzLnBoYXNlcy5vdGhlck1zID8/IDApLFxuICAgICAgd2FsbE1zLFxuICAgIH0sXG4gICAgYnl0ZXM6IHsgc2Vzc2lvbkJ5dGVzOiBzdW0oKHMpID0+IHMuYnl0ZXMuc2Vzc2lvbkJ5dGVzID8/IDApLCBpbmZvQnl0ZXM6IHN1bSgocykgPT4gcy5ieXRlcy5pbmZvQnl0ZXMgPz8gMCkgfSxcbiAgfTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQUtBLFNBQVMsZ0JBQWdCO0FBQ3pCLFNBQVMsbUJBQW1CO0FBQzVCLFNBQVMsU0FBUyxvQkFBb0I7QUFDdEMsU0FBUyxjQUFjLFVBQVUsaUJBQW9DO0FBQ3JFLFNBQVMsbUJBQW1CO0FBQzVCLFNBQVMsUUFBUSxlQUFlO0FBRWhDLFNBQVMsY0FBYyxXQUFXLFVBQVUsZUFBZTtBQUUzRCxNQUFNLFlBQVk7QUFBQSxFQUNoQixHQUFHO0FBQUEsRUFDSDtBQUNGO0FBRUEsZUFBc0IsU0FBUyxRQUE0QyxVQUF3QixDQUFDLEdBQTRCO0FBQzlILFFBQU0sTUFBTSxRQUFRLFFBQVEsTUFBTTtBQUNsQyxRQUFNLFVBQVUsUUFBUSxXQUFZLE1BQU0sYUFBYSxFQUFFLFdBQVcsT0FBTyxXQUFXLElBQUksQ0FBQztBQUMzRixNQUFJO0FBQ0YsUUFBSSxRQUFRLFVBQVUsU0FBUyxPQUFPLFdBQVc7QUFDL0MsWUFBTSxJQUFJLFlBQVksMkJBQTJCLGVBQWUsUUFBUSxVQUFVLE1BQU0sZUFBZSxPQUFPLFNBQVMsUUFBUTtBQUFBLElBQ2pJO0FBQ0EsVUFBTSxLQUFLLE1BQU0sYUFBYSxLQUFLO0FBQ25DLFVBQU0sU0FBUyxZQUFZLE9BQU8sUUFBUSxPQUFPLFNBQVM7QUFDMUQsVUFBTSxZQUFZLE9BQU8sSUFBSSxDQUFDLE9BQU8sTUFBTSxVQUFVLE9BQU8sSUFBSSxDQUFDLENBQUM7QUFDbEUsVUFBTSxXQUFXLFVBQVUsUUFBUSxDQUFDLE1BQU0sRUFBRSxLQUFLO0FBQ2pELFVBQU0sWUFBWSxZQUFZO0FBQzVCLFlBQU0sVUFBVSxZQUFZLElBQUk7QUFDaEMsWUFBTSxPQUFPLE1BQU0sUUFBUTtBQUFBLFFBQ3pCLFVBQVU7QUFBQSxVQUFJLENBQUMsR0FBRyxNQUNoQixRQUFRLFNBQVMsUUFBUSxVQUFVLENBQUMsR0FBSSxFQUFFLHFCQUFxQixHQUFHLGFBQWEsY0FBYyxFQUFFLE9BQU8sYUFBYSxFQUFFLE1BQU0sUUFBUSxVQUFVLE9BQU8sU0FBUyxDQUFDO0FBQUEsUUFDaEs7QUFBQSxNQUNGO0FBQ0EsYUFBTyxFQUFFLE1BQU0sUUFBUSxZQUFZLElBQUksSUFBSSxRQUFRO0FBQUEsSUFDckQ7QUFDQSxVQUFNLFVBQVU7QUFDaEIsVUFBTSxVQUF1QixDQUFDO0FBQzlCLFVBQU0sYUFBdUIsQ0FBQztBQUM5QixhQUFTLE1BQU0sR0FBRyxNQUFNLE9BQU8sTUFBTSxPQUFPO0FBQzFDLFlBQU0sRUFBRSxNQUFNLE9BQU8sSUFBSSxNQUFNLFVBQVU7QUFDekMsWUFBTSxRQUFRLEtBQUssSUFBSSxRQUFRO0FBQy9CLGNBQVEsS0FBSyxRQUFRLE9BQU8sTUFBTSxDQUFDO0FBQ25DLGlCQUFXLEtBQUssU0FBUyxVQUFVLEtBQUssUUFBUSxDQUFDLE1BQU0sU0FBUyxFQUFFLE9BQU8sT0FBTyxDQUFDLENBQUMsRUFBRSxRQUFRO0FBQzVGLFVBQUksU0FBUyxPQUFPLE1BQU0sY0FBYyxPQUFPLFNBQVMsZUFBZSxPQUFPLFFBQVEsZUFBZSxNQUFNLENBQUMsSUFBSSxPQUFPLElBQUksS0FBSyxPQUFPLFFBQVEsQ0FBQyxDQUFDLEtBQUs7QUFBQSxJQUN4SjtBQUNBLFVBQU0sWUFBc0IsQ0FBQztBQUM3QixhQUFTLE1BQU0sR0FBRyxNQUFNLEtBQUssSUFBSSxPQUFPLE1BQU0sQ0FBQyxHQUFHLE9BQU87QUFDdkQsVUFBSSxLQUFLO0FBQ1QsaUJBQVcsS0FBSyxVQUFXLFFBQU8sTUFBTSxRQUFRLElBQUksRUFBRSxPQUFPLEVBQUUsTUFBTSxRQUFRLE9BQU8sUUFBUSxHQUFHO0FBQy9GLGdCQUFVLEtBQUssRUFBRTtBQUFBLElBQ25CO0FBQ0EsV0FBTztBQUFBLE1BQ0wsV0FBVztBQUFBLE1BQ1gsUUFBUSxFQUFFLEdBQUcsUUFBUSxZQUFZLFVBQVUsQ0FBQyxHQUFHLGNBQWMsRUFBRTtBQUFBLE1BQy9ELEdBQUcsVUFBVSxPQUFPO0FBQUEsTUFDcEIsUUFBUSxRQUFRLE9BQU8sU0FBUyxDQUFDO0FBQUEsTUFDakMsVUFBVSxRQUFRLE9BQU8sVUFBVSxHQUFHLENBQUM7QUFBQSxNQUN2QyxVQUFVO0FBQUEsTUFDVixTQUFTLFlBQVk7QUFBQSxNQUNyQixPQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0YsVUFBRTtBQUNBLFFBQUksQ0FBQyxRQUFRLFFBQVMsT0FBTSxRQUFRLE1BQU07QUFBQSxFQUM1QztBQUNGO0FBR08sU0FBUyxZQUFZLFFBQWdCLFdBQTZCO0FBQ3ZFLFNBQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxVQUFVLEdBQUcsQ0FBQyxHQUFHLE1BQU0sS0FBSyxNQUFNLFNBQVMsU0FBUyxLQUFLLElBQUksU0FBUyxZQUFZLElBQUksRUFBRSxFQUFFLE9BQU8sQ0FBQyxNQUFNLElBQUksQ0FBQztBQUMzSTtBQUdBLFNBQVMsUUFBUSxPQUFvQixRQUEyQjtBQUM5RCxRQUFNLE1BQU0sQ0FBQyxTQUEyQyxNQUFNLE9BQU8sQ0FBQyxPQUFPLE1BQU0sUUFBUSxLQUFLLENBQUMsR0FBRyxDQUFDO0FBQ3JHLFFBQU0sTUFBTSxDQUFDLFNBQTJDLEtBQUssSUFBSSxHQUFHLE1BQU0sSUFBSSxJQUFJLENBQUM7QUFDbkYsU0FBTztBQUFBLElBQ0wsV0FBVyxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFBQSxJQUNqQyxXQUFXLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUFBLElBQ2pDLFFBQVEsSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNO0FBQUEsSUFDM0IsV0FBVyxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFBQSxJQUNqQyxlQUFlLElBQUksQ0FBQyxNQUFNLEVBQUUsYUFBYTtBQUFBLElBQ3pDLFFBQVEsSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNO0FBQUEsSUFDM0IsVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVE7QUFBQSxJQUMvQixRQUFRO0FBQUEsTUFDTixTQUFTLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTyxXQUFXLENBQUM7QUFBQSxNQUN6QyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTyxZQUFZLENBQUM7QUFBQSxNQUMzQyxXQUFXLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUFBLE1BQ2pDLHVCQUF1QixJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFBQSxNQUM3QyxlQUFlLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTyxpQkFBaUIsQ0FBQztBQUFBLE1BQ3JELFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPLFdBQVcsQ0FBQztBQUFBLE1BQ3pDO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxFQUFFLGNBQWMsSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLGdCQUFnQixDQUFDLEdBQUcsV0FBVyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sYUFBYSxDQUFDLEVBQUU7QUFBQSxFQUM5RztBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
