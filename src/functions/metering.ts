/**
 * Deterministic work metering: rewrites a WebAssembly module so that it counts the instructions it
 * executes in a 64-bit global and traps once a budget is spent. The measurement of a function stays
 * sha256 of the module as written; this rewrite happens at load, inside the enclave, on bytes
 * WebAssembly.compile accepts (WebAssembly Core Specification 2.0, section 5 "Binary Format").
 *
 * How (docs/functions.md, "Work metering"):
 * - one mutable i64 global is appended (so no existing global index moves) and exported as
 *   `airtnt_work_left`; it holds the work units left. Its initial value is `initialBudget`, so a
 *   start function is metered as well; the host sets the round's budget before calling `run`.
 * - code is cut into segments at the instructions where control can arrive other than by falling
 *   through: function entry, just inside a loop (re-entered by its branches), an if and an else arm,
 *   and just after an inner end (a branch target). A block's body simply continues the segment it
 *   starts in. At the start of each segment, a charge of its instruction count is inserted:
 *       function entry, loop header:  if (left < cost) { left = -2^63; unreachable }  left -= cost
 *       elsewhere:                    left -= cost
 *   Every unbounded execution passes a loop header or a function entry, so checking only there
 *   bounds the overrun to straight-line code of one function body; the host treats a call that ends
 *   with left < 0 as out of budget too. `end` and `else` cost 0; every other instruction costs 1 unit.
 * - an instruction whose work grows with its operand (memory.fill/copy/init: ceil(bytes / 64);
 *   table.fill/copy/init/grow: ceil(elements / 8); memory.grow: pages * 1024) is also charged that
 *   operand, read at run time before it runs: the operand is saved in a scratch i32 global (appended
 *   after the counter, not exported), spent, checked (left < 0 traps as above), and put back.
 * - a trap from an exhausted budget leaves the counter at -2^63 (never reached by spending: budgets
 *   are at most 2^53 and an overrun is at most one function body), which is how the host tells it
 *   from the function's own traps.
 * A segment is charged in full on entry, including instructions after a br_if or a call that may not
 * run: the count is deterministic (same module, state and cycles -> same count), not exact.
 *
 * Refused (INVALID_FUNCTION, "not meterable"): SIMD (0xfd), threads and atomics (0xfe), exception
 * handling, tail calls, GC and other prefixes or opcodes this rewriter does not know, multiple
 * memories, tag sections, and a module that already exports `airtnt_work_left`.
 */
import { append, section, sleb64, uleb, WasmCursor } from './wasm-cursor.js';
import { AirtntError } from '../util/errors.js';

export const WORK_GLOBAL_EXPORT = 'airtnt_work_left';
/** What the counter holds after a check found the budget spent: -2^63 (the i64 global, as JavaScript reads it). */
export const WORK_EXHAUSTED = -(1n << 63n);
export const MAX_WORK_BUDGET = Number.MAX_SAFE_INTEGER;

const SECTION_CUSTOM = 0;
const SECTION_IMPORT = 2;
const SECTION_GLOBAL = 6;
const SECTION_EXPORT = 7;
const SECTION_CODE = 10;
const SECTION_TAG = 13;
/** Order of known sections (data count, 12, sits between element, 9, and code, 10). */
const SECTION_ORDER: Record<number, number> = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 12: 10, 10: 11, 11: 12 };

function refuse(what: string, details: Record<string, unknown> = {}): never {
  throw new AirtntError('INVALID_FUNCTION', `the function cannot be metered: ${what}`, {
    details,
    hint: 'build it for WebAssembly 2.0 without SIMD, threads, exceptions or tail calls (docs/functions.md, "Work metering")',
  });
}

/** A cursor over module bytes whose every failure says the function cannot be metered. */
class Cursor extends WasmCursor {
  constructor(bytes: Uint8Array, offset: number, end: number) {
    super(bytes, offset, end, refuse);
  }
}

/**
 * The charge of one segment: spends `cost` units; with `check`, first traps (counter set to -2^63)
 * unless `cost` units are left (a negative balance, an overrun, is never enough).
 */
