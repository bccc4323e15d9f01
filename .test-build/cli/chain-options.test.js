import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Command } from "commander";
import { readChannel } from "../chain/read-channel.js";
import { startDevnet } from "../chain/devnet.js";
import { isAirtntError } from "../util/errors.js";
import { addChainOptions, resolveChain } from "./chain-options.js";
let devnet;
before(async () => {
  devnet = await startDevnet({ accountCount: 2 });
});
after(async () => {
  await devnet?.stop();
});
describe("chain options", () => {
  it("parses --rpc-url, --private-key and --channels", () => {
    const command = addChainOptions(new Command("x")).exitOverride();
    command.parse(["--rpc-url", "http://127.0.0.1:1", "--private-key", "0xab", "--channels", "0x01"], { from: "user" });
    assert.deepEqual(command.opts(), { rpcUrl: "http://127.0.0.1:1", privateKey: "0xab", channels: "0x01" });
  });
  it("refuses malformed or incomplete options before touching a chain", async () => {
    const key = devnet.accounts[0].privateKey;
    const cases = [
      [{ rpcUrl: "ftp://x", privateKey: key, channels: devnet.channels }, "INVALID_CHAIN_OPTIONS"],
      [{ rpcUrl: devnet.rpcUrl, privateKey: "0x1234", channels: devnet.channels }, "INVALID_CHAIN_OPTIONS"],
      [{ rpcUrl: devnet.rpcUrl, channels: devnet.channels }, "INVALID_CHAIN_OPTIONS"],
      [{ rpcUrl: devnet.rpcUrl, privateKey: key }, "CHANNELS_NOT_SET"],
      [{ channels: devnet.channels }, "INVALID_CHAIN_OPTIONS"]
    ];
    for (const [options, code] of cases) {
      await assert.rejects(resolveChain(options), (e) => isAirtntError(e, code), JSON.stringify(options));
    }
  });
  it("connects to a given chain, asking it for its chain id", async () => {
    const { client, devnet: embedded } = await resolveChain({
      rpcUrl: devnet.rpcUrl,
      privateKey: devnet.accounts[1].privateKey,
      channels: devnet.channels
    });
    assert.equal(embedded, void 0);
    assert.equal(client.account.address, devnet.accounts[1].address);
    assert.deepEqual(client.domain, { chainId: 31337, verifyingContract: devnet.channels });
    const state = await readChannel(client, { requester: client.account.address, executor: devnet.accounts[0].address, token: devnet.token, lane: 0n });
    assert.equal(state.isOpen, false);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2NsaS9jaGFpbi1vcHRpb25zLnRlc3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImltcG9ydCBhc3NlcnQgZnJvbSAnbm9kZTphc3NlcnQvc3RyaWN0JztcbmltcG9ydCB7IGFmdGVyLCBiZWZvcmUsIGRlc2NyaWJlLCBpdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgeyBDb21tYW5kIH0gZnJvbSAnY29tbWFuZGVyJztcbmltcG9ydCB7IHJlYWRDaGFubmVsIH0gZnJvbSAnLi4vY2hhaW4vcmVhZC1jaGFubmVsLmpzJztcbmltcG9ydCB7IHN0YXJ0RGV2bmV0LCB0eXBlIERldm5ldCB9IGZyb20gJy4uL2NoYWluL2Rldm5ldC5qcyc7XG5pbXBvcnQgeyBpc0FpcnRudEVycm9yIH0gZnJvbSAnLi4vdXRpbC9lcnJvcnMuanMnO1xuaW1wb3J0IHsgYWRkQ2hhaW5PcHRpb25zLCByZXNvbHZlQ2hhaW4gfSBmcm9tICcuL2NoYWluLW9wdGlvbnMuanMnO1xuXG5sZXQgZGV2bmV0OiBEZXZuZXQ7XG5iZWZvcmUoYXN5bmMgKCkgPT4ge1xuICBkZXZuZXQgPSBhd2FpdCBzdGFydERldm5ldCh7IGFjY291bnRDb3VudDogMiB9KTtcbn0pO1xuYWZ0ZXIoYXN5bmMgKCkgPT4ge1xuICBhd2FpdCBkZXZuZXQ/LnN0b3AoKTtcbn0pO1xuXG5kZXNjcmliZSgnY2hhaW4gb3B0aW9ucycsICgpID0+IHtcbiAgaXQoJ3BhcnNlcyAtLXJwYy11cmwsIC0tcHJpdmF0ZS1rZXkgYW5kIC0tY2hhbm5lbHMnLCAoKSA9PiB7XG4gICAgY29uc3QgY29tbWFuZCA9IGFkZENoYWluT3B0aW9ucyhuZXcgQ29tbWFuZCgneCcpKS5leGl0T3ZlcnJpZGUoKTtcbiAgICBjb21tYW5kLnBhcnNlKFsnLS1ycGMtdXJsJywgJ2h0dHA6Ly8xMjcuMC4wLjE6MScsICctLXByaXZhdGUta2V5JywgJzB4YWInLCAnLS1jaGFubmVscycsICcweDAxJ10sIHsgZnJvbTogJ3VzZXInIH0pO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoY29tbWFuZC5vcHRzKCksIHsgcnBjVXJsOiAnaHR0cDovLzEyNy4wLjAuMToxJywgcHJpdmF0ZUtleTogJzB4YWInLCBjaGFubmVsczogJzB4MDEnIH0pO1xuICB9KTtcblxuICBpdCgncmVmdXNlcyBtYWxmb3JtZWQgb3IgaW5jb21wbGV0ZSBvcHRpb25zIGJlZm9yZSB0b3VjaGluZyBhIGNoYWluJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGtleSA9IGRldm5ldC5hY2NvdW50c1swXSEucHJpdmF0ZUtleTtcbiAgICBjb25zdCBjYXNlczogW1JlY29yZDxzdHJpbmcsIHN0cmluZz4sIHN0cmluZ11bXSA9IFtcbiAgICAgIFt7IHJwY1VybDogJ2Z0cDovL3gnLCBwcml2YXRlS2V5OiBrZXksIGNoYW5uZWxzOiBkZXZuZXQuY2hhbm5lbHMgfSwgJ0lOVkFMSURfQ0hBSU5fT1BUSU9OUyddLFxuICAgICAgW3sgcnBjVXJsOiBkZXZuZXQucnBjVXJsLCBwcml2YXRlS2V5OiAnMHgxMjM0JywgY2hhbm5lbHM6IGRldm5ldC5jaGFubmVscyB9LCAnSU5WQUxJRF9DSEFJTl9PUFRJT05TJ10sXG4gICAgICBbeyBycGNVcmw6IGRldm5ldC5ycGNVcmwsIGNoYW5uZWxzOiBkZXZuZXQuY2hhbm5lbHMgfSwgJ0lOVkFMSURfQ0hBSU5fT1BUSU9OUyddLFxuICAgICAgW3sgcnBjVXJsOiBkZXZuZXQucnBjVXJsLCBwcml2YXRlS2V5OiBrZXkgfSwgJ0NIQU5ORUxTX05PVF9TRVQnXSxcbiAgICAgIFt7IGNoYW5uZWxzOiBkZXZuZXQuY2hhbm5lbHMgfSwgJ0lOVkFMSURfQ0hBSU5fT1BUSU9OUyddLFxuICAgIF07XG4gICAgZm9yIChjb25zdCBbb3B0aW9ucywgY29kZV0gb2YgY2FzZXMpIHtcbiAgICAgIGF3YWl0IGFzc2VydC5yZWplY3RzKHJlc29sdmVDaGFpbihvcHRpb25zKSwgKGUpID0+IGlzQWlydG50RXJyb3IoZSwgY29kZSksIEpTT04uc3RyaW5naWZ5KG9wdGlvbnMpKTtcbiAgICB9XG4gIH0pO1xuXG4gIGl0KCdjb25uZWN0cyB0byBhIGdpdmVuIGNoYWluLCBhc2tpbmcgaXQgZm9yIGl0cyBjaGFpbiBpZCcsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCB7IGNsaWVudCwgZGV2bmV0OiBlbWJlZGRlZCB9ID0gYXdhaXQgcmVzb2x2ZUNoYWluKHtcbiAgICAgIHJwY1VybDogZGV2bmV0LnJwY1VybCxcbiAgICAgIHByaXZhdGVLZXk6IGRldm5ldC5hY2NvdW50c1sxXSEucHJpdmF0ZUtleSxcbiAgICAgIGNoYW5uZWxzOiBkZXZuZXQuY2hhbm5lbHMsXG4gICAgfSk7XG4gICAgYXNzZXJ0LmVxdWFsKGVtYmVkZGVkLCB1bmRlZmluZWQpO1xuICAgIGFzc2VydC5lcXVhbChjbGllbnQuYWNjb3VudC5hZGRyZXNzLCBkZXZuZXQuYWNjb3VudHNbMV0hLmFkZHJlc3MpO1xuICAgIGFzc2VydC5kZWVwRXF1YWwoY2xpZW50LmRvbWFpbiwgeyBjaGFpbklkOiAzMTMzNywgdmVyaWZ5aW5nQ29udHJhY3Q6IGRldm5ldC5jaGFubmVscyB9KTtcbiAgICBjb25zdCBzdGF0ZSA9IGF3YWl0IHJlYWRDaGFubmVsKGNsaWVudCwgeyByZXF1ZXN0ZXI6IGNsaWVudC5hY2NvdW50LmFkZHJlc3MsIGV4ZWN1dG9yOiBkZXZuZXQuYWNjb3VudHNbMF0hLmFkZHJlc3MsIHRva2VuOiBkZXZuZXQudG9rZW4sIGxhbmU6IDBuIH0pO1xuICAgIGFzc2VydC5lcXVhbChzdGF0ZS5pc09wZW4sIGZhbHNlKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICJBQUFBLE9BQU8sWUFBWTtBQUNuQixTQUFTLE9BQU8sUUFBUSxVQUFVLFVBQVU7QUFDNUMsU0FBUyxlQUFlO0FBQ3hCLFNBQVMsbUJBQW1CO0FBQzVCLFNBQVMsbUJBQWdDO0FBQ3pDLFNBQVMscUJBQXFCO0FBQzlCLFNBQVMsaUJBQWlCLG9CQUFvQjtBQUU5QyxJQUFJO0FBQ0osT0FBTyxZQUFZO0FBQ2pCLFdBQVMsTUFBTSxZQUFZLEVBQUUsY0FBYyxFQUFFLENBQUM7QUFDaEQsQ0FBQztBQUNELE1BQU0sWUFBWTtBQUNoQixRQUFNLFFBQVEsS0FBSztBQUNyQixDQUFDO0FBRUQsU0FBUyxpQkFBaUIsTUFBTTtBQUM5QixLQUFHLGtEQUFrRCxNQUFNO0FBQ3pELFVBQU0sVUFBVSxnQkFBZ0IsSUFBSSxRQUFRLEdBQUcsQ0FBQyxFQUFFLGFBQWE7QUFDL0QsWUFBUSxNQUFNLENBQUMsYUFBYSxzQkFBc0IsaUJBQWlCLFFBQVEsY0FBYyxNQUFNLEdBQUcsRUFBRSxNQUFNLE9BQU8sQ0FBQztBQUNsSCxXQUFPLFVBQVUsUUFBUSxLQUFLLEdBQUcsRUFBRSxRQUFRLHNCQUFzQixZQUFZLFFBQVEsVUFBVSxPQUFPLENBQUM7QUFBQSxFQUN6RyxDQUFDO0FBRUQsS0FBRyxtRUFBbUUsWUFBWTtBQUNoRixVQUFNLE1BQU0sT0FBTyxTQUFTLENBQUMsRUFBRztBQUNoQyxVQUFNLFFBQTRDO0FBQUEsTUFDaEQsQ0FBQyxFQUFFLFFBQVEsV0FBVyxZQUFZLEtBQUssVUFBVSxPQUFPLFNBQVMsR0FBRyx1QkFBdUI7QUFBQSxNQUMzRixDQUFDLEVBQUUsUUFBUSxPQUFPLFFBQVEsWUFBWSxVQUFVLFVBQVUsT0FBTyxTQUFTLEdBQUcsdUJBQXVCO0FBQUEsTUFDcEcsQ0FBQyxFQUFFLFFBQVEsT0FBTyxRQUFRLFVBQVUsT0FBTyxTQUFTLEdBQUcsdUJBQXVCO0FBQUEsTUFDOUUsQ0FBQyxFQUFFLFFBQVEsT0FBTyxRQUFRLFlBQVksSUFBSSxHQUFHLGtCQUFrQjtBQUFBLE1BQy9ELENBQUMsRUFBRSxVQUFVLE9BQU8sU0FBUyxHQUFHLHVCQUF1QjtBQUFBLElBQ3pEO0FBQ0EsZUFBVyxDQUFDLFNBQVMsSUFBSSxLQUFLLE9BQU87QUFDbkMsWUFBTSxPQUFPLFFBQVEsYUFBYSxPQUFPLEdBQUcsQ0FBQyxNQUFNLGNBQWMsR0FBRyxJQUFJLEdBQUcsS0FBSyxVQUFVLE9BQU8sQ0FBQztBQUFBLElBQ3BHO0FBQUEsRUFDRixDQUFDO0FBRUQsS0FBRyx5REFBeUQsWUFBWTtBQUN0RSxVQUFNLEVBQUUsUUFBUSxRQUFRLFNBQVMsSUFBSSxNQUFNLGFBQWE7QUFBQSxNQUN0RCxRQUFRLE9BQU87QUFBQSxNQUNmLFlBQVksT0FBTyxTQUFTLENBQUMsRUFBRztBQUFBLE1BQ2hDLFVBQVUsT0FBTztBQUFBLElBQ25CLENBQUM7QUFDRCxXQUFPLE1BQU0sVUFBVSxNQUFTO0FBQ2hDLFdBQU8sTUFBTSxPQUFPLFFBQVEsU0FBUyxPQUFPLFNBQVMsQ0FBQyxFQUFHLE9BQU87QUFDaEUsV0FBTyxVQUFVLE9BQU8sUUFBUSxFQUFFLFNBQVMsT0FBTyxtQkFBbUIsT0FBTyxTQUFTLENBQUM7QUFDdEYsVUFBTSxRQUFRLE1BQU0sWUFBWSxRQUFRLEVBQUUsV0FBVyxPQUFPLFFBQVEsU0FBUyxVQUFVLE9BQU8sU0FBUyxDQUFDLEVBQUcsU0FBUyxPQUFPLE9BQU8sT0FBTyxNQUFNLEdBQUcsQ0FBQztBQUNuSixXQUFPLE1BQU0sTUFBTSxRQUFRLEtBQUs7QUFBQSxFQUNsQyxDQUFDO0FBQ0gsQ0FBQzsiLAogICJuYW1lcyI6IFtdCn0K
