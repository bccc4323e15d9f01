/**
 * Reads the parts of a WebAssembly binary that the ABI check needs and that the JS API does not
 * show: function signatures of imports and exports, and the limits of imported and defined memories
 * (WebAssembly Core Specification 2.0, section 5 "Binary Format"). Only called on bytes that
 * WebAssembly.compile accepted, but every read is still bounds-checked.
 */
import { AirtntError } from '../util/errors.js';
import { WasmCursor } from './wasm-cursor.js';

export type ValueType = 'i32' | 'i64' | 'f32' | 'f64' | 'v128' | 'funcref' | 'externref';
export type FunctionSignature = { params: ValueType[]; results: ValueType[] };
export type MemoryLimits = { min: number; max: number | undefined; shared: boolean; memory64: boolean };

export type WasmImport =
  | { module: string; name: string; kind: 'function'; signature: FunctionSignature }
  | { module: string; name: string; kind: 'memory'; limits: MemoryLimits }
  | { module: string; name: string; kind: 'table' | 'global' | 'tag' };

export type WasmExport = { name: string; kind: 'function' | 'table' | 'memory' | 'global' | 'tag'; index: number };

export type WasmSections = {
  imports: WasmImport[];
  exports: WasmExport[];
  /** Signature of every function in the function index space (imports first). */
  functionSignatures: FunctionSignature[];
  /** Memories the module defines itself (section 5). */
  definedMemories: MemoryLimits[];
};

const VALUE_TYPES: Record<number, ValueType> = {
  0x7f: 'i32', 0x7e: 'i64', 0x7d: 'f32', 0x7c: 'f64', 0x7b: 'v128', 0x70: 'funcref', 0x6f: 'externref',
};
const EXPORT_KINDS = ['function', 'table', 'memory', 'global', 'tag'] as const;
const SECTION_TYPE = 1;
const SECTION_IMPORT = 2;
const SECTION_FUNCTION = 3;
const SECTION_MEMORY = 5;
const SECTION_EXPORT = 7;

function malformed(what: string): never {
  throw new AirtntError('INVALID_FUNCTION', `the WebAssembly module is malformed: ${what}`);
}

class Reader extends WasmCursor {
  constructor(bytes: Uint8Array, offset: number, end: number) {
    super(bytes, offset, end, malformed);
  }
  name(): string {
    const length = this.u32();
    if (this.offset + length > this.end) malformed('name runs past its section');
    const text = Buffer.from(this.bytes.subarray(this.offset, this.offset + length)).toString('utf8');
    this.offset += length;
    return text;
  }
  valueType(): ValueType {
    const code = this.byte();
    return VALUE_TYPES[code] ?? malformed(`unsupported value type 0x${code.toString(16)}`);
  }
  limits(): MemoryLimits {
    const flags = this.byte();
    if (flags > 0x07) malformed(`unsupported memory limits flags 0x${flags.toString(16)}`);
    const memory64 = (flags & 0x04) !== 0;
    const min = memory64 ? this.u64() : this.u32();
    const max = (flags & 0x01) !== 0 ? (memory64 ? this.u64() : this.u32()) : undefined;
    return { min, max, shared: (flags & 0x02) !== 0, memory64 };
  }
}

export function readWasmSections(bytes: Uint8Array): WasmSections {
  if (bytes.length < 8) malformed('shorter than the 8-byte preamble');
  const types: FunctionSignature[] = [];
  const imports: WasmImport[] = [];
  const functionSignatures: FunctionSignature[] = [];
  const exports: WasmExport[] = [];
  const definedMemories: MemoryLimits[] = [];
  const top = new Reader(bytes, 8, bytes.length);
  const typeAt = (index: number): FunctionSignature => types[index] ?? malformed(`type index ${index} out of range`);

  while (top.offset < top.end) {
    const id = top.byte();
    const size = top.u32();
    const section = new Reader(bytes, top.offset, top.offset + size);
    if (section.end > bytes.length) malformed('section runs past the end');
    top.offset = section.end;
    if (id === SECTION_TYPE) {
      for (let count = section.count(); count > 0; count--) {
        if (section.byte() !== 0x60) malformed('only plain function types are supported');
        const params = Array.from({ length: section.count() }, () => section.valueType());
        const results = Array.from({ length: section.count() }, () => section.valueType());
        types.push({ params, results });
      }
    } else if (id === SECTION_IMPORT) {
      for (let count = section.count(); count > 0; count--) {
        imports.push(readImport(section, typeAt, functionSignatures));
      }
    } else if (id === SECTION_FUNCTION) {
      for (let count = section.count(); count > 0; count--) functionSignatures.push(typeAt(section.u32()));
    } else if (id === SECTION_MEMORY) {
      for (let count = section.count(); count > 0; count--) definedMemories.push(section.limits());
    } else if (id === SECTION_EXPORT) {
      for (let count = section.count(); count > 0; count--) {
        const name = section.name();
        const kind = EXPORT_KINDS[section.byte()] ?? malformed(`unknown export kind of "${name}"`);
        exports.push({ name, kind, index: section.u32() });
      }
    }
  }
  return { imports, exports, functionSignatures, definedMemories };
}

function readImport(
  section: Reader,
  typeAt: (index: number) => FunctionSignature,
  functionSignatures: FunctionSignature[],
): WasmImport {
  const module = section.name();
  const name = section.name();
  const kind = section.byte();
  if (kind === 0x00) {
    const signature = typeAt(section.u32());
    functionSignatures.push(signature);
    return { module, name, kind: 'function', signature };
  }
  if (kind === 0x02) return { module, name, kind: 'memory', limits: section.limits() };
  if (kind === 0x01) {
    section.byte(); // reference type
    section.limits();
    return { module, name, kind: 'table' };
  }
  if (kind === 0x03) {
    section.valueType();
    section.byte(); // mutability
    return { module, name, kind: 'global' };
  }
  if (kind === 0x04) {
    section.byte(); // attribute
    section.u32();
    return { module, name, kind: 'tag' };
  }
  return malformed(`unknown import kind of "${module}.${name}"`);
}
