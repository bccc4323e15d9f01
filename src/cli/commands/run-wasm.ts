/**
 * `airtnt run wasm MODULE.wasm --state FILE --cycles N --per-round M ...`: rent executors to run any
 * ABI v1 function (docs/functions.md), paying round by round. The module is checked here first, then
 * sent sealed to each executor's enclave that does not hold it yet (docs/protocol.md part 3,
 * "Modules"); the initial state is the file's bytes; --out gets the final state, --outputs every
 * output message in order, each as a u32 little-endian length then its bytes (the ABI framing).
 * With --code-owner / --data-owner the module and the state are owners' ciphertexts, released by their
 * agents to the executor's enclave for the session (docs/protocol.md part 2, "Owner releases").
 */
import type { Command } from 'commander';
import type { RequesterFaults } from '../../node/faults.js';
import { integer } from '../integer-arg.js';
import { collect } from './policy-options.js';
import { addPoolOptions, type PoolOptions } from './pool-options.js';
import { addPaymentOptions, addRequesterOptions, executorUrl, type CommonOptions, type PaymentOptions } from './run.js';

export type WasmOptions = CommonOptions & PaymentOptions & PoolOptions & {
  state?: string;
  codeOwner?: string;
  dataOwner?: string;
  function?: string;
  cycles: number;
  perRound: number;
  executor: string[];
  fromRegistry?: string;
  minStake?: string;
  out?: string;
  outputs?: string;
  json?: boolean;
  /** true: --parallel (the manifest is required); false: --no-parallel; absent: the manifest decides. */
  parallel?: boolean;
};

/** @param injected test-only crash points for the requester (src/node/faults.ts); the airtnt CLI passes none. */
export function registerRunWasm(run: Command, injected: { faults?: RequesterFaults } = {}): void {
  const wasm = run
    .command('wasm')
    .description('run any ABI v1 function (docs/functions.md) on a state file; the module is sent, sealed, to executors that accept it')
    .argument('<module>', 'the function\'s WebAssembly module (.wasm); its sha256 is its measurement')
    .option('--state <file>', 'the initial state: the file\'s bytes (required without --data-owner); with --data-owner, the data owner\'s encrypted data (airtnt owner encrypt --data), omitted when it releases its data inline')
    .option('--code-owner <url>', 'the code owner\'s agent (airtnt owner serve): <module> is then its encrypted module (airtnt owner encrypt --module), released to the enclave for this session only', executorUrl)
    .option('--data-owner <url>', 'the data owner\'s agent (airtnt owner serve): the initial state is its data, released to the enclave; if its policy names itself recipient, results are for it, not for you', executorUrl)
    .option('--function <sha256>', 'with --code-owner: the module\'s measurement (default: the one the code owner\'s policy lists)')
    .requiredOption('--cycles <n>', 'cycles in total (fewer if the function terminates first: only those are paid)', integer(1, Number.MAX_SAFE_INTEGER))
    .requiredOption('--per-round <n>', 'cycles per paid round', integer(1, 0xffff_ffff))
    .option('--executor <url>', 'executor URL (repeatable: later ones take over); or --from-registry', collect(executorUrl))
    .option('--from-registry <address>', 'no URL: select executors from this AirtntRegistry (verifiable, rank 0 runs, the next ranks take over; one run, not split)')
    .option('--min-stake <eth>', 'with --from-registry: only executors with at least this stake')
    .option('--out <file>', 'where to write the final state')
    .option('--outputs <file>', 'where to write every output message in order (u32 little-endian length, then the bytes)')
    .option('--json', 'print one JSON object as the last line of stdout')
    .option('--parallel', 'split the state\'s items across the executors (requires the manifest MODULE.wasm.json; the default when it exists)')
    .option('--no-parallel', 'run as one run even if the module\'s manifest declares independent items');
  addPoolOptions(wasm);
  addPaymentOptions(wasm);
  addRequesterOptions(wasm);
  wasm.action(async (modulePath: string, options: WasmOptions) => {
    // The requester's machinery is loaded when the command runs, so that --help answers at once.
    // The registry's selection names one executor and its standbys in rank order: a single run.
    const { AirtntError } = await import('../../util/errors.js');
    if (options.fromRegistry === undefined && (options.executor === undefined || options.executor.length === 0)) {
      throw new AirtntError('INVALID_OPTION', 'name the executors: --executor URL (repeatable) or --from-registry ADDRESS');
    }
    if (options.fromRegistry !== undefined && options.parallel === true) {
      throw new AirtntError('INVALID_OPTION', '--from-registry selects one executor (and standbys in rank order): it cannot split a run with --parallel');
    }
    if (options.standby !== undefined && options.parallel === true) {
      throw new AirtntError('INVALID_OPTION', '--standby runs one session on the first --executor with standbys: it cannot split a run with --parallel');
    }
    // A pool is one run on the first --executor: the module's manifest does not split it.
    if (options.parallel !== false && options.fromRegistry === undefined && options.standby === undefined) {
      const { runWasmParallelIfDeclared } = await import('./run-wasm-parallel.js');
      if (await runWasmParallelIfDeclared(modulePath, options, injected.faults)) return;
    }
    const { runWasmCommand } = await import('./run-wasm-action.js');
    await runWasmCommand(modulePath, options, injected.faults);
  });
}
