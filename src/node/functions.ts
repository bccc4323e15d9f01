/** The built-in functions' measurements, as an executor advertises them and a requester names them. */
import { BUILTIN_FUNCTIONS, loadBuiltinFunction, measureFunction, type BuiltinFunctionName } from '../functions/abi.js';
import { toHex } from '../util/bytes.js';

/** sha256 (lowercase hex without 0x) of every built-in module that is built; missing ones are skipped. */
export async function builtinMeasurements(): Promise<Partial<Record<BuiltinFunctionName, string>>> {
  const out: Partial<Record<BuiltinFunctionName, string>> = {};
  for (const name of BUILTIN_FUNCTIONS) {
    try {
      out[name] = toHex(measureFunction(await loadBuiltinFunction(name))).slice(2);
    } catch {
      // Not built (npm run build makes them): the executor simply does not offer it.
    }
  }
  return out;
}
