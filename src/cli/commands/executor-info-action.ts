/**
 * The body of `airtnt executor info URL` (executor-info.ts defines the command and loads this module
 * when it runs, so that `--help` answers at once).
 */
import { createPublicClient, formatUnits, http, zeroAddress, type Address } from 'viem';
import { mergeCollateral, verifyEnclaveIdentity } from '../../attestation/index.js';
import { readTokenDecimals } from '../../chain/token-decimals.js';
import { readTokenSymbol } from '../../chain/token-symbol.js';
import { fetchExecutorCollateral } from '../../node/collateral-client.js';
import { infoStatementOf, type ExecutorInfo } from '../../node/info.js';
import { fetchExecutorInfo } from '../../node/verify-executor.js';
import { verifyInfoStatement } from '../../protocol/info-statement.js';
import { toHex } from '../../util/bytes.js';
import { AirtntError, isAirtntError, safeJson } from '../../util/errors.js';
import { policyOf, type PolicyOptions } from './policy-options.js';

export type InfoOptions = PolicyOptions & { json?: boolean; timeoutMs: number; rpcUrl?: string };

/** How a price per cycle reads: in whole tokens when the token's decimals are known, raw always. */
export type TokenPrice = { token: Address; symbol: string | null; decimals: number | null; pricePerCycle: string; raw: string; note?: string };

export async function executorInfoCommand(url: string, options: InfoOptions): Promise<void> {
  const { info: document } = await fetchExecutorInfo(url, options.timeoutMs);
  let verified: { ok: true } | { ok: false; code: string; message: string };
  try {
    const served = ['sgx', 'tdx', 'sev-snp'].includes(document.enclave.evidence.kind) ? await fetchExecutorCollateral(url, options.timeoutMs) : undefined;
    const collateral = served ? mergeCollateral(served.collateral, undefined) : undefined;
    const { signingPublicKey, hpkePublicKey, runtimeMeasurement, evidence, recordAddress } = document.enclave;
    const identity = await verifyEnclaveIdentity({ tee: document.tee, insecure: document.insecure, signingPublicKey, hpkePublicKey, runtimeMeasurement, evidence, ...(recordAddress === undefined ? {} : { recordAddress }) }, policyOf(options), collateral ? { collateral } : {});
    if (identity.insecure !== document.insecure) throw new AirtntError('BINDING_MISMATCH', 'the executor misstates whether its TEE is simulated');
    if (document.signature === undefined) throw new AirtntError('INFO_NOT_SIGNED', 'the terms carry no enclave signature');
    verifyInfoStatement(infoStatementOf(document), document.signature);
    verified = { ok: true };
  } catch (error) {
    if (!isAirtntError(error)) throw error;
    verified = { ok: false, code: error.code, message: error.message.split('\n')[0]! };
  }
  const prices = await tokenPrices(document, options.rpcUrl);
  if (options.json) process.stdout.write(`${safeJson({ ok: verified.ok, verified, info: termsOf(document, prices) })}\n`);
  else process.stdout.write(`${describeTerms(url, document, prices, verified, await builtinNames())}\n`);
  if (!verified.ok) process.exitCode = 1;
}


/** "0.000001 TEST": the amount in whole tokens, without trailing zeros. */
export function inUnits(raw: bigint, decimals: number, symbol: string): string {
  return `${formatUnits(raw, decimals)} ${symbol}`;
}

/**
 * Each accepted token's price per cycle. ETH needs no chain; a token's symbol and decimals are read
 * from --rpc-url, and only when that chain is the executor's (a token address means nothing elsewhere).
 */