function charge(globalIndex: number, cost: number, check: boolean): number[] {
  const get = [0x23, ...uleb(globalIndex)];
  const set = [0x24, ...uleb(globalIndex)];
  const constant = [0x42, ...sleb64(BigInt(cost))];
  const spend = [...get, ...constant, 0x7d, ...set]; // left -= cost
  if (!check) return spend;
  return [
    ...get, ...constant, 0x53, // i64.lt_s
    0x04, 0x40, 0x42, ...sleb64(WORK_EXHAUSTED), ...set, 0x00, 0x0b, // if: left = -2^63; unreachable; end
    ...spend,
  ];
}

const BLOCK = 0x02;
const LOOP = 0x03;
const IF = 0x04;
const ELSE = 0x05;
const END = 0x0b;

/** Skips the immediates of the instruction whose opcode was just read; refuses what cannot be metered. */
function skipImmediates(code: Cursor, opcode: number): void {
  if (opcode === BLOCK || opcode === LOOP || opcode === IF) {
    const first = code.bytes[code.offset];
    if (first === 0x40 || first === 0x7f || first === 0x7e || first === 0x7d || first === 0x7c || first === 0x70 || first === 0x6f) code.skip(1);
    else code.skipLeb(5); // a type index (s33)
    return;
  }
  if (opcode <= 0x01 || opcode === ELSE || opcode === END || opcode === 0x0f || opcode === 0x1a || opcode === 0x1b) return;
  if (opcode === 0x0c || opcode === 0x0d || opcode === 0x10 || opcode === 0xd2) return void code.u32();
  if (opcode === 0x0e) {
    for (let count = code.u32(); count >= 0; count--) code.u32(); // labels, then the default
    return;
  }
  if (opcode === 0x11) {
    code.u32();
    code.u32();
    return;
  }
  if (opcode === 0x1c) {
    const count = code.u32();
    code.skip(count);
    return;
  }
  if (opcode >= 0x20 && opcode <= 0x26) return void code.u32();
  if (opcode >= 0x28 && opcode <= 0x3e) {
    const align = code.u32();
    if (align >= 64) refuse('a memory access names another memory (multi-memory)');
    code.u32();
    return;
  }
  if (opcode === 0x3f || opcode === 0x40) {
    if (code.byte() !== 0x00) refuse('memory.size or memory.grow on another memory');
    return;
  }
  if (opcode === 0x41) return code.skipLeb(5);
  if (opcode === 0x42) return code.skipLeb(10);
  if (opcode === 0x43) return code.skip(4);
  if (opcode === 0x44) return code.skip(8);
  if (opcode >= 0x45 && opcode <= 0xc4) return;
  if (opcode === 0xd0) return code.skip(1);
  if (opcode === 0xd1) return;
  if (opcode === 0xfc) return skipMiscImmediates(code);
  refuse(`opcode 0x${opcode.toString(16)} is not supported`, { opcode });
}

/** 0xfc prefix: saturating truncations, bulk memory, table operations. */
function skipMiscImmediates(code: Cursor): void {
  const sub = code.u32();
  if (sub <= 7) return;
  if (sub === 8) {
    code.u32();
    if (code.byte() !== 0x00) refuse('memory.init on another memory');
    return;
  }
  if (sub === 9 || sub === 13 || (sub >= 15 && sub <= 17)) return void code.u32();
  if (sub === 10) {
    if (code.byte() !== 0x00 || code.byte() !== 0x00) refuse('memory.copy between other memories');
    return;
  }
  if (sub === 11) {
    if (code.byte() !== 0x00) refuse('memory.fill on another memory');
    return;
  }
  if (sub === 12 || sub === 14) {
    code.u32();
    code.u32();
    return;
  }
  refuse(`instruction 0xfc ${sub} is not supported`, { opcode: `0xfc ${sub}` });
}

