import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { openDatabase } from "./sqlite.js";
test("a store and its WAL files are readable by their owner only (new user review: they were 0644)", () => {
  const root = mkdtempSync(join(tmpdir(), "airtnt-modes-"));
  try {
    const dir = join(root, "store");
    const db = openDatabase(join(dir, "x.sqlite"), ["CREATE TABLE t (a)"]);
    db.exec("INSERT INTO t VALUES (1)");
    const files = readdirSync(dir);
    assert.ok(files.includes("x.sqlite-wal"), files.join(", "));
    for (const file of files) assert.equal((statSync(join(dir, file)).mode & 511).toString(8), "600", file);
    assert.equal((statSync(dir).mode & 511).toString(8), "700");
    db.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL25vZGUvc3FsaXRlLW1vZGVzLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IG1rZHRlbXBTeW5jLCByZWFkZGlyU3luYywgcm1TeW5jLCBzdGF0U3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHsgdG1wZGlyIH0gZnJvbSAnbm9kZTpvcyc7XG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IHRlc3QgfSBmcm9tICdub2RlOnRlc3QnO1xuaW1wb3J0IHsgb3BlbkRhdGFiYXNlIH0gZnJvbSAnLi9zcWxpdGUuanMnO1xuXG4vLyBUaGUgc3RvcmVzIGhvbGQgc2lnbmVkIHBheW1lbnRzLCByb3VuZCBrZXlzIGFuZCBwYWlkIHN0YXRlczogbm9ib2R5IGJ1dCB0aGVpciBvd25lciByZWFkcyB0aGVtLlxudGVzdCgnYSBzdG9yZSBhbmQgaXRzIFdBTCBmaWxlcyBhcmUgcmVhZGFibGUgYnkgdGhlaXIgb3duZXIgb25seSAobmV3IHVzZXIgcmV2aWV3OiB0aGV5IHdlcmUgMDY0NCknLCAoKSA9PiB7XG4gIGNvbnN0IHJvb3QgPSBta2R0ZW1wU3luYyhqb2luKHRtcGRpcigpLCAnYWlydG50LW1vZGVzLScpKTtcbiAgdHJ5IHtcbiAgICBjb25zdCBkaXIgPSBqb2luKHJvb3QsICdzdG9yZScpO1xuICAgIGNvbnN0IGRiID0gb3BlbkRhdGFiYXNlKGpvaW4oZGlyLCAneC5zcWxpdGUnKSwgWydDUkVBVEUgVEFCTEUgdCAoYSknXSk7XG4gICAgZGIuZXhlYygnSU5TRVJUIElOVE8gdCBWQUxVRVMgKDEpJyk7XG4gICAgY29uc3QgZmlsZXMgPSByZWFkZGlyU3luYyhkaXIpO1xuICAgIGFzc2VydC5vayhmaWxlcy5pbmNsdWRlcygneC5zcWxpdGUtd2FsJyksIGZpbGVzLmpvaW4oJywgJykpO1xuICAgIGZvciAoY29uc3QgZmlsZSBvZiBmaWxlcykgYXNzZXJ0LmVxdWFsKChzdGF0U3luYyhqb2luKGRpciwgZmlsZSkpLm1vZGUgJiAwbzc3NykudG9TdHJpbmcoOCksICc2MDAnLCBmaWxlKTtcbiAgICBhc3NlcnQuZXF1YWwoKHN0YXRTeW5jKGRpcikubW9kZSAmIDBvNzc3KS50b1N0cmluZyg4KSwgJzcwMCcpO1xuICAgIGRiLmNsb3NlKCk7XG4gIH0gZmluYWxseSB7XG4gICAgcm1TeW5jKHJvb3QsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgfVxufSk7XG4iXSwKICAibWFwcGluZ3MiOiAiQUFBQSxPQUFPLFlBQVk7QUFDbkIsU0FBUyxhQUFhLGFBQWEsUUFBUSxnQkFBZ0I7QUFDM0QsU0FBUyxjQUFjO0FBQ3ZCLFNBQVMsWUFBWTtBQUNyQixTQUFTLFlBQVk7QUFDckIsU0FBUyxvQkFBb0I7QUFHN0IsS0FBSyxnR0FBZ0csTUFBTTtBQUN6RyxRQUFNLE9BQU8sWUFBWSxLQUFLLE9BQU8sR0FBRyxlQUFlLENBQUM7QUFDeEQsTUFBSTtBQUNGLFVBQU0sTUFBTSxLQUFLLE1BQU0sT0FBTztBQUM5QixVQUFNLEtBQUssYUFBYSxLQUFLLEtBQUssVUFBVSxHQUFHLENBQUMsb0JBQW9CLENBQUM7QUFDckUsT0FBRyxLQUFLLDBCQUEwQjtBQUNsQyxVQUFNLFFBQVEsWUFBWSxHQUFHO0FBQzdCLFdBQU8sR0FBRyxNQUFNLFNBQVMsY0FBYyxHQUFHLE1BQU0sS0FBSyxJQUFJLENBQUM7QUFDMUQsZUFBVyxRQUFRLE1BQU8sUUFBTyxPQUFPLFNBQVMsS0FBSyxLQUFLLElBQUksQ0FBQyxFQUFFLE9BQU8sS0FBTyxTQUFTLENBQUMsR0FBRyxPQUFPLElBQUk7QUFDeEcsV0FBTyxPQUFPLFNBQVMsR0FBRyxFQUFFLE9BQU8sS0FBTyxTQUFTLENBQUMsR0FBRyxLQUFLO0FBQzVELE9BQUcsTUFBTTtBQUFBLEVBQ1gsVUFBRTtBQUNBLFdBQU8sTUFBTSxFQUFFLFdBQVcsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQy9DO0FBQ0YsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
