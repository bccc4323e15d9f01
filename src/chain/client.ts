/**
 * A chain client: viem public + wallet clients for one account, the chain, and the channels
 * contract with its EIP-712 domain. Behaviour lives in the action files; this is only the handle.
 */
import {
  createPublicClient,
  createWalletClient,
  defineChain,
  formatTransactionRequest,
  http,
  isAddress,
  zeroAddress,
  type Address,
  type Chain,
  type Hex,
  type HttpTransport,
  type LocalAccount,
  type PublicClient,
  type Transport,
  type WalletClient,
} from 'viem';
import { privateKeyToAccount, toAccount } from 'viem/accounts';
import type { ChannelDomain } from '../protocol/payment.js';
import { AirtntError } from '../util/errors.js';

/** anvil's default chain id, assumed when `chainId` is not given (use connectChainClient elsewhere). */
export const ANVIL_CHAIN_ID = 31337;

/**
 * Who signs: exactly one of a raw private key, any viem local Account (privateKeyToAccount,
 * mnemonicToAccount, hdKeyToAccount, or toAccount around a custom signer such as a KMS or hardware
 * wallet), or a viem WalletClient with an account (its own signer is used through the wallet: typed
 * data and transactions are signed by it, then sent by this client's RPC).
 */
export type ChainClientSigner =
  | { /** 0x + 64 hex digits: the account that signs every payment and transaction of this client. */ privateKey: Hex; account?: never; walletClient?: never }
  | { account: LocalAccount; privateKey?: never; walletClient?: never }
  | { walletClient: WalletClient<Transport, Chain | undefined, LocalAccount | { address: Address; type: 'json-rpc' }>; privateKey?: never; account?: never };

export type ChainClientOptions = ChainClientSigner & {
  /** JSON-RPC endpoint over http(s). */
  rpcUrl: string;
  /** The AirtntChannels contract; may be omitted only to deploy one (then use withChannels). */
  channels?: Address;
  /** Defaults to anvil's 31337; transactions check it against the node (CHAIN_ID_MISMATCH). */
  chainId?: number;
  /** How often to poll for receipts; defaults to 20 ms on loopback and 1 s elsewhere. */
  pollingIntervalMs?: number;
  /**
   * How often a request the RPC failed (down, 5xx, 429, rate-limit errors) is retried, with
   * exponential backoff from 150 ms; default 3. Loopback RPCs retry too: without it, a local node or
   * proxy that refused one request in five failed every collector pass (each needs more than five
   * requests), and nothing was ever collected (src/node/chain-faults-run.test.ts).
   */
  retryCount?: number;
};

export type ChainClient = {
  rpcUrl: string;
  chain: Chain;
  /** The signer: every payment, session opening and transaction of this client is signed by it. */
  account: LocalAccount;
  public: PublicClient<HttpTransport, Chain>;
  wallet: WalletClient<HttpTransport, Chain, LocalAccount>;
  /** The channels contract (zeroAddress until one is set). */
  channels: Address;
  /** The EIP-712 domain payments on this contract and chain are signed in. */
  domain: ChannelDomain;
  /** Runs `task` after every earlier task of this client finished, so nonces never collide. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
};

export function createChainClient(options: ChainClientOptions): ChainClient {
  const url = parseRpcUrl(options.rpcUrl);
  const account = signerAccount(options);
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
  const retryCount = options.retryCount ?? 3;
  if (!Number.isSafeInteger(retryCount) || retryCount < 0 || retryCount > 10) {
    throw new AirtntError('INVALID_CHAIN_OPTIONS', 'retryCount must be an integer in [0, 10]', { details: { retryCount } });
  }
  const transport = http(url.toString(), { retryCount, timeout: 30_000 });
  let queue: Promise<unknown> = Promise.resolve();
  return {
    rpcUrl: url.toString(),
    chain,
    account,
    // No cached block number (viem caches it for a polling interval by default): a read of "the latest
    // block" taken after a state read must not be older than that state, or an event search ending
    // there misses the collect the state already shows (and a round would be paid twice).
    public: createPublicClient({ chain, transport, pollingInterval, cacheTime: 0 }),
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

/** The signing account of the options: exactly one of privateKey, account or walletClient. */
function signerAccount(options: ChainClientSigner): LocalAccount {
  const given = [options.privateKey, options.account, options.walletClient].filter((v) => v !== undefined).length;
  if (given !== 1) {
    throw new AirtntError('INVALID_CHAIN_OPTIONS', 'give exactly one signer: privateKey, account or walletClient', {
      details: { privateKey: options.privateKey !== undefined, account: options.account !== undefined, walletClient: options.walletClient !== undefined },
    });
  }
  if (options.account !== undefined) {
    if (options.account.type !== 'local' || !isAddress(options.account.address, { strict: false })) {
      throw new AirtntError('INVALID_CHAIN_OPTIONS', 'account must be a viem local Account (privateKeyToAccount, mnemonicToAccount, toAccount)', {
        details: { type: (options.account as { type?: unknown }).type },
        hint: 'for a JSON-RPC or browser wallet pass it as walletClient',
      });
    }
    return options.account;
  }
  if (options.walletClient !== undefined) return walletClientAccount(options.walletClient);
  const privateKey = options.privateKey!;
  if (!/^0x[0-9a-fA-F]{64}$/.test(privateKey)) {
    throw new AirtntError('INVALID_PRIVATE_KEY', 'the private key must be 0x followed by 64 hex digits', {
      hint: 'give 0x followed by 64 hex digits, or a viem Account (never share a key; the devnet prints development keys)',
    });
  }
  return privateKeyToAccount(privateKey);
}

/**
 * A WalletClient as a signer: its local account as is, or a JSON-RPC account wrapped so that
 * typed data and transactions are signed by the wallet (eth_signTypedData_v4, eth_signTransaction).
 * Transactions are signed before they are sent because the executor stores each collect before it
 * broadcasts it.
 */
function walletClientAccount(wallet: Extract<ChainClientSigner, { walletClient: unknown }>['walletClient']): LocalAccount {
  const account = wallet.account;
  if (account === undefined) {
    throw new AirtntError('INVALID_CHAIN_OPTIONS', 'the walletClient has no account', { hint: 'create the WalletClient with an account' });
  }
  if (account.type === 'local') return account;
  const address = account.address;
  return toAccount({
    address,
    signMessage: ({ message }) => wallet.signMessage({ account: address, message }),
    signTypedData: (typedData) => wallet.signTypedData({ ...(typedData as Parameters<typeof wallet.signTypedData>[0]), account: address }),
    signTransaction: (transaction) =>
      wallet.request({
        method: 'eth_signTransaction',
        params: [formatTransactionRequest({ ...transaction, from: address } as Parameters<typeof formatTransactionRequest>[0])],
      }) as Promise<Hex>,
  });
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Like createChainClient, but asks the node for its chain id first (use this for real chains). */
export async function connectChainClient(options: DistributiveOmit<ChainClientOptions, 'chainId'>): Promise<ChainClient> {
  const probe = createChainClient(options);
  let chainId: number;
  try {
    chainId = await probe.public.getChainId();
  } catch (cause) {
    throw new AirtntError('RPC_UNREACHABLE', `cannot reach the JSON-RPC endpoint ${probe.rpcUrl}`, {
      hint: 'check the RPC URL and that the node is running',
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
      hint: 'give the channels contract address, or deploy one with deployChannels and use withChannels',
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
