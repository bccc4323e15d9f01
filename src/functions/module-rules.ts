/**
 * The checks of `airtnt function check` that come before the ABI binding's own (compileFunction):
 * bounds on what a module may cost the host to load, read from the binary before anything compiles
 * it. Each failed rule is an INVALID_FUNCTION error whose `details.rule` names it
 * (docs/functions.md, "Checking a module").
 */
import { AirtntError } from '../util/errors.js';
import { WasmCursor } from './wasm-cursor.js';

export type ModuleBounds = {
  /** Largest module accepted, in bytes. */
  maxModuleBytes: number;
  /** Largest sum of data segment bytes (copied into memory at every instantiation). */
  maxDataBytes: number;
  /** Largest initial size of a table, in entries. */
  maxTableEntries: number;
  /** Most functions defined by the module. */
  maxFunctions: number;
  /** Most locals declared by one function (a few bytes on the wire, a large frame compiled). */
  maxLocalsPerFunction: number;
};

export const DEFAULT_MODULE_BOUNDS: ModuleBounds = {
  maxModuleBytes: 8 * 1024 * 1024,
  maxDataBytes: 4 * 1024 * 1024,
  maxTableEntries: 65_536,
  maxFunctions: 100_000,
  maxLocalsPerFunction: 50_000,
};

/** The rule names of `details.rule`, in the order `airtnt function check` applies them. */
export const MODULE_RULES = ['module-size', 'wasm', 'start-function', 'table-size', 'data-size', 'function-count', 'locals', 'imports', 'exports', 'memory', 'features'] as const;
export type ModuleRule = (typeof MODULE_RULES)[number];

export type ModuleFacts = { bytes: number; dataBytes: number; tableEntries: number; functions: number; maxLocals: number; hasStart: boolean };

const SECTION_TABLE = 4;
const SECTION_START = 8;
const SECTION_CODE = 10;
const SECTION_DATA = 11;

export function ruleError(rule: ModuleRule, message: string, details: Record<string, unknown> = {}, hint?: string): AirtntError {
  return new AirtntError('INVALID_FUNCTION', `rule ${rule}: ${message}`, {
    details: { rule, ...details },
    hint: hint ?? 'see "Checking a module" in docs/functions.md',
  });
}

class Cursor extends WasmCursor {
  constructor(bytes: Uint8Array, offset: number, end: number) {
    super(bytes, offset, end, (what) => {
      throw ruleError('wasm', what);
    });
  }
  /** A constant expression, up to and including its `end`. */
  skipConstExpr(): void {
    for (let steps = 0; steps < 64; steps++) {
      const op = this.byte();
      if (op === 0x0b) return;
      if (op === 0x41 || op === 0x42 || op === 0x23 || op === 0xd2) this.signedLeb();
      else if (op === 0x44) this.skip(8);
      else if (op === 0x43) this.skip(4);
      else if (op === 0xd0) this.byte();
      else if (op !== 0x6a && op !== 0x6b && op !== 0x6c && op !== 0x7c && op !== 0x7d && op !== 0x7e) {
        throw ruleError('wasm', `unexpected opcode 0x${op.toString(16)} in a constant expression`);
      }
    }
    throw ruleError('wasm', 'a constant expression is too long');
  }
  private signedLeb(): void {
    this.skipLeb(10);
  }
}

/**
 * Reads the sizes the bounds are about. Only bytes that WebAssembly.validate accepted come here, but
 * every read is bounded by its section all the same.
 */
