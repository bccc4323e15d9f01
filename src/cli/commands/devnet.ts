/**
 * `airtnt devnet`: a development chain (anvil on loopback) with AirtntChannels and a test ERC-20
 * deployed; prints the addresses and funded accounts, and stops cleanly on SIGINT/SIGTERM.
 */
import type { Command } from 'commander';
import { formatEther } from 'viem';
import { startDevnet, TEST_TOKEN_GRANT, type Devnet } from '../../chain/devnet.js';
import { AirtntError } from '../../util/errors.js';
import { checkPortFree } from '../../util/net.js';
import { startDevnetVerifiers } from '../../registry/devnet-verifiers.js';

type DevnetOptions = { port?: string; accounts: string; json?: boolean; verbose?: boolean; verifiers?: string; epochSeconds: string };

export function registerDevnet(program: Command): void {
  program
    .command('devnet')
    .description('start a local development chain (anvil) with the channels contract and a test token deployed')
    .option('--port <n>', 'loopback port (default: a free one)')
    .option('--accounts <n>', 'funded development accounts', '10')
    .option('--json', 'print the chain details as one JSON line')
    .option('--verbose', 'show anvil\'s own log')
    .option('--verifiers <n>', 'also deploy an AirtntRegistry with n verifier nodes running here (a block every second; executors join with `airtnt executor join`)')
    .option('--epoch-seconds <n>', 'with --verifiers: registry epoch length', '20')
    .action(async (options: DevnetOptions) => {
      const port = options.port === undefined ? undefined : parseInteger(options.port, '--port', 1, 65_535);
      if (port !== undefined) await portFree(port);
      const devnet = await startDevnet({
        ...(port === undefined ? {} : { port }),
        accountCount: parseInteger(options.accounts, '--accounts', 2, 100),
        silent: !options.verbose,
        ...(options.verifiers === undefined ? {} : { blockTimeSeconds: 1 }),
      });
      const network = options.verifiers === undefined ? undefined : await startDevnetVerifiers(devnet, parseInteger(options.verifiers, '--verifiers', 1, 99), BigInt(parseInteger(options.epochSeconds, '--epoch-seconds', 4, 86_400)), (line) => options.verbose && console.error(line));
      const registryPart = network === undefined ? {} : { registry: network.registry, epochSeconds: Number(network.epochSeconds), verifiers: network.verifiers };
      console.log(options.json ? JSON.stringify({ ...summary(devnet), ...registryPart }) : `${describe(devnet)}${network === undefined ? '' : `\n  registry ${network.registry} (epochs of ${network.epochSeconds} s), ${network.verifiers.length} verifier(s): ${network.verifiers.map((v) => v.url).join(' ')}`}`);
      await waitForSignal();
      await network?.stop();
      await devnet.stop();
      if (!options.json) console.error('devnet stopped');
    });
}

function summary(devnet: Devnet) {
  return {
    rpcUrl: devnet.rpcUrl,
    chainId: devnet.chainId,
    channels: devnet.channels,
    token: devnet.token,
    accounts: devnet.accounts,
  };
}

function describe(devnet: Devnet): string {
  const lines = [
    `airtnt devnet (anvil, chain id ${devnet.chainId}): development keys only, never use them for real money`,
    `  rpc url    ${devnet.rpcUrl}`,
    `  channels   ${devnet.channels}   (AirtntChannels)`,
    `  token      ${devnet.token}   (test ERC-20, ${formatEther(TEST_TOKEN_GRANT)} per account, anyone can mint)`,
    '  accounts (10,000 ETH each):',
    ...devnet.accounts.map((a, i) => `    [${i}] ${a.address}  ${a.privateKey}`),
    '',
    `  use: --rpc-url ${devnet.rpcUrl} --channels ${devnet.channels} --private-key <one of the keys>`,
    '  stop with Ctrl-C',
  ];
  return lines.join('\n');
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}

async function portFree(port: number): Promise<void> {
  try {
    await checkPortFree(port);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new AirtntError('PORT_IN_USE', code === 'EADDRINUSE' ? `port ${port} on 127.0.0.1 is in use` : `cannot listen on port ${port} of 127.0.0.1 (${code ?? String(cause)})`, {
      details: { port },
      hint: 'leave out --port to take a free one, or stop what listens there',
      cause,
    });
  }
}

function parseInteger(value: string, name: string, min: number, max: number): number {
  const parsed = Number(value);
  if (!/^[0-9]+$/.test(value) || parsed < min || parsed > max) {
    throw new AirtntError('INVALID_OPTION', `${name} must be an integer in [${min}, ${max}]`, { details: { [name]: value } });
  }
  return parsed;
}
