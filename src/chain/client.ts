/**
 * A chain client: viem public + wallet clients for one account, the chain, and the channels
 * contract with its EIP-712 domain. Behaviour lives in the action files; this is only the handle.
 */
import {
  createPublicClient,
  createWalletClient,
  defineChain,
  http,
  isAddress,
  zeroAddress,
  type Address,
  type Chain,
  type Hex,
  type HttpTransport,
  type PrivateKeyAccount,
  type PublicClient,
  type WalletClient,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import type { ChannelDomain } from '../protocol/payment.js';
import { AirtntError } from '../util/errors.js';

/** anvil's default chain id, assumed when `chainId` is not given (use connectChainClient elsewhere). */
export const ANVIL_CHAIN_ID = 31337;

export type ChainClientOptions = {
  /** JSON-RPC endpoint over http(s). */
  rpcUrl: string;
  /** 0x + 64 hex digits: the account that sends every transaction of this client. */
  privateKey: Hex;
  /** The AirtntChannels contract; may be omitted only to deploy one (then use withChannels). */
  channels?: Address;
  /** Defaults to anvil's 31337; transactions check it against the node (CHAIN_ID_MISMATCH). */
  chainId?: number;
  /** How often to poll for receipts; defaults to 20 ms on loopback and 1 s elsewhere. */
  pollingIntervalMs?: number;
};

export type ChainClient = {
  rpcUrl: string;
  chain: Chain;
  account: PrivateKeyAccount;
  public: PublicClient<HttpTransport, Chain>;
  wallet: WalletClient<HttpTransport, Chain, PrivateKeyAccount>;
  /** The channels contract (zeroAddress until one is set). */
  channels: Address;
  /** The EIP-712 domain payments on this contract and chain are signed in. */
  domain: ChannelDomain;
  /** Runs `task` after every earlier task of this client finished, so nonces never collide. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
};

export function createChainClient(options: ChainClientOptions): ChainClient {
  const url = parseRpcUrl(options.rpcUrl);
  if (!/^0x[0-9a-fA-F]{64}$/.test(options.privateKey)) {
    throw new AirtntError('INVALID_PRIVATE_KEY', 'the private key must be 0x followed by 64 hex digits', {
      hint: 'pass --private-key 0x... (never share it; the devnet prints development keys)',
    });
  }
  const channels = options.channels ?? zeroAddress;
  if (!isAddress(channels, { strict: false })) {
    throw new AirtntError('INVALID_ADDRESS', 'the channels contract address is not an address', {
      details: { channels },
    });
  }
  const chainId = options.chainId ?? ANVIL_CHAIN_ID;
  if (!Number.isSafeInteger(chainId) || chainId <= 0) {
    throw new AirtntError('INVALID_CHAIN_ID', 'chainId must be a positive integer', { details: { chainId } });
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  const pollingInterval = options.pollingIntervalMs ?? (loopback ? 20 : 1000);
  const chain = defineChain({
    id: chainId,
    name: chainId === ANVIL_CHAIN_ID ? 'Anvil' : `Chain ${chainId}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [url.toString()] } },
  });
  const transport = http(url.toString(), { retryCount: loopback ? 0 : 3, timeout: 30_000 });
  const account = privateKeyToAccount(options.privateKey);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    rpcUrl: url.toString(),
    chain,
    account,
    public: createPublicClient({ chain, transport, pollingInterval }),
    wallet: createWalletClient({ chain, transport, account, pollingInterval }),
    channels,
    domain: { chainId, verifyingContract: channels },
    exclusive<T>(task: () => Promise<T>): Promise<T> {
      const run = queue.then(task, task);
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** Like createChainClient, but asks the node for its chain id first (use this for real chains). */
export async function connectChainClient(options: Omit<ChainClientOptions, 'chainId'>): Promise<ChainClient> {
  const probe = createChainClient(options);
  let chainId: number;
  try {
    chainId = await probe.public.getChainId();
  } catch (cause) {
    throw new AirtntError('RPC_UNREACHABLE', `cannot reach the JSON-RPC endpoint ${probe.rpcUrl}`, {
      hint: 'is the chain running? check --rpc-url; for development start one with `airtnt devnet` and pass the --rpc-url, --channels and --private-key it prints',
      cause,
    });
  }
  return createChainClient({ ...options, chainId });
}

/** The same client pointed at another channels contract (after deployChannels). */
export function withChannels(client: ChainClient, channels: Address): ChainClient {
  return { ...client, channels, domain: { chainId: client.chain.id, verifyingContract: channels } };
}

/** The channels address, or CHANNELS_NOT_SET when the client was made without one. */
export function requireChannels(client: ChainClient): Address {
  if (client.channels === zeroAddress) {
    throw new AirtntError('CHANNELS_NOT_SET', 'no AirtntChannels contract address was given', {
      hint: 'pass --channels ADDRESS, or deploy one with deployChannels and use withChannels',
    });
  }
  return client.channels;
}

function parseRpcUrl(rpcUrl: string): URL {
  let url: URL;
  try {
    url = new URL(rpcUrl);
  } catch {
    throw new AirtntError('INVALID_RPC_URL', 'the RPC URL is not a URL', { details: { rpcUrl } });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AirtntError('INVALID_RPC_URL', 'the RPC URL must be http:// or https://', { details: { rpcUrl } });
  }
  return url;
}