/**
 * Instructions whose work grows with a runtime operand, the i32 on top of the stack when they run.
 * Units = ceil(min(operand, cap) * 2^shiftUp / 2^shiftDown): bytes / 64 for memory, elements / 8 for
 * tables, pages * 1024 (64 KiB / 64) for memory.grow. The cap keeps the charge of a grow that can only
 * fail (beyond 4 GiB or a table's largest size) from being absurd; the charge still runs and is
 * deterministic. Every charge is below 2^42, so with budgets below 2^53 the i64 counter cannot wrap.
 */
type SizedCharge = { shiftUp: number; shiftDown: number; cap?: number };
const MEMORY_BYTES: SizedCharge = { shiftUp: 0, shiftDown: 6 };
const TABLE_ELEMENTS: SizedCharge = { shiftUp: 0, shiftDown: 3 };
const MEMORY_PAGES: SizedCharge = { shiftUp: 10, shiftDown: 0, cap: 65_536 };
const TABLE_GROW: SizedCharge = { shiftUp: 0, shiftDown: 3, cap: 10_000_000 };
const MISC_SIZED: Record<number, SizedCharge> = { 8: MEMORY_BYTES, 10: MEMORY_BYTES, 11: MEMORY_BYTES, 12: TABLE_ELEMENTS, 14: TABLE_ELEMENTS, 15: TABLE_GROW, 17: TABLE_ELEMENTS };
export const BULK_BYTES_PER_UNIT = 64;
export const TABLE_ELEMENTS_PER_UNIT = 8;
export const GROW_UNITS_PER_PAGE = 1024;

/** The sized charge of the instruction at `offset`, if it has one (memory.grow, or 0xfc 8, 10-12, 14, 15, 17). */
function sizedChargeAt(bytes: Uint8Array, offset: number, end: number): SizedCharge | undefined {
  const opcode = bytes[offset];
  if (opcode === 0x40) return MEMORY_PAGES;
  if (opcode !== 0xfc) return undefined;
  return MISC_SIZED[new Cursor(bytes, offset + 1, end).u32()];
}

/**
 * Charges a sized instruction before it runs: saves its operand in the scratch global, spends the
 * units it asks for, traps (counter -2^63) if that leaves the counter negative, and puts the operand
 * back. Nothing between the save and the restore can call out, so one scratch global serves all.
 */
function sizedCharge(globalIndex: number, scratchIndex: number, sized: SizedCharge): number[] {
  const get = [0x23, ...uleb(globalIndex)];
  const set = [0x24, ...uleb(globalIndex)];
  const scratchGet = [0x23, ...uleb(scratchIndex)];
  const operand = sized.cap === undefined
    ? scratchGet
    : [0x41, ...sleb64(BigInt(sized.cap)), ...scratchGet, ...scratchGet, 0x41, ...sleb64(BigInt(sized.cap)), 0x4b, 0x1b]; // select(cap, n, n > cap)
  const units = [...operand, 0xad]; // i64.extend_i32_u
  if (sized.shiftUp > 0) units.push(0x42, ...sleb64(BigInt(sized.shiftUp)), 0x86); // i64.shl
  if (sized.shiftDown > 0) units.push(0x42, ...sleb64(BigInt((1 << sized.shiftDown) - 1)), 0x7c, 0x42, ...sleb64(BigInt(sized.shiftDown)), 0x88); // (+ 2^k - 1) >>u k
  return [
    0x24, ...uleb(scratchIndex),
    ...get, ...units, 0x7d, ...set, // left -= units
    ...get, 0x42, 0x00, 0x53, // left < 0
    0x04, 0x40, 0x42, ...sleb64(WORK_EXHAUSTED), ...set, 0x00, 0x0b,
    ...scratchGet,
  ];
}

/**
 * Rewrites one function body. Segments run from a charge point to the next structural instruction;
 * each segment's instructions are copied behind a charge of their count, and each sized instruction
 * (bulk memory and table operations, memory.grow, table.grow) behind a charge of its operand.
 */
