#!/usr/bin/env node
/**
 * The `airtnt` command line. Each command lives in its own file under ./commands.
 *
 * `airtnt --help` must answer in well under a second, and the command modules pull in viem, the
 * enclave, SQLite and the attestation verifiers. So the tree is registered cheaply (name and
 * description of each top-level command, from COMMANDS) and only the module of the command named on
 * the command line is imported, which then registers its real subcommands and options.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { namesPayingRun, watchEarlyInterrupt } from './early-interrupt.js';
import { reportFailure } from './failure.js';

type Register = (parent: Command) => void;
type Entry = { description: string; load: () => Promise<Register[]> };

/** The top-level commands, in the order `airtnt --help` lists them. */
export const COMMANDS: Record<string, Entry> = {
  devnet: {
    description: 'start a local development chain (anvil) with the channels contract and a test token deployed',
    load: async () => [(await import('./commands/devnet.js')).registerDevnet],
  },
  function: {
    description: 'write, build and check WebAssembly functions (yours, and the built-in life and ocr), and run them locally',
    load: async () => [(await import('./commands/function.js')).registerFunction],
  },
  attest: {
    description: 'verify TEE evidence (SGX, TDX, SEV-SNP, Nitro) and fuzz the verifiers',
    load: async () => [(await import('./commands/attest.js')).registerAttest],
  },
  executor: {
    description: 'rent out enclave compute, paid round by round',
    load: async () => [(await import('./commands/executor.js')).registerExecutor],
  },
  run: {
    description: 'rent executors to run a function, paying round by round',
    load: async () => [(await import('./commands/run.js')).registerRun],
  },
  registry: {
    description: 'the open network: list the executors and verifiers registered on chain, check a selection',
    load: async () => [(await import('./commands/registry.js')).registerRegistry],
  },
  verifier: {
    description: 'run a verifier node of the open network: judge joining executors, sign verdicts, take part in the epoch seed',
    load: async () => [(await import('./commands/verifier.js')).registerVerifier],
  },
  runs: {
    description: 'the runs kept in a requester\'s store (list, show)',
    load: async () => [(await import('./commands/runs.js')).registerRuns],
  },
  owner: {
    description: 'code and data owners: encrypt a module or data, release its key only to attested enclaves (serve, seal)',
    load: async () => [(await import('./commands/owner.js')).registerOwner],
  },
  demo: {
    description: 'the whole system on this machine: local chain, two executors (simulated TEE, INSECURE), a paid Game of Life run that survives a SIGKILL, settlement',
    load: async () => [(await import('./commands/demo.js')).registerDemo],
  },
  bench: {
    description: 'benchmarks that print figures (JSON with --json)',
    load: async () => {
      const [gas, enclave, runs, race, attack, frames, load, fuzz, crash, netfaults, failover, floor] = await Promise.all([
        import('./commands/bench-gas.js'),
        import('./commands/bench-enclave.js'),
        import('./commands/bench-runs.js'),
        import('./commands/bench-collect-race.js'),
        import('./commands/bench-attack.js'),
        import('./commands/bench-frames.js'),
        import('./commands/bench-load.js'),
        import('./commands/bench-fuzz.js'),
        import('./commands/bench-crash.js'),
        import('./commands/bench-netfaults.js'),
        import('./commands/bench-failover.js'),
        import('./commands/bench-floor.js'),
      ]);
      // bench is a group: its subcommands register on the group command itself.
      return [(program) => {
        const bench = program.command('bench').description(COMMANDS.bench!.description);
        for (const register of [gas.registerBenchGas, enclave.registerBenchEnclave, runs.registerBenchRuns, race.registerBenchCollectRace, attack.registerBenchAttack, frames.registerBenchFrames, load.registerBenchLoad, fuzz.registerBenchFuzz, crash.registerBenchCrash, netfaults.registerBenchNetFaults, failover.registerBenchFailover, floor.registerBenchFloor]) register(bench);
      }];
    },
  },
};

/** The version in package.json (src/cli/main.ts and dist/cli/main.js are both two levels down). */
export function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/** The top-level command named in argv (after options such as --help), or undefined. */
export function commandNamed(args: string[]): string | undefined {
  const words = args.filter((arg) => !arg.startsWith('-'));
  const first = words[0] === 'help' ? words[1] : words[0];
  return first !== undefined && Object.hasOwn(COMMANDS, first) ? first : undefined;
}

/**
 * The program for these arguments: every top-level command listed, and the one the arguments name
 * (if any) registered in full.
 */
export async function buildProgram(args: string[]): Promise<Command> {
  const program = new Command('airtnt')
    .description('Rent out and rent confidential (TEE) compute, paid round by round over hash-locked channels.')
    .version(packageVersion(), '-V, --version', 'print the airtnt version')
    // The error first and short: the whole help after it would bury it.
    .showHelpAfterError('(add --help for usage)')
    .showSuggestionAfterError()
    // Parse errors are thrown (and inherited by every command created below) so that --json
    // prints them as a JSON error too; reportFailure exits with commander's code.
    .exitOverride();
  const named = commandNamed(args);
  for (const [name, entry] of Object.entries(COMMANDS)) {
    if (name === named) {
      for (const register of await entry.load()) register(program);
    } else {
      program.command(name).description(entry.description);
    }
  }
  for (const command of program.commands) command.showHelpAfterError('(add --help for usage)').showSuggestionAfterError();
  return program;
}

const args = process.argv.slice(2);
// Ctrl-C while a paying run's modules load is said too (the run's own handler takes over once set).
if (namesPayingRun(args)) watchEarlyInterrupt(args.includes('--json'));
buildProgram(args)
  .then((program) => program.parseAsync(process.argv))
  .catch((error: unknown) => reportFailure(error, args));
