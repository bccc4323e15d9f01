/**
 * Checks of a module that is small on the wire but costly once loaded, run on its bytes before it is
 * compiled (docs/functions.md, "Modules sent with a session"): its size, and tables, which a module
 * declares by their element count (a few bytes asking for millions of entries, allocated at
 * instantiation). Memory is not declared here (the ABI forbids a module's own memory, and the
 * imported one is bounded by the round's memory limit); data segments carry their bytes, so the size
 * bound covers them, and one placed outside memory traps at the trial instantiation
 * (checkInstantiation in abi.ts). Compile time and a start function that loops are bounded by the
 * enclave's execution worker, which runs the compile and the trial instantiation under a time limit.
 */
import { AirtntError } from '../util/errors.js';

/** Most table entries a module may declare (in all): a function-pointer table of an ordinary program is far smaller. */
export const MAX_TABLE_ELEMENTS = 100_000;
/** Most tables a module may declare. */
export const MAX_TABLES = 16;
const SECTION_TABLE = 4;

function refuse(what: string, details: Record<string, unknown> = {}): never {
  throw new AirtntError('INVALID_FUNCTION', `the module is refused: ${what}`, {
    details,
    hint: 'see docs/functions.md for the limits a module sent with a session must meet',
  });
}

/** Unsigned LEB128 (up to 32 bits) at `offset`: [value, next offset]. */
function leb(bytes: Uint8Array, offset: number, end: number): [number, number] {
  let result = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    if (offset >= end) refuse('a section ends inside a number');
    const b = bytes[offset++]!;
    result += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return [result, offset];
  }
  return refuse('a number is encoded in too many bytes');
}

/**
 * Throws MODULE_TOO_LARGE past `maxModuleBytes`, INVALID_FUNCTION for tables past the limits above
 * or a module whose sections do not parse; work linear in the module's size.
 */
export function checkModuleShape(bytes: Uint8Array, maxModuleBytes: number): void {
  if (bytes.length > maxModuleBytes) {
    throw new AirtntError('MODULE_TOO_LARGE', `the module is ${bytes.length} bytes, more than the ${maxModuleBytes} accepted`, {
      details: { bytes: bytes.length, maxModuleBytes },
      hint: 'build it smaller (optimise for size), or use an executor that accepts larger modules',
    });
  }
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) refuse('it is not a WebAssembly binary');
  let offset = 8;
  let tableElements = 0;
  let tables = 0;
  while (offset < bytes.length) {
    const id = bytes[offset++]!;
    const [size, body] = leb(bytes, offset, bytes.length);
    const end = body + size;
    if (end > bytes.length) refuse('a section runs past the end of the module', { section: id });
    if (id === SECTION_TABLE) {
      const [count, start] = leb(bytes, body, end);
      let at = start;
      tables += count;
      if (tables > MAX_TABLES) refuse(`it declares ${tables} tables, more than ${MAX_TABLES}`, { tables });
      for (let i = 0; i < count; i++) {
        if (at + 2 > end) refuse('the table section is cut short');
        const refType = bytes[at]!;
        // 0x40: a table with an initialiser (GC proposal), which metering refuses anyway.
        if (refType !== 0x70 && refType !== 0x6f) refuse('a table of an unknown kind', { refType });
        const flags = bytes[at + 1]!;
        if (flags !== 0 && flags !== 1) refuse('a table with shared or 64-bit limits', { flags });
        let min: number;
        [min, at] = leb(bytes, at + 2, end);
        if (flags === 1) [, at] = leb(bytes, at, end);
        tableElements += min;
        if (tableElements > MAX_TABLE_ELEMENTS) {
          refuse(`its tables ask for ${tableElements} entries, more than ${MAX_TABLE_ELEMENTS}`, { tableElements, max: MAX_TABLE_ELEMENTS });
        }
      }
    }
    offset = end;
  }
}
