/**
 * The chain options every chain-using command takes. Without --rpc-url, an embedded anvil devnet is
 * started (and its first funded account and contracts are used); with it, any EVM chain is used.
 */
import { z } from 'zod';
import { connectChainClient, createChainClient, type ChainClient } from '../chain/client.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import type { Hex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { checkDataDirChain, readChainIdentity } from './chain-identity.js';
import { PRIVATE_KEY_ENV, type ChainOptions } from './chain-option-defs.js';

export { addChainOptions, PRIVATE_KEY_ENV, type ChainOptions } from './chain-option-defs.js';

const optionsSchema = z.object({
  rpcUrl: z.url({ protocol: /^https?$/ }).optional(),
  privateKey: z.string().regex(/^0x[0-9a-fA-F]{64}$/, 'expected 0x and 64 hex digits').optional(),
  channels: z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'expected an address').optional(),
});


export type ResolveChainSettings = {
  /** On an embedded devnet, which funded account to use (default 0). */
  accountIndex?: number;
  /** Refuse to go on without a channels contract (default true). */
  requireChannels?: boolean;
  /**
   * Why an embedded devnet would be wrong here: the flags the user gave that name things living on
   * some chain (--executor, --data-dir). Then a missing --rpc-url is refused rather than a fresh,
   * private chain started that nobody else can see.
   */
  refuseImplicitChain?: string[];
  /** Record the chain's identity in this data directory, and refuse a directory of another chain. */
  dataDir?: string;
};

export async function resolveChain(
  options: ChainOptions,
  settings: ResolveChainSettings = {},
): Promise<{ client: ChainClient; devnet?: Devnet }> {
  const parsed = optionsSchema.safeParse({ ...options, privateKey: options.privateKey ?? process.env[PRIVATE_KEY_ENV] });
  if (!parsed.success) {
    throw new AirtntError('INVALID_CHAIN_OPTIONS', 'invalid chain options', {
      details: { problems: parsed.error.issues.map((issue) => `--${kebab(String(issue.path[0]))}: ${issue.message}`) },
      hint: 'see --help',
    });
  }
  const { rpcUrl, privateKey, channels } = parsed.data;
  if (rpcUrl === undefined) {
    if (channels !== undefined) {
      throw new AirtntError('INVALID_CHAIN_OPTIONS', '--channels needs --rpc-url', {
        hint: 'without --rpc-url an embedded devnet is started with its own contracts',
      });
    }
    if (settings.refuseImplicitChain !== undefined && settings.refuseImplicitChain.length > 0) {
      throw new AirtntError('CHAIN_NOT_SET', `${settings.refuseImplicitChain.join(' and ')} need${settings.refuseImplicitChain.length > 1 ? '' : 's'} --rpc-url: no chain named`, {
        details: { given: settings.refuseImplicitChain },
        hint: 'start a chain in another terminal with `airtnt devnet`, then pass the --rpc-url, --channels and --private-key it prints (or set AIRTNT_PRIVATE_KEY); a private embedded chain would not hold the channels your executors and payments live on',
      });
    }
    const devnet = await startDevnet();
    const account = devnet.accounts[settings.accountIndex ?? 0];
    if (!account) {
      await devnet.stop();
      throw new AirtntError('INVALID_CHAIN_OPTIONS', 'the devnet has no such account', { details: settings });
    }
    const client = createChainClient({
      rpcUrl: devnet.rpcUrl,
      privateKey: (privateKey as Hex | undefined) ?? account.privateKey,
      channels: devnet.channels,
      chainId: devnet.chainId,
    });
    return { client, devnet };
  }
  if (privateKey === undefined) {
    throw new AirtntError('INVALID_CHAIN_OPTIONS', '--rpc-url needs a private key', {
      hint: `pass --private-key 0x... or set ${PRIVATE_KEY_ENV}`,
    });
  }
  if (channels === undefined && settings.requireChannels !== false) {
    throw new AirtntError('CHANNELS_NOT_SET', '--rpc-url needs --channels ADDRESS', {
      hint: 'deploy AirtntChannels once per chain (airtnt devnet does it for development)',
    });
  }
  let client: ChainClient;
  try {
    client = await connectChainClient({
      rpcUrl,
      privateKey: privateKey as Hex,
      ...(channels === undefined ? {} : { channels: channels as Hex }),
    });
  } catch (cause) {
    if (cause instanceof AirtntError) throw cause;
    throw new AirtntError('CHAIN_UNREACHABLE', `cannot reach the chain at ${rpcUrl}`, {
      details: { rpcUrl },
      hint: 'is the chain running? For development start one with `airtnt devnet` and pass the --rpc-url it prints',
      cause,
    });
  }
  if (channels !== undefined) {
    const identity = await readChainIdentity(client, rpcUrl);
    if (settings.dataDir !== undefined) checkDataDirChain(settings.dataDir, identity);
  }
  return { client };
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