export function readModuleFacts(bytes: Uint8Array): ModuleFacts {
  const facts: ModuleFacts = { bytes: bytes.length, dataBytes: 0, tableEntries: 0, functions: 0, maxLocals: 0, hasStart: false };
  const top = new Cursor(bytes, 8, bytes.length);
  while (top.offset < top.end) {
    const id = top.byte();
    const size = top.u32();
    const section = new Cursor(bytes, top.offset, top.offset + size);
    top.skip(size);
    if (id === SECTION_START) facts.hasStart = true;
    else if (id === SECTION_TABLE) {
      for (let count = section.u32(); count > 0; count--) {
        section.byte(); // reference type
        const flags = section.byte();
        facts.tableEntries = Math.max(facts.tableEntries, section.u32());
        if (flags & 0x01) section.u32();
      }
    } else if (id === SECTION_CODE) {
      facts.functions = section.u32();
      for (let index = 0; index < facts.functions; index++) {
        const bodySize = section.u32();
        const body = new Cursor(bytes, section.offset, section.offset + bodySize);
        section.skip(bodySize);
        let locals = 0;
        for (let groups = body.u32(); groups > 0; groups--) {
          locals += body.u32();
          body.byte();
        }
        facts.maxLocals = Math.max(facts.maxLocals, locals);
      }
    } else if (id === SECTION_DATA) {
      for (let count = section.u32(); count > 0; count--) {
        const kind = section.u32();
        if (kind === 2) section.u32(); // memory index
        if (kind === 0 || kind === 2) section.skipConstExpr();
        const length = section.u32();
        section.skip(length);
        facts.dataBytes += length;
      }
    }
  }
  return facts;
}

/** Applies the bounds; throws INVALID_FUNCTION naming the first rule the module breaks. */
export function checkModuleBounds(bytes: Uint8Array, bounds: ModuleBounds = DEFAULT_MODULE_BOUNDS): ModuleFacts {
  if (bytes.length > bounds.maxModuleBytes) {
    throw ruleError('module-size', `the module is ${bytes.length} bytes, more than ${bounds.maxModuleBytes}`, { bytes: bytes.length, maxModuleBytes: bounds.maxModuleBytes });
  }
  if (!WebAssembly.validate(bytes)) {
    throw ruleError('wasm', 'not a valid WebAssembly module', {}, 'build it with `airtnt function build`, or check it with wasm-validate');
  }
  const facts = readModuleFacts(bytes);
  if (facts.hasStart) {
    throw ruleError('start-function', 'the module has a start function', {}, 'a start function runs when the host instantiates the module, before any call: do the work in run(len, cycles) instead');
  }
  if (facts.tableEntries > bounds.maxTableEntries) {
    throw ruleError('table-size', `a table starts with ${facts.tableEntries} entries, more than ${bounds.maxTableEntries}`, { tableEntries: facts.tableEntries, maxTableEntries: bounds.maxTableEntries });
  }
  if (facts.dataBytes > bounds.maxDataBytes) {
    throw ruleError('data-size', `its data segments hold ${facts.dataBytes} bytes, more than ${bounds.maxDataBytes}`, { dataBytes: facts.dataBytes, maxDataBytes: bounds.maxDataBytes }, 'compute large tables in run(), or pass them in the state');
  }
  if (facts.functions > bounds.maxFunctions) {
    throw ruleError('function-count', `it defines ${facts.functions} functions, more than ${bounds.maxFunctions}`, { functions: facts.functions, maxFunctions: bounds.maxFunctions });
  }
  if (facts.maxLocals > bounds.maxLocalsPerFunction) {
    throw ruleError('locals', `a function declares ${facts.maxLocals} locals, more than ${bounds.maxLocalsPerFunction}`, { locals: facts.maxLocals, maxLocalsPerFunction: bounds.maxLocalsPerFunction });
  }
  return facts;
}

/**
 * The rule an INVALID_FUNCTION error of compileFunction (src/functions/abi.ts) is about, from what it
 * says: that binding names the offending import, export or memory, not a rule.
 */
export function ruleOfAbiError(error: AirtntError): ModuleRule {
  const text = error.shortMessage;
  if ('import' in error.details || /env\.abort/.test(text) || (/import/.test(text) && !/memory/.test(text))) return 'imports';
  if ('missing' in error.details || /must be \(/.test(text) || /export/.test(text)) return 'exports';
  if (/memory/.test(text)) return 'memory';
  if (/metered/.test(text)) return 'features';
  return 'wasm';
}
