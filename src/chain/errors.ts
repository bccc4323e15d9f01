/**
 * Turns viem errors from channel calls into AirtntErrors: a custom error of the contract becomes
 * CHANNEL_<NAME> (e.g. ChannelExpired -> CHANNEL_EXPIRED, SignerMismatch -> CHANNEL_SIGNER_MISMATCH)
 * with its decoded arguments as details and a hint that says what to do.
 */
import {
  BaseError,
  ChainMismatchError,
  ContractFunctionRevertedError,
  InsufficientFundsError,
  HttpRequestError,
  LimitExceededRpcError,
  RpcRequestError,
  TimeoutError,
} from 'viem';
import { AirtntError, isAirtntErrorCode, type AirtntErrorCode } from '../util/errors.js';

const HINTS: Record<string, string> = {
  ChannelNotOpen: 'no open channel on this lane: check requester, executor, token and lane, or open one',
  ChannelAlreadyOpen: 'this lane already has an open channel: top it up, close or refund it, or use another lane',
  ChannelExpired: 'the executor can collect only before expiry; the requester may now refund',
  ChannelNotExpired: 'a refund is possible only at or after expiry (chain time); ask the executor to release instead',
  InvalidExpiry: 'expiry must be a unix time in the future, below 2^32, and extend only moves it later',
  InvalidExecutor: 'the executor address must not be zero',
  ValueMismatch: 'for ETH send msg.value equal to amount; for a token send no ETH',
  AmountTooLarge: 'channel deposits are limited to 2^96 - 1 base units',
  AmountAboveAllocation: 'a pool member collects at most its own allocation, the deposit divided by the number of members: the requester must top up first',
  AmountAboveDeposit: 'the signed cumulative amount exceeds the deposit: the requester must top up first',
  AmountNotAboveCollected: 'this payment is not newer than what was already collected (amounts are cumulative)',
  InvalidSignature: 'payment signatures are 65 bytes r || s || v with v 27/28 and low s',
  SignerMismatch: 'the signature is not the requester\'s over these exact terms (channel, amount, key hash, contract, chain)',
  TransferFailed: 'the ETH or token transfer failed: check the recipient, the token, the allowance and the balance',
  Reentrancy: 'the channels contract was called back while running',
  LaneExhausted: 'this lane was opened 2^32 - 1 times: use another lane',
};

/** SignerMismatch -> SIGNER_MISMATCH */
function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/**
 * The error code for a custom error of the channels contract (or of a test token); CHAIN_REVERTED for
 * a custom error that is not in the catalogue (another contract's).
 */
export function channelErrorCode(errorName: string): AirtntErrorCode {
  const snake = snakeCase(errorName);
  const code = snake.startsWith('CHANNEL_') ? snake : `CHANNEL_${snake}`;
  return isAirtntErrorCode(code) ? code : 'CHAIN_REVERTED';
}

/** Converts anything a chain call threw into an AirtntError (AirtntErrors pass through). */
export function toChainError(error: unknown, action: string): AirtntError {
  if (error instanceof AirtntError) return error;
  if (error instanceof BaseError) {
    const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
    if (reverted instanceof ContractFunctionRevertedError && reverted.data?.errorName) {
      const { errorName, args } = reverted.data;
      const details: Record<string, unknown> = { action, error: errorName };
      const inputs = 'inputs' in reverted.data.abiItem ? reverted.data.abiItem.inputs : [];
      (args ?? []).forEach((value, i) => {
        details[inputs[i]?.name || `arg${i}`] = value;
      });
      return new AirtntError(channelErrorCode(errorName), `${action} reverted: ${errorName}`, {
        details,
        hint: HINTS[errorName],
        cause: error,
      });
    }
    if (reverted instanceof ContractFunctionRevertedError) {
      return new AirtntError('CHAIN_REVERTED', `${action} reverted: ${reverted.reason ?? 'no reason given'}`, {
        details: { action, signature: reverted.signature },
        cause: error,
      });
    }
    if (error.walk((e) => e instanceof ChainMismatchError)) {
      return new AirtntError('CHAIN_ID_MISMATCH', `${action}: the node is on another chain than the client`, {
        hint: 'create the client with connectChainClient (it asks the node for its chain id) or pass chainId',
        cause: error,
      });
    }
    if (error.walk((e) => e instanceof InsufficientFundsError)) {
      return new AirtntError('INSUFFICIENT_FUNDS', `${action}: the account cannot pay for value + gas`, {
        hint: 'fund the account (the devnet prints funded development accounts)',
        cause: error,
      });
    }
    if (error.walk((e) => e instanceof HttpRequestError)) {
      return new AirtntError('RPC_UNREACHABLE', `${action}: the JSON-RPC endpoint did not answer`, {
        hint: 'check the RPC URL and that the node is running',
        cause: error,
      });
    }
    return new AirtntError('CHAIN_CALL_FAILED', `${action} failed: ${error.shortMessage}`, { cause: error });
  }
  return new AirtntError('CHAIN_CALL_FAILED', `${action} failed: ${String(error)}`, { cause: error });
}

/** JSON-RPC codes providers answer when they shed load (standard limit, 429 in the body, QuickNode's). */
const RATE_LIMIT_CODES = [LimitExceededRpcError.code, 429, -32007];

/**
 * True when a call failed because the RPC did not answer it (down, timed out, rate-limited), not
 * because the node refused it: what it asked may or may not have reached the node, and asking again
 * later is the only way to know.
 */
export function isRpcUnavailable(error: unknown): boolean {
  const root = error instanceof AirtntError && error.cause !== undefined ? error.cause : error;
  if (!(root instanceof BaseError)) return false;
  return (
    root.walk((e) => e instanceof HttpRequestError || e instanceof TimeoutError || e instanceof LimitExceededRpcError) !== null ||
    root.walk((e) => e instanceof RpcRequestError && RATE_LIMIT_CODES.includes(e.code)) !== null
  );
}
