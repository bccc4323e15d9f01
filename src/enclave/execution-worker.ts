/**
 * The execution worker: the only thread that runs untrusted WebAssembly. It holds no keys, only the
 * modules and the one state it is running, so the enclave worker can terminate it at any moment (a
 * function that loops forever, a crash) and start a new one without losing anything secret.
 * Spawned by src/enclave/execution.ts from inside the enclave worker.
 */
import { parentPort } from 'node:worker_threads';
import { checkInstantiation, compileFunction, runFunction } from '../functions/abi.js';
import { AirtntError } from '../util/errors.js';
import type { ExecutionReply, ExecutionRequest } from './execution.js';
import { serializeError } from './rpc.js';

if (!parentPort) throw new Error('execution-worker.ts must run as a worker thread');
const port = parentPort;
const modules = new Map<string, ReturnType<typeof compileFunction>>();

async function handle(request: ExecutionRequest): Promise<ExecutionReply> {
  try {
    if (request.module) modules.set(request.measurement, compileFunction(request.module));
    const module = modules.get(request.measurement);
    if (request.validate) {
      try {
        await checkInstantiation(await module!, request.limits.maxMemoryPages);
      } catch (error) {
        modules.delete(request.measurement);
        throw error;
      }
      return { id: request.id, ok: true, state: new Uint8Array(0), outputs: [], cyclesDone: 0, workUnits: 0 };
    }
    if (!module) {
      throw new AirtntError('FUNCTION_NOT_LOADED', 'the execution worker was not given this module', {
        details: { measurement: request.measurement },
      });
    }
    const result = await runFunction(await module, request.state, request.cycles, request.limits, request.workBudget);
    return { id: request.id, ok: true, state: result.state, outputs: result.outputs, cyclesDone: result.cyclesDone, workUnits: result.workUnits };
  } catch (error) {
    return { id: request.id, ok: false, error: serializeError(error) };
  }
}

port.on('message', (request: ExecutionRequest) => {
  void handle(request).then((reply) => {
    const transfer = reply.ok ? [reply.state.buffer, ...reply.outputs.map((output) => output.buffer)] : [];
    port.postMessage(reply, transfer as ArrayBuffer[]);
  });
});
port.postMessage({ ready: true });