async function tokenPrices(info: ExecutorInfo, rpcUrl: string | undefined): Promise<TokenPrice[]> {
  const tokens = info.acceptedTokens.filter((t) => t.token.toLowerCase() !== zeroAddress);
  const eth: TokenPrice = { token: zeroAddress, symbol: 'ETH', decimals: 18, pricePerCycle: inUnits(info.pricePerCycle, 18, 'ETH'), raw: info.pricePerCycle.toString() };
  if (tokens.length === 0) return [eth];
  const unread = (note: string) => tokens.map((t): TokenPrice => ({ token: t.token, symbol: null, decimals: null, pricePerCycle: `${t.pricePerCycle} units`, raw: t.pricePerCycle.toString(), note }));
  if (rpcUrl === undefined) return [eth, ...unread('pass --rpc-url (the executor\'s chain) to show it in the token\'s own units')];
  const client = { public: createPublicClient({ transport: http(rpcUrl, { timeout: 10_000, retryCount: 0 }) }) } as unknown as Parameters<typeof readTokenDecimals>[0];
  let chainId: number;
  try {
    chainId = await client.public.getChainId();
  } catch (error) {
    return [eth, ...unread(`--rpc-url did not answer (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)];
  }
  if (chainId !== info.chainId) return [eth, ...unread(`--rpc-url is chain ${chainId}, the executor's is ${info.chainId}`)];
  const prices: TokenPrice[] = [eth];
  for (const t of tokens) {
    try {
      const decimals = await readTokenDecimals(client, t.token);
      const symbol = await readTokenSymbol(client, t.token);
      prices.push({ token: t.token, symbol: symbol ?? null, decimals, pricePerCycle: inUnits(t.pricePerCycle, decimals, symbol ?? 'tokens'), raw: t.pricePerCycle.toString() });
    } catch (error) {
      prices.push(...unread(`its decimals() cannot be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`).filter((p) => p.token === t.token));
    }
  }
  return prices;
}

function termsOf(info: ExecutorInfo, prices: TokenPrice[]): Record<string, unknown> {
  return {
    executor: info.executor,
    chainId: info.chainId,
    channels: info.channels,
    tee: info.tee,
    insecure: info.insecure,
    pricePerCycle: prices[0]!.pricePerCycle,
    pricePerCycleWei: info.pricePerCycle.toString(),
    minDeposit: inUnits(info.minDeposit, 18, 'ETH'),
    minDepositWei: info.minDeposit.toString(),
    tokens: prices.slice(1),
    limits: info.limits,
    functions: info.functions,
    modules: info.modules ?? { accept: 'builtin', measurements: [], maxModuleBytes: 0 },
    // What an owner's policy pins (tee.measurements) and what a registry join binds.
    runtimeMeasurement: toHex(info.enclave.runtimeMeasurement).slice(2),
    ...(info.enclave.recordAddress === undefined ? {} : { recordAddress: info.enclave.recordAddress }),
  };
}

/** The built-in functions by measurement (sha256 of the module, hex), so that the executor's list reads as `executor start` printed it. */
async function builtinNames(): Promise<Map<string, string>> {
  const { BUILTIN_FUNCTIONS, loadBuiltinFunction, measureFunction } = await import('../../functions/abi.js');
  const named = await Promise.all(BUILTIN_FUNCTIONS.map(async (name) => [toHex(measureFunction(await loadBuiltinFunction(name))).slice(2), name] as const));
  return new Map(named);
}

function describeTerms(url: string, info: ExecutorInfo, prices: TokenPrice[], verified: { ok: true } | { ok: false; code: string; message: string }, builtins: Map<string, string>): string {
  const functionName = (measurement: string) => {
    const name = builtins.get(measurement.replace(/^0x/, '').toLowerCase());
    return name === undefined ? measurement.slice(0, 16) : `${name} (${measurement.replace(/^0x/, '').slice(0, 16)})`;
  };
  const lines = [
    `executor ${url}`,
    `  account          ${info.executor}   (chain ${info.chainId}, channels ${info.channels})`,
    `  tee              ${info.tee}${info.insecure ? '   INSECURE: simulated, development only' : ''}`,
    `  price per cycle  ${formatUnits(info.pricePerCycle, 9)} gwei = ${prices[0]!.pricePerCycle} (${info.pricePerCycle} wei)`,
    `  min deposit      ${inUnits(info.minDeposit, 18, 'ETH')} (${info.minDeposit} wei)`,
    ...prices.slice(1).map((p) => p.decimals === null
      ? `  also accepts     ${p.raw} units per cycle of token ${p.token} (${p.note})`
      : `  also accepts     ${p.pricePerCycle} per cycle (${p.raw} units, ${p.decimals} decimals; token ${p.token})`),
    `  limits           ${info.limits.maxCyclesPerRound} cycles per round, channels of at least ${info.limits.minChannelSeconds} s`,
    `  functions        ${info.functions.map(functionName).join(', ') || 'none'}`,
    `  own modules      ${info.modules === undefined || info.modules.accept === 'builtin' ? 'no (built-in functions only)' : info.modules.accept === 'any' ? `any that passes the checks, up to ${info.modules.maxModuleBytes} bytes` : `${info.modules.measurements.length} listed, up to ${info.modules.maxModuleBytes} bytes`}`,
    `  runtime          ${toHex(info.enclave.runtimeMeasurement).slice(2)}   (the enclave's measurement: what owners' policies pin)`,
    verified.ok ? '  verified: evidence accepted by the policy, terms signed by the enclave' : `  NOT VERIFIED: ${verified.code}: ${verified.message}${info.insecure ? ' (pass --allow-simulated to accept a development executor)' : ''}`,
  ];
  return lines.join('\n');
}
