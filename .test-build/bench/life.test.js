import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { describe, it } from "node:test";
import { cliCommand } from "../util/paths.js";
function runCli(args, timeoutMs) {
  const [command, ...prefix] = cliCommand();
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => stdout += chunk.toString());
    child.stderr.on("data", (chunk) => stderr += chunk.toString());
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`airtnt ${args.join(" ")} did not finish in ${timeoutMs} ms
${stderr}`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
describe("airtnt bench life (smoke, tiny parameters)", () => {
  it("runs paid rounds against an executor process and prints medians as one JSON object", async () => {
    const { code, stdout, stderr } = await runCli(["bench", "life", "--grid", "10", "--cycles", "20", "--per-round", "10", "--runs", "2", "--json"], 9e4);
    assert.equal(code, 0, stderr);
    const result = JSON.parse(stdout);
    assert.equal(result.benchmark, "life");
    assert.equal(result.runs, 2);
    assert.equal(result.rounds, 2, "20 cycles at 10 per round are 2 paid rounds");
    assert.equal(result.correct, true, "the paid run ends in the same state as the local run");
    assert.equal(result.insecure, true);
    for (const field of ["latencyMs", "bareMs", "enclaveMs", "openMs", "bytesSent", "bytesReceived"]) {
      assert.ok(result[field] > 0, `${field} = ${result[field]}`);
    }
    assert.ok(result.settleMs >= 0);
    assert.equal(result.bytesTotal, result.bytesSent + result.bytesReceived);
    assert.ok(result.enclaveMs < result.latencyMs, "the enclave time is part of the latency");
    assert.ok(result.spread.latencyMs.min <= result.latencyMs && result.latencyMs <= result.spread.latencyMs.max);
    assert.match(stderr, /run 2\/2/, "progress goes to stderr");
  });
  it("refuses out-of-range parameters before starting anything", async () => {
    const { code, stderr } = await runCli(["bench", "life", "--grid", "0"], 3e4);
    assert.notEqual(code, 0);
    assert.match(stderr, /--grid.*must be between 3 and 1024/);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2JlbmNoL2xpZmUudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgc3Bhd24gfSBmcm9tICdub2RlOmNoaWxkX3Byb2Nlc3MnO1xuaW1wb3J0IHsgZGVzY3JpYmUsIGl0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCB7IGNsaUNvbW1hbmQgfSBmcm9tICcuLi91dGlsL3BhdGhzLmpzJztcbmltcG9ydCB0eXBlIHsgTGlmZUJlbmNoUmVzdWx0IH0gZnJvbSAnLi90eXBlcy5qcyc7XG5cbi8qKiBSdW5zIHRoZSBDTEkgYXMgYSB1c2VyIHdvdWxkIGFuZCByZXR1cm5zIHN0ZG91dCAoc3RkZXJyIGNhcnJpZXMgcHJvZ3Jlc3MpLiAqL1xuZnVuY3Rpb24gcnVuQ2xpKGFyZ3M6IHN0cmluZ1tdLCB0aW1lb3V0TXM6IG51bWJlcik6IFByb21pc2U8eyBjb2RlOiBudW1iZXIgfCBudWxsOyBzdGRvdXQ6IHN0cmluZzsgc3RkZXJyOiBzdHJpbmcgfT4ge1xuICBjb25zdCBbY29tbWFuZCwgLi4ucHJlZml4XSA9IGNsaUNvbW1hbmQoKTtcbiAgcmV0dXJuIG5ldyBQcm9taXNlKChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICBjb25zdCBjaGlsZCA9IHNwYXduKGNvbW1hbmQhLCBbLi4ucHJlZml4LCAuLi5hcmdzXSwgeyBzdGRpbzogWydpZ25vcmUnLCAncGlwZScsICdwaXBlJ10gfSk7XG4gICAgbGV0IHN0ZG91dCA9ICcnO1xuICAgIGxldCBzdGRlcnIgPSAnJztcbiAgICBjaGlsZC5zdGRvdXQub24oJ2RhdGEnLCAoY2h1bms6IEJ1ZmZlcikgPT4gKHN0ZG91dCArPSBjaHVuay50b1N0cmluZygpKSk7XG4gICAgY2hpbGQuc3RkZXJyLm9uKCdkYXRhJywgKGNodW5rOiBCdWZmZXIpID0+IChzdGRlcnIgKz0gY2h1bmsudG9TdHJpbmcoKSkpO1xuICAgIGNvbnN0IHRpbWVyID0gc2V0VGltZW91dCgoKSA9PiB7XG4gICAgICBjaGlsZC5raWxsKCdTSUdLSUxMJyk7XG4gICAgICByZWplY3QobmV3IEVycm9yKGBhaXJ0bnQgJHthcmdzLmpvaW4oJyAnKX0gZGlkIG5vdCBmaW5pc2ggaW4gJHt0aW1lb3V0TXN9IG1zXFxuJHtzdGRlcnJ9YCkpO1xuICAgIH0sIHRpbWVvdXRNcyk7XG4gICAgY2hpbGQub24oJ2V4aXQnLCAoY29kZSkgPT4ge1xuICAgICAgY2xlYXJUaW1lb3V0KHRpbWVyKTtcbiAgICAgIHJlc29sdmUoeyBjb2RlLCBzdGRvdXQsIHN0ZGVyciB9KTtcbiAgICB9KTtcbiAgfSk7XG59XG5cbmRlc2NyaWJlKCdhaXJ0bnQgYmVuY2ggbGlmZSAoc21va2UsIHRpbnkgcGFyYW1ldGVycyknLCAoKSA9PiB7XG4gIGl0KCdydW5zIHBhaWQgcm91bmRzIGFnYWluc3QgYW4gZXhlY3V0b3IgcHJvY2VzcyBhbmQgcHJpbnRzIG1lZGlhbnMgYXMgb25lIEpTT04gb2JqZWN0JywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29kZSwgc3Rkb3V0LCBzdGRlcnIgfSA9IGF3YWl0IHJ1bkNsaShbJ2JlbmNoJywgJ2xpZmUnLCAnLS1ncmlkJywgJzEwJywgJy0tY3ljbGVzJywgJzIwJywgJy0tcGVyLXJvdW5kJywgJzEwJywgJy0tcnVucycsICcyJywgJy0tanNvbiddLCA5MF8wMDApO1xuICAgIGFzc2VydC5lcXVhbChjb2RlLCAwLCBzdGRlcnIpO1xuICAgIGNvbnN0IHJlc3VsdCA9IEpTT04ucGFyc2Uoc3Rkb3V0KSBhcyBMaWZlQmVuY2hSZXN1bHQ7XG4gICAgYXNzZXJ0LmVxdWFsKHJlc3VsdC5iZW5jaG1hcmssICdsaWZlJyk7XG4gICAgYXNzZXJ0LmVxdWFsKHJlc3VsdC5ydW5zLCAyKTtcbiAgICBhc3NlcnQuZXF1YWwocmVzdWx0LnJvdW5kcywgMiwgJzIwIGN5Y2xlcyBhdCAxMCBwZXIgcm91bmQgYXJlIDIgcGFpZCByb3VuZHMnKTtcbiAgICBhc3NlcnQuZXF1YWwocmVzdWx0LmNvcnJlY3QsIHRydWUsICd0aGUgcGFpZCBydW4gZW5kcyBpbiB0aGUgc2FtZSBzdGF0ZSBhcyB0aGUgbG9jYWwgcnVuJyk7XG4gICAgYXNzZXJ0LmVxdWFsKHJlc3VsdC5pbnNlY3VyZSwgdHJ1ZSk7XG4gICAgZm9yIChjb25zdCBmaWVsZCBvZiBbJ2xhdGVuY3lNcycsICdiYXJlTXMnLCAnZW5jbGF2ZU1zJywgJ29wZW5NcycsICdieXRlc1NlbnQnLCAnYnl0ZXNSZWNlaXZlZCddIGFzIGNvbnN0KSB7XG4gICAgICBhc3NlcnQub2socmVzdWx0W2ZpZWxkXSA+IDAsIGAke2ZpZWxkfSA9ICR7cmVzdWx0W2ZpZWxkXX1gKTtcbiAgICB9XG4gICAgYXNzZXJ0Lm9rKHJlc3VsdC5zZXR0bGVNcyA+PSAwKTtcbiAgICBhc3NlcnQuZXF1YWwocmVzdWx0LmJ5dGVzVG90YWwsIHJlc3VsdC5ieXRlc1NlbnQgKyByZXN1bHQuYnl0ZXNSZWNlaXZlZCk7XG4gICAgYXNzZXJ0Lm9rKHJlc3VsdC5lbmNsYXZlTXMgPCByZXN1bHQubGF0ZW5jeU1zLCAndGhlIGVuY2xhdmUgdGltZSBpcyBwYXJ0IG9mIHRoZSBsYXRlbmN5Jyk7XG4gICAgYXNzZXJ0Lm9rKHJlc3VsdC5zcHJlYWQubGF0ZW5jeU1zIS5taW4gPD0gcmVzdWx0LmxhdGVuY3lNcyAmJiByZXN1bHQubGF0ZW5jeU1zIDw9IHJlc3VsdC5zcHJlYWQubGF0ZW5jeU1zIS5tYXgpO1xuICAgIGFzc2VydC5tYXRjaChzdGRlcnIsIC9ydW4gMlxcLzIvLCAncHJvZ3Jlc3MgZ29lcyB0byBzdGRlcnInKTtcbiAgfSk7XG5cbiAgaXQoJ3JlZnVzZXMgb3V0LW9mLXJhbmdlIHBhcmFtZXRlcnMgYmVmb3JlIHN0YXJ0aW5nIGFueXRoaW5nJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IHsgY29kZSwgc3RkZXJyIH0gPSBhd2FpdCBydW5DbGkoWydiZW5jaCcsICdsaWZlJywgJy0tZ3JpZCcsICcwJ10sIDMwXzAwMCk7XG4gICAgYXNzZXJ0Lm5vdEVxdWFsKGNvZGUsIDApO1xuICAgIGFzc2VydC5tYXRjaChzdGRlcnIsIC8tLWdyaWQuKm11c3QgYmUgYmV0d2VlbiAzIGFuZCAxMDI0Lyk7XG4gIH0pO1xufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiQUFBQSxPQUFPLFlBQVk7QUFDbkIsU0FBUyxhQUFhO0FBQ3RCLFNBQVMsVUFBVSxVQUFVO0FBQzdCLFNBQVMsa0JBQWtCO0FBSTNCLFNBQVMsT0FBTyxNQUFnQixXQUFxRjtBQUNuSCxRQUFNLENBQUMsU0FBUyxHQUFHLE1BQU0sSUFBSSxXQUFXO0FBQ3hDLFNBQU8sSUFBSSxRQUFRLENBQUMsU0FBUyxXQUFXO0FBQ3RDLFVBQU0sUUFBUSxNQUFNLFNBQVUsQ0FBQyxHQUFHLFFBQVEsR0FBRyxJQUFJLEdBQUcsRUFBRSxPQUFPLENBQUMsVUFBVSxRQUFRLE1BQU0sRUFBRSxDQUFDO0FBQ3pGLFFBQUksU0FBUztBQUNiLFFBQUksU0FBUztBQUNiLFVBQU0sT0FBTyxHQUFHLFFBQVEsQ0FBQyxVQUFtQixVQUFVLE1BQU0sU0FBUyxDQUFFO0FBQ3ZFLFVBQU0sT0FBTyxHQUFHLFFBQVEsQ0FBQyxVQUFtQixVQUFVLE1BQU0sU0FBUyxDQUFFO0FBQ3ZFLFVBQU0sUUFBUSxXQUFXLE1BQU07QUFDN0IsWUFBTSxLQUFLLFNBQVM7QUFDcEIsYUFBTyxJQUFJLE1BQU0sVUFBVSxLQUFLLEtBQUssR0FBRyxDQUFDLHNCQUFzQixTQUFTO0FBQUEsRUFBUSxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQzNGLEdBQUcsU0FBUztBQUNaLFVBQU0sR0FBRyxRQUFRLENBQUMsU0FBUztBQUN6QixtQkFBYSxLQUFLO0FBQ2xCLGNBQVEsRUFBRSxNQUFNLFFBQVEsT0FBTyxDQUFDO0FBQUEsSUFDbEMsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUNIO0FBRUEsU0FBUyw4Q0FBOEMsTUFBTTtBQUMzRCxLQUFHLHNGQUFzRixZQUFZO0FBQ25HLFVBQU0sRUFBRSxNQUFNLFFBQVEsT0FBTyxJQUFJLE1BQU0sT0FBTyxDQUFDLFNBQVMsUUFBUSxVQUFVLE1BQU0sWUFBWSxNQUFNLGVBQWUsTUFBTSxVQUFVLEtBQUssUUFBUSxHQUFHLEdBQU07QUFDdkosV0FBTyxNQUFNLE1BQU0sR0FBRyxNQUFNO0FBQzVCLFVBQU0sU0FBUyxLQUFLLE1BQU0sTUFBTTtBQUNoQyxXQUFPLE1BQU0sT0FBTyxXQUFXLE1BQU07QUFDckMsV0FBTyxNQUFNLE9BQU8sTUFBTSxDQUFDO0FBQzNCLFdBQU8sTUFBTSxPQUFPLFFBQVEsR0FBRyw2Q0FBNkM7QUFDNUUsV0FBTyxNQUFNLE9BQU8sU0FBUyxNQUFNLHNEQUFzRDtBQUN6RixXQUFPLE1BQU0sT0FBTyxVQUFVLElBQUk7QUFDbEMsZUFBVyxTQUFTLENBQUMsYUFBYSxVQUFVLGFBQWEsVUFBVSxhQUFhLGVBQWUsR0FBWTtBQUN6RyxhQUFPLEdBQUcsT0FBTyxLQUFLLElBQUksR0FBRyxHQUFHLEtBQUssTUFBTSxPQUFPLEtBQUssQ0FBQyxFQUFFO0FBQUEsSUFDNUQ7QUFDQSxXQUFPLEdBQUcsT0FBTyxZQUFZLENBQUM7QUFDOUIsV0FBTyxNQUFNLE9BQU8sWUFBWSxPQUFPLFlBQVksT0FBTyxhQUFhO0FBQ3ZFLFdBQU8sR0FBRyxPQUFPLFlBQVksT0FBTyxXQUFXLHlDQUF5QztBQUN4RixXQUFPLEdBQUcsT0FBTyxPQUFPLFVBQVcsT0FBTyxPQUFPLGFBQWEsT0FBTyxhQUFhLE9BQU8sT0FBTyxVQUFXLEdBQUc7QUFDOUcsV0FBTyxNQUFNLFFBQVEsWUFBWSx5QkFBeUI7QUFBQSxFQUM1RCxDQUFDO0FBRUQsS0FBRyw0REFBNEQsWUFBWTtBQUN6RSxVQUFNLEVBQUUsTUFBTSxPQUFPLElBQUksTUFBTSxPQUFPLENBQUMsU0FBUyxRQUFRLFVBQVUsR0FBRyxHQUFHLEdBQU07QUFDOUUsV0FBTyxTQUFTLE1BQU0sQ0FBQztBQUN2QixXQUFPLE1BQU0sUUFBUSxvQ0FBb0M7QUFBQSxFQUMzRCxDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
