/**
 * Assembles tiny WebAssembly modules for tests of the ABI binding (malformed and misbehaving
 * functions), straight from the binary format (WebAssembly Core Specification 2.0, section 5).
 */
import { uleb } from '../wasm-cursor.js';

export { uleb };

type ValueType = 'i32' | 'i64';
const VALUE_CODES: Record<ValueType, number> = { i32: 0x7f, i64: 0x7e };

export type TestFunction = {
  name?: string;
  params: ValueType[];
  results: ValueType[];
  /** Instruction bytes, without the final `end`. */
  body: number[];
};

export type TestImport =
  | { module: string; name: string; kind: 'memory'; min: number; max?: number }
  | { module: string; name: string; kind: 'function'; params: ValueType[]; results: ValueType[] };

export type TestModule = { imports: TestImport[]; functions: TestFunction[]; ownMemoryPages?: number };

/** Opcodes used by the tests. */
export const op = {
  unreachable: 0x00,
  drop: 0x1a,
  localGet: 0x20,
  i32Const: 0x41,
  i32Store: 0x36,
  memoryGrow: [0x40, 0x00],
  call: 0x10,
  loop: [0x03, 0x40],
  br: 0x0c,
  end: 0x0b,
  i32Eqz: 0x45,
  brIf: 0x0d,
  block: [0x02, 0x40],
  i64Const: 0x42,
};


/** Signed LEB128 (for i32.const). */
export function sleb(value: number): number[] {
  const out: number[] = [];
  let rest = value | 0;
  for (;;) {
    const byte = rest & 0x7f;
    rest >>= 7;
    const done = (rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

function name(text: string): number[] {
  const bytes = [...Buffer.from(text, 'utf8')];
  return [...uleb(bytes.length), ...bytes];
}

function vector(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

function limits(min: number, max?: number): number[] {
  return max === undefined ? [0x00, ...uleb(min)] : [0x01, ...uleb(min), ...uleb(max)];
}

export function buildModule(spec: TestModule): Uint8Array {
  const types: number[][] = [];
  const typeIndex = (params: ValueType[], results: ValueType[]): number => {
    const encoded = [0x60, ...vector(params.map((t) => [VALUE_CODES[t]])), ...vector(results.map((t) => [VALUE_CODES[t]]))];
    const found = types.findIndex((t) => t.join() === encoded.join());
    if (found >= 0) return found;
    types.push(encoded);
    return types.length - 1;
  };
  const imports = spec.imports.map((entry) => {
    const head = [...name(entry.module), ...name(entry.name)];
    if (entry.kind === 'memory') return [...head, 0x02, ...limits(entry.min, entry.max)];
    return [...head, 0x00, ...uleb(typeIndex(entry.params, entry.results))];
  });
  const importedFunctions = spec.imports.filter((entry) => entry.kind === 'function').length;
  const functionTypes = spec.functions.map((fn) => uleb(typeIndex(fn.params, fn.results)));
  const exports = spec.functions.flatMap((fn, i) => (fn.name ? [[...name(fn.name), 0x00, ...uleb(importedFunctions + i)]] : []));
  const bodies = spec.functions.map((fn) => {
    const body = [0x00, ...fn.body, op.end]; // no locals
    return [...uleb(body.length), ...body];
  });
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector(types)),
    ...section(2, vector(imports)),
    ...section(3, vector(functionTypes)),
    ...(spec.ownMemoryPages === undefined ? [] : section(5, vector([limits(spec.ownMemoryPages)]))),
    ...section(7, vector(exports)),
    ...section(10, vector(bodies)),
  ]);
}

/** A function returning a constant i32. */
export function constant(fnName: string, value: number): TestFunction {
  return { name: fnName, params: [], results: ['i32'], body: [op.i32Const, ...sleb(value)] };
}

export const MEMORY_IMPORT: TestImport = { module: 'env', name: 'memory', kind: 'memory', min: 1 };
export const ABORT_IMPORT: TestImport = { module: 'env', name: 'abort', kind: 'function', params: ['i32', 'i32', 'i32', 'i32'], results: [] };

/**
 * A complete ABI v1 module: input at 1024, `run` given as instructions (params: 0 = len,
 * 1 = cycles), and the state/output exports returning the given constants. Extra functions may be
 * appended (their names override the defaults).
 */
export function abiModule(options: {
  run: number[];
  statePtr?: number;
  stateLen?: number[];
  outputPtr?: number;
  outputLen?: number;
  imports?: TestImport[];
  extra?: TestFunction[];
  drop?: string[];
}): Uint8Array {
  const defaults: TestFunction[] = [
    constant('airtnt_abi_v1', 1),
    { name: 'input_buffer', params: ['i32'], results: ['i32'], body: [op.i32Const, ...sleb(1024)] },
    { name: 'run', params: ['i32', 'i32'], results: ['i32'], body: options.run },
    constant('state_ptr', options.statePtr ?? 1024),
    { name: 'state_len', params: [], results: ['i32'], body: options.stateLen ?? [op.i32Const, 0] },
    constant('output_ptr', options.outputPtr ?? 0),
    constant('output_len', options.outputLen ?? 0),
  ];
  const overridden = new Set([...(options.extra ?? []).map((fn) => fn.name), ...(options.drop ?? [])]);
  const functions = [...defaults.filter((fn) => !overridden.has(fn.name)), ...(options.extra ?? [])];
  return buildModule({ imports: options.imports ?? [MEMORY_IMPORT, ABORT_IMPORT], functions });
}
