/**
 * `airtnt attest ...`: verify real TEE evidence offline (SGX, TDX, SEV-SNP, Nitro) and fuzz the verifiers.
 *
 *   airtnt attest verify FILE [--kind K] [--collateral PATH]... [--at ISO-TIME] [--json]
 *   airtnt attest fuzz [--iterations N] [--seed S] [--kind K] [--json]
 *
 * This file defines the commands and their options; their work is in attest-action.ts.
 */
import type { Command } from 'commander';

export type VerifyOptions = { kind?: string; collateral: string[]; at?: string; json?: boolean; allowSimulated?: boolean; snpMinTcb?: string[] };
export type FuzzOptions = { iterations: string; seed: string; kind?: string[]; json?: boolean };

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function registerAttest(program: Command): void {
  const attest = program.command('attest').description('verify TEE evidence (SGX, TDX, SEV-SNP, Nitro) and fuzz the verifiers');
  attest
    .command('verify')
    .description('verify an evidence file against the pinned vendor roots (offline, with collateral files)')
    .argument('<file>', 'DCAP quote, SEV-SNP report, Nitro attestation document (raw, hex or base64)')
    .option('--kind <kind>', 'sgx | tdx | sev-snp | nitro (detected when absent)')
    .option('--collateral <path>', 'collateral file or folder (repeatable): Intel TCB info / QE identity / CRLs; SEV-SNP VCEK and ASK/ARK', collect, [])
    .option('--at <iso-time>', 'verify as of this time (default: now)')
    .option('--allow-simulated', 'accept the simulated (INSECURE) TEE')
    .option('--snp-min-tcb <product:spls>', 'AMD minimum TCB for a product, e.g. Genoa:blSPL=N,teeSPL=N,snpSPL=N,ucodeSPL=N (repeatable)', collect, undefined)
    .option('--json', 'print one JSON object')
    .action(async (file: string, options: VerifyOptions) => {
      // Loaded when the command runs, not when it is defined, so that --help answers at once.
      const { verifyCommand } = await import('./attest-action.js');
      await verifyCommand(file, options);
    });
  attest
    .command('fuzz')
    .description('mutation-fuzz the verifiers with the real samples of shared/attestation')
    .option('--iterations <n>', 'number of mutated cases', '5000')
    .option('--seed <s>', 'PRNG seed (the run is deterministic for a seed)', '1')
    .option('--kind <kind>', 'only this kind (repeatable)', collect, undefined)
    .option('--json', 'print one JSON object')
    .action(async (options: FuzzOptions) => {
      const { fuzzCommand } = await import('./attest-action.js');
      await fuzzCommand(options);
    });
}
