import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { describe, it } from "node:test";
import { eventually } from "../../node/testing.js";
import { cliCommand } from "../../util/paths.js";
function startCli(args) {
  const [command, ...prefix] = cliCommand();
  return spawn(command, [...prefix, ...args], { stdio: ["ignore", "pipe", "pipe"] });
}
async function rpc(url, method, params = []) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params })
  });
  return (await response.json()).result;
}
describe("airtnt devnet and bench gas (real processes)", { concurrency: 2 }, () => {
  it("devnet prints its chain, serves it with the contracts deployed, and stops on SIGTERM", async () => {
    const cli = startCli(["devnet", "--json", "--accounts", "3"]);
    try {
      const [line] = await once(createInterface({ input: cli.stdout }), "line");
      const devnet = JSON.parse(line);
      assert.equal(devnet.chainId, 31337);
      assert.equal(devnet.accounts.length, 3);
      assert.equal(await rpc(devnet.rpcUrl, "eth_chainId"), "0x7a69");
      assert.ok(String(await rpc(devnet.rpcUrl, "eth_getCode", [devnet.channels, "latest"])).length > 1e3);
      const exited = once(cli, "exit");
      cli.kill("SIGTERM");
      const [code] = await exited;
      assert.equal(code, 0);
      await assert.rejects(rpc(devnet.rpcUrl, "eth_chainId"), "anvil stopped with the devnet");
    } finally {
      if (cli.exitCode === null) cli.kill("SIGKILL");
    }
  });
  it("devnet --executors 1 serves an executor on its last account; a SIGKILL of the devnet takes the executor and anvil along", async () => {
    const cli = startCli(["devnet", "--json", "--accounts", "3", "--executors", "1"]);
    try {
      const [line] = await once(createInterface({ input: cli.stdout }), "line");
      const devnet = JSON.parse(line);
      assert.equal(devnet.executors.length, 1);
      assert.equal(devnet.executors[0].address, devnet.accounts[2].address);
      assert.deepEqual(devnet.requesterAccounts, [0, 1]);
      const info = await (await fetch(new URL("/v1/info", devnet.executors[0].url))).json();
      assert.equal(info.executor, devnet.accounts[2].address);
      assert.equal(info.modules.accept, "any");
      cli.kill("SIGKILL");
      const alive = (pid) => {
        try {
          process.kill(pid, 0);
          return true;
        } catch {
          return false;
        }
      };
      await eventually(async () => {
        const chainUp = await rpc(devnet.rpcUrl, "eth_chainId").then(() => true, () => false);
        return alive(devnet.executors[0].pid) || chainUp ? void 0 : true;
      }, 6e4, "the executor and anvil to die with the devnet");
      assert.equal(alive(devnet.executors[0].pid), false, "the executor died with the devnet");
    } finally {
      if (cli.exitCode === null) cli.kill("SIGKILL");
    }
  });
  it("bench gas --json prints every operation's gas, within the targets on reused lanes", async () => {
    const cli = startCli(["bench", "gas", "--json"]);
    let stdout = "";
    cli.stdout.on("data", (chunk) => stdout += chunk.toString());
    const [code] = await once(cli, "exit");
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    for (const key of ["open", "topUp", "collect", "close", "refund", "openErc20", "closeErc20"]) {
      assert.ok(Number.isInteger(report[key]) && report[key] > 21e3, `${key} = ${report[key]}`);
    }
    assert.ok(report.reopen + report.close <= 9e4);
    assert.ok(report.reopen + report.refund <= 7e4);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9kZXZuZXQudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiaW1wb3J0IGFzc2VydCBmcm9tICdub2RlOmFzc2VydC9zdHJpY3QnO1xuaW1wb3J0IHsgc3Bhd24sIHR5cGUgQ2hpbGRQcm9jZXNzIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCB7IG9uY2UgfSBmcm9tICdub2RlOmV2ZW50cyc7XG5pbXBvcnQgeyBjcmVhdGVJbnRlcmZhY2UgfSBmcm9tICdub2RlOnJlYWRsaW5lJztcbmltcG9ydCB7IGRlc2NyaWJlLCBpdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgeyBldmVudHVhbGx5IH0gZnJvbSAnLi4vLi4vbm9kZS90ZXN0aW5nLmpzJztcbmltcG9ydCB7IGNsaUNvbW1hbmQgfSBmcm9tICcuLi8uLi91dGlsL3BhdGhzLmpzJztcblxuZnVuY3Rpb24gc3RhcnRDbGkoYXJnczogc3RyaW5nW10pOiBDaGlsZFByb2Nlc3Mge1xuICBjb25zdCBbY29tbWFuZCwgLi4ucHJlZml4XSA9IGNsaUNvbW1hbmQoKTtcbiAgcmV0dXJuIHNwYXduKGNvbW1hbmQhLCBbLi4ucHJlZml4LCAuLi5hcmdzXSwgeyBzdGRpbzogWydpZ25vcmUnLCAncGlwZScsICdwaXBlJ10gfSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHJwYyh1cmw6IHN0cmluZywgbWV0aG9kOiBzdHJpbmcsIHBhcmFtczogdW5rbm93bltdID0gW10pOiBQcm9taXNlPHVua25vd24+IHtcbiAgY29uc3QgcmVzcG9uc2UgPSBhd2FpdCBmZXRjaCh1cmwsIHtcbiAgICBtZXRob2Q6ICdQT1NUJyxcbiAgICBoZWFkZXJzOiB7ICdjb250ZW50LXR5cGUnOiAnYXBwbGljYXRpb24vanNvbicgfSxcbiAgICBib2R5OiBKU09OLnN0cmluZ2lmeSh7IGpzb25ycGM6ICcyLjAnLCBpZDogMSwgbWV0aG9kLCBwYXJhbXMgfSksXG4gIH0pO1xuICByZXR1cm4gKChhd2FpdCByZXNwb25zZS5qc29uKCkpIGFzIHsgcmVzdWx0OiB1bmtub3duIH0pLnJlc3VsdDtcbn1cblxuZGVzY3JpYmUoJ2FpcnRudCBkZXZuZXQgYW5kIGJlbmNoIGdhcyAocmVhbCBwcm9jZXNzZXMpJywgeyBjb25jdXJyZW5jeTogMiB9LCAoKSA9PiB7XG4gIGl0KCdkZXZuZXQgcHJpbnRzIGl0cyBjaGFpbiwgc2VydmVzIGl0IHdpdGggdGhlIGNvbnRyYWN0cyBkZXBsb3llZCwgYW5kIHN0b3BzIG9uIFNJR1RFUk0nLCBhc3luYyAoKSA9PiB7XG4gICAgY29uc3QgY2xpID0gc3RhcnRDbGkoWydkZXZuZXQnLCAnLS1qc29uJywgJy0tYWNjb3VudHMnLCAnMyddKTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgW2xpbmVdID0gKGF3YWl0IG9uY2UoY3JlYXRlSW50ZXJmYWNlKHsgaW5wdXQ6IGNsaS5zdGRvdXQhIH0pLCAnbGluZScpKSBhcyBbc3RyaW5nXTtcbiAgICAgIGNvbnN0IGRldm5ldCA9IEpTT04ucGFyc2UobGluZSkgYXMgeyBycGNVcmw6IHN0cmluZzsgY2hhaW5JZDogbnVtYmVyOyBjaGFubmVsczogc3RyaW5nOyBhY2NvdW50czogeyBhZGRyZXNzOiBzdHJpbmcgfVtdIH07XG4gICAgICBhc3NlcnQuZXF1YWwoZGV2bmV0LmNoYWluSWQsIDMxMzM3KTtcbiAgICAgIGFzc2VydC5lcXVhbChkZXZuZXQuYWNjb3VudHMubGVuZ3RoLCAzKTtcbiAgICAgIGFzc2VydC5lcXVhbChhd2FpdCBycGMoZGV2bmV0LnJwY1VybCwgJ2V0aF9jaGFpbklkJyksICcweDdhNjknKTtcbiAgICAgIGFzc2VydC5vayhTdHJpbmcoYXdhaXQgcnBjKGRldm5ldC5ycGNVcmwsICdldGhfZ2V0Q29kZScsIFtkZXZuZXQuY2hhbm5lbHMsICdsYXRlc3QnXSkpLmxlbmd0aCA+IDEwMDApO1xuICAgICAgY29uc3QgZXhpdGVkID0gb25jZShjbGksICdleGl0Jyk7XG4gICAgICBjbGkua2lsbCgnU0lHVEVSTScpO1xuICAgICAgY29uc3QgW2NvZGVdID0gKGF3YWl0IGV4aXRlZCkgYXMgW251bWJlciB8IG51bGxdO1xuICAgICAgYXNzZXJ0LmVxdWFsKGNvZGUsIDApO1xuICAgICAgYXdhaXQgYXNzZXJ0LnJlamVjdHMocnBjKGRldm5ldC5ycGNVcmwsICdldGhfY2hhaW5JZCcpLCAnYW52aWwgc3RvcHBlZCB3aXRoIHRoZSBkZXZuZXQnKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgaWYgKGNsaS5leGl0Q29kZSA9PT0gbnVsbCkgY2xpLmtpbGwoJ1NJR0tJTEwnKTtcbiAgICB9XG4gIH0pO1xuXG4gIGl0KCdkZXZuZXQgLS1leGVjdXRvcnMgMSBzZXJ2ZXMgYW4gZXhlY3V0b3Igb24gaXRzIGxhc3QgYWNjb3VudDsgYSBTSUdLSUxMIG9mIHRoZSBkZXZuZXQgdGFrZXMgdGhlIGV4ZWN1dG9yIGFuZCBhbnZpbCBhbG9uZycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBjbGkgPSBzdGFydENsaShbJ2Rldm5ldCcsICctLWpzb24nLCAnLS1hY2NvdW50cycsICczJywgJy0tZXhlY3V0b3JzJywgJzEnXSk7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IFtsaW5lXSA9IChhd2FpdCBvbmNlKGNyZWF0ZUludGVyZmFjZSh7IGlucHV0OiBjbGkuc3Rkb3V0ISB9KSwgJ2xpbmUnKSkgYXMgW3N0cmluZ107XG4gICAgICBjb25zdCBkZXZuZXQgPSBKU09OLnBhcnNlKGxpbmUpIGFzIHsgcnBjVXJsOiBzdHJpbmc7IGFjY291bnRzOiB7IGFkZHJlc3M6IHN0cmluZyB9W107IGV4ZWN1dG9yczogeyB1cmw6IHN0cmluZzsgYWRkcmVzczogc3RyaW5nOyBwaWQ6IG51bWJlciB9W107IHJlcXVlc3RlckFjY291bnRzOiBudW1iZXJbXSB9O1xuICAgICAgYXNzZXJ0LmVxdWFsKGRldm5ldC5leGVjdXRvcnMubGVuZ3RoLCAxKTtcbiAgICAgIGFzc2VydC5lcXVhbChkZXZuZXQuZXhlY3V0b3JzWzBdIS5hZGRyZXNzLCBkZXZuZXQuYWNjb3VudHNbMl0hLmFkZHJlc3MpO1xuICAgICAgYXNzZXJ0LmRlZXBFcXVhbChkZXZuZXQucmVxdWVzdGVyQWNjb3VudHMsIFswLCAxXSk7XG4gICAgICBjb25zdCBpbmZvID0gKGF3YWl0IChhd2FpdCBmZXRjaChuZXcgVVJMKCcvdjEvaW5mbycsIGRldm5ldC5leGVjdXRvcnNbMF0hLnVybCkpKS5qc29uKCkpIGFzIHsgZXhlY3V0b3I6IHN0cmluZzsgbW9kdWxlczogeyBhY2NlcHQ6IHN0cmluZyB9IH07XG4gICAgICBhc3NlcnQuZXF1YWwoaW5mby5leGVjdXRvciwgZGV2bmV0LmFjY291bnRzWzJdIS5hZGRyZXNzKTtcbiAgICAgIGFzc2VydC5lcXVhbChpbmZvLm1vZHVsZXMuYWNjZXB0LCAnYW55Jyk7XG4gICAgICBjbGkua2lsbCgnU0lHS0lMTCcpO1xuICAgICAgLy8gVGhlIHdhdGNoZG9ncyBwb2xsIG9uY2UgYSBzZWNvbmQ6IHdhaXQgKGJvdW5kZWQpIHVudGlsIGJvdGggYXJlIGdvbmUuXG4gICAgICBjb25zdCBhbGl2ZSA9IChwaWQ6IG51bWJlcikgPT4ge1xuICAgICAgICB0cnkge1xuICAgICAgICAgIHByb2Nlc3Mua2lsbChwaWQsIDApO1xuICAgICAgICAgIHJldHVybiB0cnVlO1xuICAgICAgICB9IGNhdGNoIHtcbiAgICAgICAgICByZXR1cm4gZmFsc2U7XG4gICAgICAgIH1cbiAgICAgIH07XG4gICAgICAvLyBOZWl0aGVyIGlzIG91ciBjaGlsZCwgc28gdGhlcmUgaXMgbm8gZXhpdCBldmVudCB0byB3YWl0IGZvcjogcG9sbCB1bnRpbCBib3RoIGFyZSBnb25lLlxuICAgICAgYXdhaXQgZXZlbnR1YWxseShhc3luYyAoKSA9PiB7XG4gICAgICAgIGNvbnN0IGNoYWluVXAgPSBhd2FpdCBycGMoZGV2bmV0LnJwY1VybCwgJ2V0aF9jaGFpbklkJykudGhlbigoKSA9PiB0cnVlLCAoKSA9PiBmYWxzZSk7XG4gICAgICAgIHJldHVybiBhbGl2ZShkZXZuZXQuZXhlY3V0b3JzWzBdIS5waWQpIHx8IGNoYWluVXAgPyB1bmRlZmluZWQgOiB0cnVlO1xuICAgICAgfSwgNjBfMDAwLCAndGhlIGV4ZWN1dG9yIGFuZCBhbnZpbCB0byBkaWUgd2l0aCB0aGUgZGV2bmV0Jyk7XG4gICAgICBhc3NlcnQuZXF1YWwoYWxpdmUoZGV2bmV0LmV4ZWN1dG9yc1swXSEucGlkKSwgZmFsc2UsICd0aGUgZXhlY3V0b3IgZGllZCB3aXRoIHRoZSBkZXZuZXQnKTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgaWYgKGNsaS5leGl0Q29kZSA9PT0gbnVsbCkgY2xpLmtpbGwoJ1NJR0tJTEwnKTtcbiAgICB9XG4gIH0pO1xuXG4gIGl0KCdiZW5jaCBnYXMgLS1qc29uIHByaW50cyBldmVyeSBvcGVyYXRpb25cXCdzIGdhcywgd2l0aGluIHRoZSB0YXJnZXRzIG9uIHJldXNlZCBsYW5lcycsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBjbGkgPSBzdGFydENsaShbJ2JlbmNoJywgJ2dhcycsICctLWpzb24nXSk7XG4gICAgbGV0IHN0ZG91dCA9ICcnO1xuICAgIGNsaS5zdGRvdXQhLm9uKCdkYXRhJywgKGNodW5rOiBCdWZmZXIpID0+IChzdGRvdXQgKz0gY2h1bmsudG9TdHJpbmcoKSkpO1xuICAgIGNvbnN0IFtjb2RlXSA9IChhd2FpdCBvbmNlKGNsaSwgJ2V4aXQnKSkgYXMgW251bWJlciB8IG51bGxdO1xuICAgIGFzc2VydC5lcXVhbChjb2RlLCAwKTtcbiAgICBjb25zdCByZXBvcnQgPSBKU09OLnBhcnNlKHN0ZG91dCkgYXMgUmVjb3JkPHN0cmluZywgbnVtYmVyPjtcbiAgICBmb3IgKGNvbnN0IGtleSBvZiBbJ29wZW4nLCAndG9wVXAnLCAnY29sbGVjdCcsICdjbG9zZScsICdyZWZ1bmQnLCAnb3BlbkVyYzIwJywgJ2Nsb3NlRXJjMjAnXSkge1xuICAgICAgYXNzZXJ0Lm9rKE51bWJlci5pc0ludGVnZXIocmVwb3J0W2tleV0pICYmIHJlcG9ydFtrZXldISA+IDIxXzAwMCwgYCR7a2V5fSA9ICR7cmVwb3J0W2tleV19YCk7XG4gICAgfVxuICAgIGFzc2VydC5vayhyZXBvcnQucmVvcGVuISArIHJlcG9ydC5jbG9zZSEgPD0gOTBfMDAwKTtcbiAgICBhc3NlcnQub2socmVwb3J0LnJlb3BlbiEgKyByZXBvcnQucmVmdW5kISA8PSA3MF8wMDApO1xuICB9KTtcbn0pO1xuIl0sCiAgIm1hcHBpbmdzIjogIkFBQUEsT0FBTyxZQUFZO0FBQ25CLFNBQVMsYUFBZ0M7QUFDekMsU0FBUyxZQUFZO0FBQ3JCLFNBQVMsdUJBQXVCO0FBQ2hDLFNBQVMsVUFBVSxVQUFVO0FBQzdCLFNBQVMsa0JBQWtCO0FBQzNCLFNBQVMsa0JBQWtCO0FBRTNCLFNBQVMsU0FBUyxNQUE4QjtBQUM5QyxRQUFNLENBQUMsU0FBUyxHQUFHLE1BQU0sSUFBSSxXQUFXO0FBQ3hDLFNBQU8sTUFBTSxTQUFVLENBQUMsR0FBRyxRQUFRLEdBQUcsSUFBSSxHQUFHLEVBQUUsT0FBTyxDQUFDLFVBQVUsUUFBUSxNQUFNLEVBQUUsQ0FBQztBQUNwRjtBQUVBLGVBQWUsSUFBSSxLQUFhLFFBQWdCLFNBQW9CLENBQUMsR0FBcUI7QUFDeEYsUUFBTSxXQUFXLE1BQU0sTUFBTSxLQUFLO0FBQUEsSUFDaEMsUUFBUTtBQUFBLElBQ1IsU0FBUyxFQUFFLGdCQUFnQixtQkFBbUI7QUFBQSxJQUM5QyxNQUFNLEtBQUssVUFBVSxFQUFFLFNBQVMsT0FBTyxJQUFJLEdBQUcsUUFBUSxPQUFPLENBQUM7QUFBQSxFQUNoRSxDQUFDO0FBQ0QsVUFBUyxNQUFNLFNBQVMsS0FBSyxHQUEyQjtBQUMxRDtBQUVBLFNBQVMsZ0RBQWdELEVBQUUsYUFBYSxFQUFFLEdBQUcsTUFBTTtBQUNqRixLQUFHLHdGQUF3RixZQUFZO0FBQ3JHLFVBQU0sTUFBTSxTQUFTLENBQUMsVUFBVSxVQUFVLGNBQWMsR0FBRyxDQUFDO0FBQzVELFFBQUk7QUFDRixZQUFNLENBQUMsSUFBSSxJQUFLLE1BQU0sS0FBSyxnQkFBZ0IsRUFBRSxPQUFPLElBQUksT0FBUSxDQUFDLEdBQUcsTUFBTTtBQUMxRSxZQUFNLFNBQVMsS0FBSyxNQUFNLElBQUk7QUFDOUIsYUFBTyxNQUFNLE9BQU8sU0FBUyxLQUFLO0FBQ2xDLGFBQU8sTUFBTSxPQUFPLFNBQVMsUUFBUSxDQUFDO0FBQ3RDLGFBQU8sTUFBTSxNQUFNLElBQUksT0FBTyxRQUFRLGFBQWEsR0FBRyxRQUFRO0FBQzlELGFBQU8sR0FBRyxPQUFPLE1BQU0sSUFBSSxPQUFPLFFBQVEsZUFBZSxDQUFDLE9BQU8sVUFBVSxRQUFRLENBQUMsQ0FBQyxFQUFFLFNBQVMsR0FBSTtBQUNwRyxZQUFNLFNBQVMsS0FBSyxLQUFLLE1BQU07QUFDL0IsVUFBSSxLQUFLLFNBQVM7QUFDbEIsWUFBTSxDQUFDLElBQUksSUFBSyxNQUFNO0FBQ3RCLGFBQU8sTUFBTSxNQUFNLENBQUM7QUFDcEIsWUFBTSxPQUFPLFFBQVEsSUFBSSxPQUFPLFFBQVEsYUFBYSxHQUFHLCtCQUErQjtBQUFBLElBQ3pGLFVBQUU7QUFDQSxVQUFJLElBQUksYUFBYSxLQUFNLEtBQUksS0FBSyxTQUFTO0FBQUEsSUFDL0M7QUFBQSxFQUNGLENBQUM7QUFFRCxLQUFHLDJIQUEySCxZQUFZO0FBQ3hJLFVBQU0sTUFBTSxTQUFTLENBQUMsVUFBVSxVQUFVLGNBQWMsS0FBSyxlQUFlLEdBQUcsQ0FBQztBQUNoRixRQUFJO0FBQ0YsWUFBTSxDQUFDLElBQUksSUFBSyxNQUFNLEtBQUssZ0JBQWdCLEVBQUUsT0FBTyxJQUFJLE9BQVEsQ0FBQyxHQUFHLE1BQU07QUFDMUUsWUFBTSxTQUFTLEtBQUssTUFBTSxJQUFJO0FBQzlCLGFBQU8sTUFBTSxPQUFPLFVBQVUsUUFBUSxDQUFDO0FBQ3ZDLGFBQU8sTUFBTSxPQUFPLFVBQVUsQ0FBQyxFQUFHLFNBQVMsT0FBTyxTQUFTLENBQUMsRUFBRyxPQUFPO0FBQ3RFLGFBQU8sVUFBVSxPQUFPLG1CQUFtQixDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQ2pELFlBQU0sT0FBUSxPQUFPLE1BQU0sTUFBTSxJQUFJLElBQUksWUFBWSxPQUFPLFVBQVUsQ0FBQyxFQUFHLEdBQUcsQ0FBQyxHQUFHLEtBQUs7QUFDdEYsYUFBTyxNQUFNLEtBQUssVUFBVSxPQUFPLFNBQVMsQ0FBQyxFQUFHLE9BQU87QUFDdkQsYUFBTyxNQUFNLEtBQUssUUFBUSxRQUFRLEtBQUs7QUFDdkMsVUFBSSxLQUFLLFNBQVM7QUFFbEIsWUFBTSxRQUFRLENBQUMsUUFBZ0I7QUFDN0IsWUFBSTtBQUNGLGtCQUFRLEtBQUssS0FBSyxDQUFDO0FBQ25CLGlCQUFPO0FBQUEsUUFDVCxRQUFRO0FBQ04saUJBQU87QUFBQSxRQUNUO0FBQUEsTUFDRjtBQUVBLFlBQU0sV0FBVyxZQUFZO0FBQzNCLGNBQU0sVUFBVSxNQUFNLElBQUksT0FBTyxRQUFRLGFBQWEsRUFBRSxLQUFLLE1BQU0sTUFBTSxNQUFNLEtBQUs7QUFDcEYsZUFBTyxNQUFNLE9BQU8sVUFBVSxDQUFDLEVBQUcsR0FBRyxLQUFLLFVBQVUsU0FBWTtBQUFBLE1BQ2xFLEdBQUcsS0FBUSwrQ0FBK0M7QUFDMUQsYUFBTyxNQUFNLE1BQU0sT0FBTyxVQUFVLENBQUMsRUFBRyxHQUFHLEdBQUcsT0FBTyxtQ0FBbUM7QUFBQSxJQUMxRixVQUFFO0FBQ0EsVUFBSSxJQUFJLGFBQWEsS0FBTSxLQUFJLEtBQUssU0FBUztBQUFBLElBQy9DO0FBQUEsRUFDRixDQUFDO0FBRUQsS0FBRyxxRkFBc0YsWUFBWTtBQUNuRyxVQUFNLE1BQU0sU0FBUyxDQUFDLFNBQVMsT0FBTyxRQUFRLENBQUM7QUFDL0MsUUFBSSxTQUFTO0FBQ2IsUUFBSSxPQUFRLEdBQUcsUUFBUSxDQUFDLFVBQW1CLFVBQVUsTUFBTSxTQUFTLENBQUU7QUFDdEUsVUFBTSxDQUFDLElBQUksSUFBSyxNQUFNLEtBQUssS0FBSyxNQUFNO0FBQ3RDLFdBQU8sTUFBTSxNQUFNLENBQUM7QUFDcEIsVUFBTSxTQUFTLEtBQUssTUFBTSxNQUFNO0FBQ2hDLGVBQVcsT0FBTyxDQUFDLFFBQVEsU0FBUyxXQUFXLFNBQVMsVUFBVSxhQUFhLFlBQVksR0FBRztBQUM1RixhQUFPLEdBQUcsT0FBTyxVQUFVLE9BQU8sR0FBRyxDQUFDLEtBQUssT0FBTyxHQUFHLElBQUssTUFBUSxHQUFHLEdBQUcsTUFBTSxPQUFPLEdBQUcsQ0FBQyxFQUFFO0FBQUEsSUFDN0Y7QUFDQSxXQUFPLEdBQUcsT0FBTyxTQUFVLE9BQU8sU0FBVSxHQUFNO0FBQ2xELFdBQU8sR0FBRyxPQUFPLFNBQVUsT0FBTyxVQUFXLEdBQU07QUFBQSxFQUNyRCxDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
