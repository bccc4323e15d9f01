/**
 * `airtnt devnet`: a development chain (anvil on loopback) with AirtntChannels and a test ERC-20
 * deployed; prints the addresses and funded accounts, and stops cleanly on SIGINT/SIGTERM.
 */
import type { Command } from 'commander';
import type { Devnet } from '../../chain/devnet.js';
import { AirtntError } from '../../util/errors.js';

type DevnetOptions = { port?: string; accounts: string; json?: boolean; verbose?: boolean };

// Loaded when a command runs, not when it is defined, so that `--help` answers at once.
let formatEther: typeof import('viem').formatEther;
let startDevnet: typeof import('../../chain/devnet.js').startDevnet;
let TEST_TOKEN_GRANT: typeof import('../../chain/devnet.js').TEST_TOKEN_GRANT;
let checkPortFree: typeof import('../../util/net.js').checkPortFree;

async function loadDependencies(): Promise<void> {
  const [m0, m1, m2] = await Promise.all([
    import('viem'),
    import('../../chain/devnet.js'),
    import('../../util/net.js'),
  ]);
  ({ formatEther } = m0);
  ({ startDevnet, TEST_TOKEN_GRANT } = m1);
  ({ checkPortFree } = m2);
}

export function registerDevnet(program: Command): void {
  program
    .command('devnet')
    .description('start a local development chain (anvil) with the channels contract and a test token deployed')
    .option('--port <n>', 'loopback port (default: a free one)')
    .option('--accounts <n>', 'funded development accounts', '10')
    .option('--json', 'print the chain details as one JSON line')
    .option('--verbose', 'show anvil\'s own log')
    .action(async (options: DevnetOptions) => {
      await loadDependencies();
      const port = options.port === undefined ? undefined : parseInteger(options.port, '--port', 1, 65_535);
      if (port !== undefined) await portFree(port);
      const devnet = await startDevnet({
        ...(port === undefined ? {} : { port }),
        accountCount: parseInteger(options.accounts, '--accounts', 2, 100),
        silent: !options.verbose,
      });
      console.log(options.json ? JSON.stringify(summary(devnet)) : describe(devnet));
      await waitForSignal();
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