export function meterBody(bytes: Uint8Array, start: number, end: number, globalIndex: number, scratchIndex = globalIndex + 1): number[] {
  const code = new Cursor(bytes, start, end);
  const out: number[] = [];
  for (let groups = code.u32(); groups > 0; groups--) {
    code.u32();
    code.byte();
  }
  append(out, bytes.subarray(start, code.offset));
  let depth = 1;
  let segmentStart = code.offset;
  let cost = 0;
  let check = true; // the function entry
  const flush = (upTo: number, nextChecks: boolean) => {
    if (cost > 0) append(out, charge(globalIndex, cost, check));
    append(out, bytes.subarray(segmentStart, upTo));
    segmentStart = upTo;
    cost = 0;
    check = nextChecks;
  };
  while (depth > 0) {
    const at = code.offset;
    const sized = sizedChargeAt(bytes, at, end);
    const opcode = code.byte();
    skipImmediates(code, opcode);
    if (sized) {
      // The segment so far, then the operand's charge, then the instruction (counted in the next segment).
      if (cost > 0 || check) append(out, charge(globalIndex, cost, check));
      append(out, bytes.subarray(segmentStart, at));
      append(out, sizedCharge(globalIndex, scratchIndex, sized));
      segmentStart = at;
      cost = 0;
      check = false;
    }
    if (opcode === BLOCK) {
      cost += 1; // its body continues this segment: it can only be entered by falling through
      depth += 1;
    } else if (opcode === LOOP || opcode === IF) {
      cost += 1;
      flush(code.offset, opcode === LOOP); // the charge of what follows goes inside the loop or arm
      depth += 1;
    } else if (opcode === ELSE) {
      flush(code.offset, false);
    } else if (opcode === END) {
      depth -= 1;
      flush(code.offset, false);
    } else {
      cost += 1;
    }
  }
  if (code.offset !== end) refuse('code after the end of a function body');
  return out;
}

type Section = { id: number; start: number; end: number };

function readSections(bytes: Uint8Array): Section[] {
  if (bytes.length < 8 || bytes[0] !== 0x00 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) refuse('not a WebAssembly binary');
  if (bytes[4] !== 0x01 || bytes[5] !== 0 || bytes[6] !== 0 || bytes[7] !== 0) refuse('unsupported binary version');
  const top = new Cursor(bytes, 8, bytes.length);
  const sections: Section[] = [];
  while (top.offset < top.end) {
    const id = top.byte();
    const size = top.u32();
    const start = top.offset;
    top.skip(size);
    if (id === SECTION_TAG) refuse('exception handling (tag section)');
    if (id !== SECTION_CUSTOM && SECTION_ORDER[id] === undefined) refuse(`unknown section ${id}`);
    sections.push({ id, start, end: top.offset });
  }
  return sections;
}

function countImportedGlobals(bytes: Uint8Array, s: Section): number {
  const c = new Cursor(bytes, s.start, s.end);
  let globals = 0;
  for (let count = c.u32(); count > 0; count--) {
    c.skip(c.u32());
    c.skip(c.u32());
    const kind = c.byte();
    if (kind === 0x00) c.u32();
    else if (kind === 0x01) {
      c.byte();
      const flags = c.byte();
      c.u32();
      if (flags & 0x01) c.u32();
    } else if (kind === 0x02) {
      const flags = c.byte();
      if (flags & 0x04) refuse('64-bit memories');
      c.u32();
      if (flags & 0x01) c.u32();
    } else if (kind === 0x03) {
      c.byte();
      c.byte();
      globals += 1;
    } else refuse(`import kind ${kind}`);
  }
  return globals;
}

/**
 * Returns the metered module. `initialBudget` is the counter's value at instantiation (what a start
 * function may spend); the host sets each round's budget through the exported global.
 */
