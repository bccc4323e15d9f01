/**
 * `airtnt executor info URL`: fetches an executor's /v1/info, checks its evidence against the
 * attestation policy of the flags and the enclave's signature over the terms, and prints the terms
 * in units. Exits non-zero when the info cannot be trusted (the terms are still shown, marked so).
 */
import type { Command } from 'commander';
import { formatUnits, zeroAddress } from 'viem';
import { mergeCollateral, verifyEnclaveIdentity } from '../../attestation/index.js';
import { fetchExecutorCollateral } from '../../node/collateral-client.js';
import { infoStatementOf, type ExecutorInfo } from '../../node/info.js';
import { fetchExecutorInfo } from '../../node/verify-executor.js';
import { verifyInfoStatement } from '../../protocol/info-statement.js';
import { AirtntError, isAirtntError, safeJson } from '../../util/errors.js';
import { policyOf, type PolicyOptions } from './run.js';

type InfoOptions = PolicyOptions & { json?: boolean; timeoutMs: number };

export function registerExecutorInfo(executor: Command, addPolicyOptions: (command: Command) => Command): void {
  const info = executor
    .command('info')
    .description('fetch an executor\'s terms (/v1/info), verify its evidence and signature, and print them in units')
    .argument('<url>', 'the executor, e.g. http://127.0.0.1:8545')
    .option('--json', 'print one JSON object')
    .option('--timeout-ms <ms>', 'give up after this long', (value: string) => {
      if (!/^\d{1,7}$/.test(value)) throw new AirtntError('INVALID_OPTION', `--timeout-ms: expected milliseconds, got "${value}"`);
      return Number(value);
    }, 5_000);
  addPolicyOptions(info).action(async (url: string, options: InfoOptions) => {
    const { info: document } = await fetchExecutorInfo(url, options.timeoutMs);
    let verified: { ok: true } | { ok: false; code: string; message: string };
    try {
      const served = ['sgx', 'tdx', 'sev-snp'].includes(document.enclave.evidence.kind) ? await fetchExecutorCollateral(url, options.timeoutMs) : undefined;
      const collateral = served ? mergeCollateral(served.collateral, undefined) : undefined;
      const { signingPublicKey, hpkePublicKey, runtimeMeasurement, evidence } = document.enclave;
      const identity = await verifyEnclaveIdentity({ tee: document.tee, insecure: document.insecure, signingPublicKey, hpkePublicKey, runtimeMeasurement, evidence }, policyOf(options), collateral ? { collateral } : {});
      if (identity.insecure !== document.insecure) throw new AirtntError('BINDING_MISMATCH', 'the executor misstates whether its TEE is simulated');
      if (document.signature === undefined) throw new AirtntError('INFO_NOT_SIGNED', 'the terms carry no enclave signature');
      verifyInfoStatement(infoStatementOf(document), document.signature);
      verified = { ok: true };
    } catch (error) {
      if (!isAirtntError(error)) throw error;
      verified = { ok: false, code: error.code, message: error.message.split('\n')[0]! };
    }
    if (options.json) process.stdout.write(`${safeJson({ ok: verified.ok, verified, info: termsOf(document) })}\n`);
    else process.stdout.write(`${describeTerms(url, document, verified)}\n`);
    if (!verified.ok) process.exitCode = 1;
  });
}

function termsOf(info: ExecutorInfo): Record<string, unknown> {
  return {
    executor: info.executor,
    chainId: info.chainId,
    channels: info.channels,
    tee: info.tee,
    insecure: info.insecure,
    pricePerCycle: `${formatUnits(info.pricePerCycle, 9)} gwei`,
    minDeposit: `${formatUnits(info.minDeposit, 18)} ETH`,
    tokens: info.acceptedTokens.filter((t) => t.token.toLowerCase() !== zeroAddress).map((t) => ({ token: t.token, pricePerCycle: `${t.pricePerCycle} units` })),
    limits: info.limits,
    functions: info.functions,
  };
}

function describeTerms(url: string, info: ExecutorInfo, verified: { ok: true } | { ok: false; code: string; message: string }): string {
  const lines = [
    `executor ${url}`,
    `  account          ${info.executor}   (chain ${info.chainId}, channels ${info.channels})`,
    `  tee              ${info.tee}${info.insecure ? '   INSECURE: simulated, development only' : ''}`,
    `  price per cycle  ${formatUnits(info.pricePerCycle, 9)} gwei (${info.pricePerCycle} wei)`,
    `  min deposit      ${formatUnits(info.minDeposit, 18)} ETH`,
    ...info.acceptedTokens.filter((t) => t.token.toLowerCase() !== zeroAddress).map((t) => `  also accepts     ${t.token} at ${t.pricePerCycle} units per cycle`),
    `  limits           ${info.limits.maxCyclesPerRound} cycles per round, channels of at least ${info.limits.minChannelSeconds} s`,
    `  functions        ${info.functions.map((f) => f.slice(0, 16)).join(', ') || 'none'}`,
    verified.ok ? '  verified: evidence accepted by the policy, terms signed by the enclave' : `  NOT VERIFIED: ${verified.code}: ${verified.message}${info.insecure ? ' (pass --allow-simulated to accept a development executor)' : ''}`,
  ];
  return lines.join('\n');
}
