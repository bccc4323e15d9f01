import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isAirtntError } from "../util/errors.js";
import { ConnectionLimiter } from "./connection-limits.js";
describe("connection limits per address", () => {
  it("admits up to maxPerAddress live connections from one address, others independently", () => {
    const limiter = new ConnectionLimiter({ maxPerAddress: 2, maxNewPerWindow: 100 });
    const a1 = limiter.admit("10.0.0.1");
    const a2 = limiter.admit("10.0.0.1");
    assert.ok(a1.admitted && a2.admitted);
    assert.deepEqual(limiter.admit("10.0.0.1"), { admitted: false, reason: "too-many-live", retryAfterSeconds: 1 });
    assert.ok(limiter.admit("10.0.0.2").admitted);
    a1.release();
    a1.release();
    assert.ok(limiter.admit("10.0.0.1").admitted);
    assert.deepEqual(limiter.admit("10.0.0.1"), { admitted: false, reason: "too-many-live", retryAfterSeconds: 1 });
  });
  it("limits new connections per window, says when the window ends, and forgets idle addresses after it", () => {
    let now = 0;
    const limiter = new ConnectionLimiter({ maxPerAddress: 10, maxNewPerWindow: 3, windowMs: 1e4 }, () => now);
    for (let i = 0; i < 3; i++) {
      const admitted = limiter.admit("h");
      assert.ok(admitted.admitted);
      admitted.release();
    }
    now = 2500;
    assert.deepEqual(limiter.admit("h"), { admitted: false, reason: "too-many-new", retryAfterSeconds: 8 });
    now = 1e4;
    assert.ok(limiter.admit("h").admitted);
    now = 5e4;
    assert.ok(limiter.admit("x").admitted);
    limiter.prune();
    assert.equal(limiter.trackedAddresses, 2);
  });
  it("lets one address hold only a few connections that have not opened a session", () => {
    const limiter = new ConnectionLimiter({ maxPerAddress: 8, maxPreOpenPerAddress: 2 });
    const a = limiter.admit("h");
    const b = limiter.admit("h");
    assert.ok(a.admitted && b.admitted);
    assert.equal(limiter.admit("h").admitted, false);
    a.opened();
    assert.ok(limiter.admit("h").admitted, "an opened session no longer counts as idle");
  });
  it("a few addresses holding idle sockets cannot fill the global cap: the oldest unopened socket is evicted", () => {
    const limiter = new ConnectionLimiter({ maxTotal: 64, maxPerAddress: 8, maxPreOpenPerAddress: 8 });
    const evicted = [];
    for (let host = 0; host < 8; host++) {
      for (let i = 0; i < 8; i++) assert.ok(limiter.admit(`10.0.0.${host}`, () => evicted.push(`10.0.0.${host}#${i}`)).admitted);
    }
    assert.equal(limiter.liveConnections, 64);
    const honest = limiter.admit("192.0.2.1", () => evicted.push("honest"));
    assert.ok(honest.admitted, "an honest client still gets in");
    assert.deepEqual(evicted, ["10.0.0.0#0"]);
    assert.equal(limiter.liveConnections, 64);
    honest.opened();
    const full = new ConnectionLimiter({ maxTotal: 2 });
    const s1 = full.admit("a");
    const s2 = full.admit("b");
    assert.ok(s1.admitted && s2.admitted);
    s1.opened();
    s2.opened();
    assert.deepEqual(full.admit("c"), { admitted: false, reason: "full", retryAfterSeconds: 1 });
    s2.release();
    assert.ok(full.admit("c").admitted);
  });
  it("refuses nonsensical limits", () => {
    assert.throws(() => new ConnectionLimiter({ maxPerAddress: 0 }), (e) => isAirtntError(e, "INVALID_EXECUTOR_OPTIONS"));
    assert.throws(() => new ConnectionLimiter({ maxTotal: 1.5 }), (e) => isAirtntError(e, "INVALID_EXECUTOR_OPTIONS"));
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL25vZGUvY29ubmVjdGlvbi1saW1pdHMudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgZGVzY3JpYmUsIGl0IH0gZnJvbSAnbm9kZTp0ZXN0JztcbmltcG9ydCB7IGlzQWlydG50RXJyb3IgfSBmcm9tICcuLi91dGlsL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBDb25uZWN0aW9uTGltaXRlciB9IGZyb20gJy4vY29ubmVjdGlvbi1saW1pdHMuanMnO1xuXG5kZXNjcmliZSgnY29ubmVjdGlvbiBsaW1pdHMgcGVyIGFkZHJlc3MnLCAoKSA9PiB7XG4gIGl0KCdhZG1pdHMgdXAgdG8gbWF4UGVyQWRkcmVzcyBsaXZlIGNvbm5lY3Rpb25zIGZyb20gb25lIGFkZHJlc3MsIG90aGVycyBpbmRlcGVuZGVudGx5JywgKCkgPT4ge1xuICAgIGNvbnN0IGxpbWl0ZXIgPSBuZXcgQ29ubmVjdGlvbkxpbWl0ZXIoeyBtYXhQZXJBZGRyZXNzOiAyLCBtYXhOZXdQZXJXaW5kb3c6IDEwMCB9KTtcbiAgICBjb25zdCBhMSA9IGxpbWl0ZXIuYWRtaXQoJzEwLjAuMC4xJyk7XG4gICAgY29uc3QgYTIgPSBsaW1pdGVyLmFkbWl0KCcxMC4wLjAuMScpO1xuICAgIGFzc2VydC5vayhhMS5hZG1pdHRlZCAmJiBhMi5hZG1pdHRlZCk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChsaW1pdGVyLmFkbWl0KCcxMC4wLjAuMScpLCB7IGFkbWl0dGVkOiBmYWxzZSwgcmVhc29uOiAndG9vLW1hbnktbGl2ZScsIHJldHJ5QWZ0ZXJTZWNvbmRzOiAxIH0pO1xuICAgIGFzc2VydC5vayhsaW1pdGVyLmFkbWl0KCcxMC4wLjAuMicpLmFkbWl0dGVkKTtcbiAgICBhMS5yZWxlYXNlKCk7XG4gICAgYTEucmVsZWFzZSgpOyAvLyB0d2ljZSBjb3VudHMgb25jZVxuICAgIGFzc2VydC5vayhsaW1pdGVyLmFkbWl0KCcxMC4wLjAuMScpLmFkbWl0dGVkKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGxpbWl0ZXIuYWRtaXQoJzEwLjAuMC4xJyksIHsgYWRtaXR0ZWQ6IGZhbHNlLCByZWFzb246ICd0b28tbWFueS1saXZlJywgcmV0cnlBZnRlclNlY29uZHM6IDEgfSk7XG4gIH0pO1xuXG4gIGl0KCdsaW1pdHMgbmV3IGNvbm5lY3Rpb25zIHBlciB3aW5kb3csIHNheXMgd2hlbiB0aGUgd2luZG93IGVuZHMsIGFuZCBmb3JnZXRzIGlkbGUgYWRkcmVzc2VzIGFmdGVyIGl0JywgKCkgPT4ge1xuICAgIGxldCBub3cgPSAwO1xuICAgIGNvbnN0IGxpbWl0ZXIgPSBuZXcgQ29ubmVjdGlvbkxpbWl0ZXIoeyBtYXhQZXJBZGRyZXNzOiAxMCwgbWF4TmV3UGVyV2luZG93OiAzLCB3aW5kb3dNczogMTBfMDAwIH0sICgpID0+IG5vdyk7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCAzOyBpKyspIHtcbiAgICAgIGNvbnN0IGFkbWl0dGVkID0gbGltaXRlci5hZG1pdCgnaCcpO1xuICAgICAgYXNzZXJ0Lm9rKGFkbWl0dGVkLmFkbWl0dGVkKTtcbiAgICAgIGFkbWl0dGVkLnJlbGVhc2UoKTtcbiAgICB9XG4gICAgbm93ID0gMl81MDA7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChsaW1pdGVyLmFkbWl0KCdoJyksIHsgYWRtaXR0ZWQ6IGZhbHNlLCByZWFzb246ICd0b28tbWFueS1uZXcnLCByZXRyeUFmdGVyU2Vjb25kczogOCB9KTtcbiAgICBub3cgPSAxMF8wMDA7XG4gICAgYXNzZXJ0Lm9rKGxpbWl0ZXIuYWRtaXQoJ2gnKS5hZG1pdHRlZCk7XG4gICAgbm93ID0gNTBfMDAwO1xuICAgIGFzc2VydC5vayhsaW1pdGVyLmFkbWl0KCd4JykuYWRtaXR0ZWQpO1xuICAgIGxpbWl0ZXIucHJ1bmUoKTtcbiAgICBhc3NlcnQuZXF1YWwobGltaXRlci50cmFja2VkQWRkcmVzc2VzLCAyKTsgLy8gJ2gnIHN0aWxsIGhhcyBhIGxpdmUgY29ubmVjdGlvbiwgJ3gnIHRvb1xuICB9KTtcblxuICBpdCgnbGV0cyBvbmUgYWRkcmVzcyBob2xkIG9ubHkgYSBmZXcgY29ubmVjdGlvbnMgdGhhdCBoYXZlIG5vdCBvcGVuZWQgYSBzZXNzaW9uJywgKCkgPT4ge1xuICAgIGNvbnN0IGxpbWl0ZXIgPSBuZXcgQ29ubmVjdGlvbkxpbWl0ZXIoeyBtYXhQZXJBZGRyZXNzOiA4LCBtYXhQcmVPcGVuUGVyQWRkcmVzczogMiB9KTtcbiAgICBjb25zdCBhID0gbGltaXRlci5hZG1pdCgnaCcpO1xuICAgIGNvbnN0IGIgPSBsaW1pdGVyLmFkbWl0KCdoJyk7XG4gICAgYXNzZXJ0Lm9rKGEuYWRtaXR0ZWQgJiYgYi5hZG1pdHRlZCk7XG4gICAgYXNzZXJ0LmVxdWFsKGxpbWl0ZXIuYWRtaXQoJ2gnKS5hZG1pdHRlZCwgZmFsc2UpO1xuICAgIGEub3BlbmVkKCk7XG4gICAgYXNzZXJ0Lm9rKGxpbWl0ZXIuYWRtaXQoJ2gnKS5hZG1pdHRlZCwgJ2FuIG9wZW5lZCBzZXNzaW9uIG5vIGxvbmdlciBjb3VudHMgYXMgaWRsZScpO1xuICB9KTtcblxuICBpdCgnYSBmZXcgYWRkcmVzc2VzIGhvbGRpbmcgaWRsZSBzb2NrZXRzIGNhbm5vdCBmaWxsIHRoZSBnbG9iYWwgY2FwOiB0aGUgb2xkZXN0IHVub3BlbmVkIHNvY2tldCBpcyBldmljdGVkJywgKCkgPT4ge1xuICAgIGNvbnN0IGxpbWl0ZXIgPSBuZXcgQ29ubmVjdGlvbkxpbWl0ZXIoeyBtYXhUb3RhbDogNjQsIG1heFBlckFkZHJlc3M6IDgsIG1heFByZU9wZW5QZXJBZGRyZXNzOiA4IH0pO1xuICAgIGNvbnN0IGV2aWN0ZWQ6IHN0cmluZ1tdID0gW107XG4gICAgLy8gVGhlIGF0dGFjayBvZiBpc3N1ZSA5OiA4IGFkZHJlc3NlcyB4IDggaWRsZSBzb2NrZXRzIGZpbGwgNjQgc2xvdHMuXG4gICAgZm9yIChsZXQgaG9zdCA9IDA7IGhvc3QgPCA4OyBob3N0KyspIHtcbiAgICAgIGZvciAobGV0IGkgPSAwOyBpIDwgODsgaSsrKSBhc3NlcnQub2sobGltaXRlci5hZG1pdChgMTAuMC4wLiR7aG9zdH1gLCAoKSA9PiBldmljdGVkLnB1c2goYDEwLjAuMC4ke2hvc3R9IyR7aX1gKSkuYWRtaXR0ZWQpO1xuICAgIH1cbiAgICBhc3NlcnQuZXF1YWwobGltaXRlci5saXZlQ29ubmVjdGlvbnMsIDY0KTtcbiAgICBjb25zdCBob25lc3QgPSBsaW1pdGVyLmFkbWl0KCcxOTIuMC4yLjEnLCAoKSA9PiBldmljdGVkLnB1c2goJ2hvbmVzdCcpKTtcbiAgICBhc3NlcnQub2soaG9uZXN0LmFkbWl0dGVkLCAnYW4gaG9uZXN0IGNsaWVudCBzdGlsbCBnZXRzIGluJyk7XG4gICAgYXNzZXJ0LmRlZXBFcXVhbChldmljdGVkLCBbJzEwLjAuMC4wIzAnXSk7XG4gICAgYXNzZXJ0LmVxdWFsKGxpbWl0ZXIubGl2ZUNvbm5lY3Rpb25zLCA2NCk7XG4gICAgaG9uZXN0Lm9wZW5lZCgpO1xuICAgIC8vIE9wZW5lZCBzZXNzaW9ucyBhcmUgbmV2ZXIgZXZpY3RlZDogb25jZSBldmVyeSBzbG90IGhvbGRzIG9uZSwgdGhlIG5vZGUgaXMgZnVsbC5cbiAgICBjb25zdCBmdWxsID0gbmV3IENvbm5lY3Rpb25MaW1pdGVyKHsgbWF4VG90YWw6IDIgfSk7XG4gICAgY29uc3QgczEgPSBmdWxsLmFkbWl0KCdhJyk7XG4gICAgY29uc3QgczIgPSBmdWxsLmFkbWl0KCdiJyk7XG4gICAgYXNzZXJ0Lm9rKHMxLmFkbWl0dGVkICYmIHMyLmFkbWl0dGVkKTtcbiAgICBzMS5vcGVuZWQoKTtcbiAgICBzMi5vcGVuZWQoKTtcbiAgICBhc3NlcnQuZGVlcEVxdWFsKGZ1bGwuYWRtaXQoJ2MnKSwgeyBhZG1pdHRlZDogZmFsc2UsIHJlYXNvbjogJ2Z1bGwnLCByZXRyeUFmdGVyU2Vjb25kczogMSB9KTtcbiAgICBzMi5yZWxlYXNlKCk7XG4gICAgYXNzZXJ0Lm9rKGZ1bGwuYWRtaXQoJ2MnKS5hZG1pdHRlZCk7XG4gIH0pO1xuXG4gIGl0KCdyZWZ1c2VzIG5vbnNlbnNpY2FsIGxpbWl0cycsICgpID0+IHtcbiAgICBhc3NlcnQudGhyb3dzKCgpID0+IG5ldyBDb25uZWN0aW9uTGltaXRlcih7IG1heFBlckFkZHJlc3M6IDAgfSksIChlKSA9PiBpc0FpcnRudEVycm9yKGUsICdJTlZBTElEX0VYRUNVVE9SX09QVElPTlMnKSk7XG4gICAgYXNzZXJ0LnRocm93cygoKSA9PiBuZXcgQ29ubmVjdGlvbkxpbWl0ZXIoeyBtYXhUb3RhbDogMS41IH0pLCAoZSkgPT4gaXNBaXJ0bnRFcnJvcihlLCAnSU5WQUxJRF9FWEVDVVRPUl9PUFRJT05TJykpO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIkFBQUEsT0FBTyxZQUFZO0FBQ25CLFNBQVMsVUFBVSxVQUFVO0FBQzdCLFNBQVMscUJBQXFCO0FBQzlCLFNBQVMseUJBQXlCO0FBRWxDLFNBQVMsaUNBQWlDLE1BQU07QUFDOUMsS0FBRyxzRkFBc0YsTUFBTTtBQUM3RixVQUFNLFVBQVUsSUFBSSxrQkFBa0IsRUFBRSxlQUFlLEdBQUcsaUJBQWlCLElBQUksQ0FBQztBQUNoRixVQUFNLEtBQUssUUFBUSxNQUFNLFVBQVU7QUFDbkMsVUFBTSxLQUFLLFFBQVEsTUFBTSxVQUFVO0FBQ25DLFdBQU8sR0FBRyxHQUFHLFlBQVksR0FBRyxRQUFRO0FBQ3BDLFdBQU8sVUFBVSxRQUFRLE1BQU0sVUFBVSxHQUFHLEVBQUUsVUFBVSxPQUFPLFFBQVEsaUJBQWlCLG1CQUFtQixFQUFFLENBQUM7QUFDOUcsV0FBTyxHQUFHLFFBQVEsTUFBTSxVQUFVLEVBQUUsUUFBUTtBQUM1QyxPQUFHLFFBQVE7QUFDWCxPQUFHLFFBQVE7QUFDWCxXQUFPLEdBQUcsUUFBUSxNQUFNLFVBQVUsRUFBRSxRQUFRO0FBQzVDLFdBQU8sVUFBVSxRQUFRLE1BQU0sVUFBVSxHQUFHLEVBQUUsVUFBVSxPQUFPLFFBQVEsaUJBQWlCLG1CQUFtQixFQUFFLENBQUM7QUFBQSxFQUNoSCxDQUFDO0FBRUQsS0FBRyxxR0FBcUcsTUFBTTtBQUM1RyxRQUFJLE1BQU07QUFDVixVQUFNLFVBQVUsSUFBSSxrQkFBa0IsRUFBRSxlQUFlLElBQUksaUJBQWlCLEdBQUcsVUFBVSxJQUFPLEdBQUcsTUFBTSxHQUFHO0FBQzVHLGFBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFlBQU0sV0FBVyxRQUFRLE1BQU0sR0FBRztBQUNsQyxhQUFPLEdBQUcsU0FBUyxRQUFRO0FBQzNCLGVBQVMsUUFBUTtBQUFBLElBQ25CO0FBQ0EsVUFBTTtBQUNOLFdBQU8sVUFBVSxRQUFRLE1BQU0sR0FBRyxHQUFHLEVBQUUsVUFBVSxPQUFPLFFBQVEsZ0JBQWdCLG1CQUFtQixFQUFFLENBQUM7QUFDdEcsVUFBTTtBQUNOLFdBQU8sR0FBRyxRQUFRLE1BQU0sR0FBRyxFQUFFLFFBQVE7QUFDckMsVUFBTTtBQUNOLFdBQU8sR0FBRyxRQUFRLE1BQU0sR0FBRyxFQUFFLFFBQVE7QUFDckMsWUFBUSxNQUFNO0FBQ2QsV0FBTyxNQUFNLFFBQVEsa0JBQWtCLENBQUM7QUFBQSxFQUMxQyxDQUFDO0FBRUQsS0FBRywrRUFBK0UsTUFBTTtBQUN0RixVQUFNLFVBQVUsSUFBSSxrQkFBa0IsRUFBRSxlQUFlLEdBQUcsc0JBQXNCLEVBQUUsQ0FBQztBQUNuRixVQUFNLElBQUksUUFBUSxNQUFNLEdBQUc7QUFDM0IsVUFBTSxJQUFJLFFBQVEsTUFBTSxHQUFHO0FBQzNCLFdBQU8sR0FBRyxFQUFFLFlBQVksRUFBRSxRQUFRO0FBQ2xDLFdBQU8sTUFBTSxRQUFRLE1BQU0sR0FBRyxFQUFFLFVBQVUsS0FBSztBQUMvQyxNQUFFLE9BQU87QUFDVCxXQUFPLEdBQUcsUUFBUSxNQUFNLEdBQUcsRUFBRSxVQUFVLDRDQUE0QztBQUFBLEVBQ3JGLENBQUM7QUFFRCxLQUFHLDBHQUEwRyxNQUFNO0FBQ2pILFVBQU0sVUFBVSxJQUFJLGtCQUFrQixFQUFFLFVBQVUsSUFBSSxlQUFlLEdBQUcsc0JBQXNCLEVBQUUsQ0FBQztBQUNqRyxVQUFNLFVBQW9CLENBQUM7QUFFM0IsYUFBUyxPQUFPLEdBQUcsT0FBTyxHQUFHLFFBQVE7QUFDbkMsZUFBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssUUFBTyxHQUFHLFFBQVEsTUFBTSxVQUFVLElBQUksSUFBSSxNQUFNLFFBQVEsS0FBSyxVQUFVLElBQUksSUFBSSxDQUFDLEVBQUUsQ0FBQyxFQUFFLFFBQVE7QUFBQSxJQUMzSDtBQUNBLFdBQU8sTUFBTSxRQUFRLGlCQUFpQixFQUFFO0FBQ3hDLFVBQU0sU0FBUyxRQUFRLE1BQU0sYUFBYSxNQUFNLFFBQVEsS0FBSyxRQUFRLENBQUM7QUFDdEUsV0FBTyxHQUFHLE9BQU8sVUFBVSxnQ0FBZ0M7QUFDM0QsV0FBTyxVQUFVLFNBQVMsQ0FBQyxZQUFZLENBQUM7QUFDeEMsV0FBTyxNQUFNLFFBQVEsaUJBQWlCLEVBQUU7QUFDeEMsV0FBTyxPQUFPO0FBRWQsVUFBTSxPQUFPLElBQUksa0JBQWtCLEVBQUUsVUFBVSxFQUFFLENBQUM7QUFDbEQsVUFBTSxLQUFLLEtBQUssTUFBTSxHQUFHO0FBQ3pCLFVBQU0sS0FBSyxLQUFLLE1BQU0sR0FBRztBQUN6QixXQUFPLEdBQUcsR0FBRyxZQUFZLEdBQUcsUUFBUTtBQUNwQyxPQUFHLE9BQU87QUFDVixPQUFHLE9BQU87QUFDVixXQUFPLFVBQVUsS0FBSyxNQUFNLEdBQUcsR0FBRyxFQUFFLFVBQVUsT0FBTyxRQUFRLFFBQVEsbUJBQW1CLEVBQUUsQ0FBQztBQUMzRixPQUFHLFFBQVE7QUFDWCxXQUFPLEdBQUcsS0FBSyxNQUFNLEdBQUcsRUFBRSxRQUFRO0FBQUEsRUFDcEMsQ0FBQztBQUVELEtBQUcsOEJBQThCLE1BQU07QUFDckMsV0FBTyxPQUFPLE1BQU0sSUFBSSxrQkFBa0IsRUFBRSxlQUFlLEVBQUUsQ0FBQyxHQUFHLENBQUMsTUFBTSxjQUFjLEdBQUcsMEJBQTBCLENBQUM7QUFDcEgsV0FBTyxPQUFPLE1BQU0sSUFBSSxrQkFBa0IsRUFBRSxVQUFVLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxjQUFjLEdBQUcsMEJBQTBCLENBQUM7QUFBQSxFQUNuSCxDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