export function meterModule(bytes: Uint8Array, initialBudget: number): Uint8Array {
  if (!Number.isSafeInteger(initialBudget) || initialBudget < 0) refuse('the budget must be an integer in 0..2^53-1', { initialBudget });
  const sections = readSections(bytes);
  const find = (id: number) => sections.find((s) => s.id === id);
  const imports = find(SECTION_IMPORT);
  const importedGlobals = imports ? countImportedGlobals(bytes, imports) : 0;
  const globals = find(SECTION_GLOBAL);
  let definedGlobals = 0;
  let globalEntries: Uint8Array = new Uint8Array(0);
  if (globals) {
    const c = new Cursor(bytes, globals.start, globals.end);
    definedGlobals = c.u32();
    globalEntries = bytes.subarray(c.offset, globals.end);
  }
  const globalIndex = importedGlobals + definedGlobals;
  // The counter, then a scratch i32 for the operand of a sized instruction (not exported).
  const newGlobal = [0x7e, 0x01, 0x42, ...sleb64(BigInt(initialBudget)), END, 0x7f, 0x01, 0x41, 0x00, END];
  const globalContent = uleb(definedGlobals + 2);
  append(globalContent, globalEntries);
  append(globalContent, newGlobal);
  const globalSection = section(SECTION_GLOBAL, globalContent);

  const exports = find(SECTION_EXPORT);
  let exportCount = 0;
  let exportEntries: Uint8Array = new Uint8Array(0);
  if (exports) {
    const c = new Cursor(bytes, exports.start, exports.end);
    exportCount = c.u32();
    exportEntries = bytes.subarray(c.offset, exports.end);
    for (let i = 0; i < exportCount; i++) {
      const length = c.u32();
      const name = Buffer.from(bytes.subarray(c.offset, c.offset + length)).toString('utf8');
      c.skip(length);
      if (name === WORK_GLOBAL_EXPORT) refuse(`it exports ${WORK_GLOBAL_EXPORT} itself`);
      c.byte();
      c.u32();
    }
  }
  const exportName = [...Buffer.from(WORK_GLOBAL_EXPORT, 'utf8')];
  const newExport = [...uleb(exportName.length), ...exportName, 0x03, ...uleb(globalIndex)];
  const exportContent = uleb(exportCount + 1);
  append(exportContent, exportEntries);
  append(exportContent, newExport);
  const exportSection = section(SECTION_EXPORT, exportContent);

  const codeSection = find(SECTION_CODE);
  let meteredCode: number[] | undefined;
  if (codeSection) {
    const c = new Cursor(bytes, codeSection.start, codeSection.end);
    const count = c.u32();
    const bodies: number[] = [...uleb(count)];
    for (let i = 0; i < count; i++) {
      const size = c.u32();
      const start = c.offset;
      c.skip(size);
      const body = meterBody(bytes, start, c.offset, globalIndex);
      append(bodies, uleb(body.length));
      append(bodies, body);
    }
    meteredCode = section(SECTION_CODE, bodies);
  }

  // Re-emit the known sections in order, with the global and export sections replaced or added;
  // custom sections are dropped (names and code annotations would point at the old offsets).
  const out: number[] = Array.from(bytes.subarray(0, 8));
  const known = sections.filter((s) => s.id !== SECTION_CUSTOM);
  const emitted = new Set<number>();
  const emitUpTo = (order: number) => {
    if (order >= SECTION_ORDER[SECTION_GLOBAL]! && !emitted.has(SECTION_GLOBAL)) {
      append(out, globalSection);
      emitted.add(SECTION_GLOBAL);
    }
    if (order >= SECTION_ORDER[SECTION_EXPORT]! && !emitted.has(SECTION_EXPORT)) {
      append(out, exportSection);
      emitted.add(SECTION_EXPORT);
    }
  };
  for (const s of known) {
    const order = SECTION_ORDER[s.id]!;
    if (s.id === SECTION_GLOBAL || s.id === SECTION_EXPORT) {
      emitUpTo(order);
      continue;
    }
    emitUpTo(order - 1);
    append(out, s.id === SECTION_CODE ? meteredCode! : section(s.id, bytes.subarray(s.start, s.end)));
  }
  emitUpTo(Number.MAX_SAFE_INTEGER);
  return Uint8Array.from(out);
}
