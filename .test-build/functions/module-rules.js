import { AirtntError } from "../util/errors.js";
const DEFAULT_MODULE_BOUNDS = {
  maxModuleBytes: 8 * 1024 * 1024,
  maxDataBytes: 4 * 1024 * 1024,
  maxTableEntries: 65536,
  maxFunctions: 1e5,
  maxLocalsPerFunction: 5e4
};
const MODULE_RULES = ["module-size", "wasm", "start-function", "table-size", "data-size", "function-count", "locals", "imports", "exports", "memory", "features"];
const SECTION_TABLE = 4;
const SECTION_START = 8;
const SECTION_CODE = 10;
const SECTION_DATA = 11;
function ruleError(rule, message, details = {}, hint) {
  return new AirtntError("INVALID_FUNCTION", `rule ${rule}: ${message}`, {
    details: { rule, ...details },
    hint: hint ?? 'see "Checking a module" in docs/functions.md'
  });
}
class Cursor {
  constructor(bytes, offset, end) {
    this.bytes = bytes;
    this.offset = offset;
    this.end = end;
  }
  bytes;
  offset;
  end;
  byte() {
    if (this.offset >= this.end) throw ruleError("wasm", "the module ends inside a section");
    return this.bytes[this.offset++];
  }
  u32() {
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      result += (b & 127) * 2 ** shift;
      if ((b & 128) === 0) {
        if (result > 4294967295) throw ruleError("wasm", "a LEB128 value is too large");
        return result;
      }
    }
    throw ruleError("wasm", "a LEB128 value is too long");
  }
  skip(length) {
    if (this.offset + length > this.end) throw ruleError("wasm", "a field runs past its section");
    this.offset += length;
  }
  /** A constant expression, up to and including its `end`. */
  skipConstExpr() {
    for (let steps = 0; steps < 64; steps++) {
      const op = this.byte();
      if (op === 11) return;
      if (op === 65 || op === 66 || op === 35 || op === 210) this.signedLeb();
      else if (op === 68) this.skip(8);
      else if (op === 67) this.skip(4);
      else if (op === 208) this.byte();
      else if (op !== 106 && op !== 107 && op !== 108 && op !== 124 && op !== 125 && op !== 126) {
        throw ruleError("wasm", `unexpected opcode 0x${op.toString(16)} in a constant expression`);
      }
    }
    throw ruleError("wasm", "a constant expression is too long");
  }
  signedLeb() {
    for (let count = 0; count < 10; count++) if ((this.byte() & 128) === 0) return;
    throw ruleError("wasm", "a LEB128 value is too long");
  }
}
function readModuleFacts(bytes) {
  const facts = { bytes: bytes.length, dataBytes: 0, tableEntries: 0, functions: 0, maxLocals: 0, hasStart: false };
  const top = new Cursor(bytes, 8, bytes.length);
  while (top.offset < top.end) {
    const id = top.byte();
    const size = top.u32();
    const section = new Cursor(bytes, top.offset, top.offset + size);
    top.skip(size);
    if (id === SECTION_START) facts.hasStart = true;
    else if (id === SECTION_TABLE) {
      for (let count = section.u32(); count > 0; count--) {
        section.byte();
        const flags = section.byte();
        facts.tableEntries = Math.max(facts.tableEntries, section.u32());
        if (flags & 1) section.u32();
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
        if (kind === 2) section.u32();
        if (kind === 0 || kind === 2) section.skipConstExpr();
        const length = section.u32();
        section.skip(length);
        facts.dataBytes += length;
      }
    }
  }
  return facts;
}
function checkModuleBounds(bytes, bounds = DEFAULT_MODULE_BOUNDS) {
  if (bytes.length > bounds.maxModuleBytes) {
    throw ruleError("module-size", `the module is ${bytes.length} bytes, more than ${bounds.maxModuleBytes}`, { bytes: bytes.length, maxModuleBytes: bounds.maxModuleBytes });
  }
  if (!WebAssembly.validate(bytes)) {
    throw ruleError("wasm", "not a valid WebAssembly module", {}, "build it with `airtnt function build`, or check it with wasm-validate");
  }
  const facts = readModuleFacts(bytes);
  if (facts.hasStart) {
    throw ruleError("start-function", "the module has a start function", {}, "a start function runs when the host instantiates the module, before any call: do the work in run(len, cycles) instead");
  }
  if (facts.tableEntries > bounds.maxTableEntries) {
    throw ruleError("table-size", `a table starts with ${facts.tableEntries} entries, more than ${bounds.maxTableEntries}`, { tableEntries: facts.tableEntries, maxTableEntries: bounds.maxTableEntries });
  }
  if (facts.dataBytes > bounds.maxDataBytes) {
    throw ruleError("data-size", `its data segments hold ${facts.dataBytes} bytes, more than ${bounds.maxDataBytes}`, { dataBytes: facts.dataBytes, maxDataBytes: bounds.maxDataBytes }, "compute large tables in run(), or pass them in the state");
  }
  if (facts.functions > bounds.maxFunctions) {
    throw ruleError("function-count", `it defines ${facts.functions} functions, more than ${bounds.maxFunctions}`, { functions: facts.functions, maxFunctions: bounds.maxFunctions });
  }
  if (facts.maxLocals > bounds.maxLocalsPerFunction) {
    throw ruleError("locals", `a function declares ${facts.maxLocals} locals, more than ${bounds.maxLocalsPerFunction}`, { locals: facts.maxLocals, maxLocalsPerFunction: bounds.maxLocalsPerFunction });
  }
  return facts;
}
function ruleOfAbiError(error) {
  const text = error.shortMessage;
  if ("import" in error.details || /env\.abort/.test(text) || /import/.test(text) && !/memory/.test(text)) return "imports";
  if ("missing" in error.details || /must be \(/.test(text) || /export/.test(text)) return "exports";
  if (/memory/.test(text)) return "memory";
  if (/metered/.test(text)) return "features";
  return "wasm";
}
export {
  DEFAULT_MODULE_BOUNDS,
  MODULE_RULES,
  checkModuleBounds,
  readModuleFacts,
  ruleError,
  ruleOfAbiError
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2Z1bmN0aW9ucy9tb2R1bGUtcnVsZXMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIGNoZWNrcyBvZiBgYWlydG50IGZ1bmN0aW9uIGNoZWNrYCB0aGF0IGNvbWUgYmVmb3JlIHRoZSBBQkkgYmluZGluZydzIG93biAoY29tcGlsZUZ1bmN0aW9uKTpcbiAqIGJvdW5kcyBvbiB3aGF0IGEgbW9kdWxlIG1heSBjb3N0IHRoZSBob3N0IHRvIGxvYWQsIHJlYWQgZnJvbSB0aGUgYmluYXJ5IGJlZm9yZSBhbnl0aGluZyBjb21waWxlc1xuICogaXQuIEVhY2ggZmFpbGVkIHJ1bGUgaXMgYW4gSU5WQUxJRF9GVU5DVElPTiBlcnJvciB3aG9zZSBgZGV0YWlscy5ydWxlYCBuYW1lcyBpdFxuICogKGRvY3MvZnVuY3Rpb25zLm1kLCBcIkNoZWNraW5nIGEgbW9kdWxlXCIpLlxuICovXG5pbXBvcnQgeyBBaXJ0bnRFcnJvciB9IGZyb20gJy4uL3V0aWwvZXJyb3JzLmpzJztcblxuZXhwb3J0IHR5cGUgTW9kdWxlQm91bmRzID0ge1xuICAvKiogTGFyZ2VzdCBtb2R1bGUgYWNjZXB0ZWQsIGluIGJ5dGVzLiAqL1xuICBtYXhNb2R1bGVCeXRlczogbnVtYmVyO1xuICAvKiogTGFyZ2VzdCBzdW0gb2YgZGF0YSBzZWdtZW50IGJ5dGVzIChjb3BpZWQgaW50byBtZW1vcnkgYXQgZXZlcnkgaW5zdGFudGlhdGlvbikuICovXG4gIG1heERhdGFCeXRlczogbnVtYmVyO1xuICAvKiogTGFyZ2VzdCBpbml0aWFsIHNpemUgb2YgYSB0YWJsZSwgaW4gZW50cmllcy4gKi9cbiAgbWF4VGFibGVFbnRyaWVzOiBudW1iZXI7XG4gIC8qKiBNb3N0IGZ1bmN0aW9ucyBkZWZpbmVkIGJ5IHRoZSBtb2R1bGUuICovXG4gIG1heEZ1bmN0aW9uczogbnVtYmVyO1xuICAvKiogTW9zdCBsb2NhbHMgZGVjbGFyZWQgYnkgb25lIGZ1bmN0aW9uIChhIGZldyBieXRlcyBvbiB0aGUgd2lyZSwgYSBsYXJnZSBmcmFtZSBjb21waWxlZCkuICovXG4gIG1heExvY2Fsc1BlckZ1bmN0aW9uOiBudW1iZXI7XG59O1xuXG5leHBvcnQgY29uc3QgREVGQVVMVF9NT0RVTEVfQk9VTkRTOiBNb2R1bGVCb3VuZHMgPSB7XG4gIG1heE1vZHVsZUJ5dGVzOiA4ICogMTAyNCAqIDEwMjQsXG4gIG1heERhdGFCeXRlczogNCAqIDEwMjQgKiAxMDI0LFxuICBtYXhUYWJsZUVudHJpZXM6IDY1XzUzNixcbiAgbWF4RnVuY3Rpb25zOiAxMDBfMDAwLFxuICBtYXhMb2NhbHNQZXJGdW5jdGlvbjogNTBfMDAwLFxufTtcblxuLyoqIFRoZSBydWxlIG5hbWVzIG9mIGBkZXRhaWxzLnJ1bGVgLCBpbiB0aGUgb3JkZXIgYGFpcnRudCBmdW5jdGlvbiBjaGVja2AgYXBwbGllcyB0aGVtLiAqL1xuZXhwb3J0IGNvbnN0IE1PRFVMRV9SVUxFUyA9IFsnbW9kdWxlLXNpemUnLCAnd2FzbScsICdzdGFydC1mdW5jdGlvbicsICd0YWJsZS1zaXplJywgJ2RhdGEtc2l6ZScsICdmdW5jdGlvbi1jb3VudCcsICdsb2NhbHMnLCAnaW1wb3J0cycsICdleHBvcnRzJywgJ21lbW9yeScsICdmZWF0dXJlcyddIGFzIGNvbnN0O1xuZXhwb3J0IHR5cGUgTW9kdWxlUnVsZSA9ICh0eXBlb2YgTU9EVUxFX1JVTEVTKVtudW1iZXJdO1xuXG5leHBvcnQgdHlwZSBNb2R1bGVGYWN0cyA9IHsgYnl0ZXM6IG51bWJlcjsgZGF0YUJ5dGVzOiBudW1iZXI7IHRhYmxlRW50cmllczogbnVtYmVyOyBmdW5jdGlvbnM6IG51bWJlcjsgbWF4TG9jYWxzOiBudW1iZXI7IGhhc1N0YXJ0OiBib29sZWFuIH07XG5cbmNvbnN0IFNFQ1RJT05fVEFCTEUgPSA0O1xuY29uc3QgU0VDVElPTl9TVEFSVCA9IDg7XG5jb25zdCBTRUNUSU9OX0NPREUgPSAxMDtcbmNvbnN0IFNFQ1RJT05fREFUQSA9IDExO1xuXG5leHBvcnQgZnVuY3Rpb24gcnVsZUVycm9yKHJ1bGU6IE1vZHVsZVJ1bGUsIG1lc3NhZ2U6IHN0cmluZywgZGV0YWlsczogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fSwgaGludD86IHN0cmluZyk6IEFpcnRudEVycm9yIHtcbiAgcmV0dXJuIG5ldyBBaXJ0bnRFcnJvcignSU5WQUxJRF9GVU5DVElPTicsIGBydWxlICR7cnVsZX06ICR7bWVzc2FnZX1gLCB7XG4gICAgZGV0YWlsczogeyBydWxlLCAuLi5kZXRhaWxzIH0sXG4gICAgaGludDogaGludCA/PyAnc2VlIFwiQ2hlY2tpbmcgYSBtb2R1bGVcIiBpbiBkb2NzL2Z1bmN0aW9ucy5tZCcsXG4gIH0pO1xufVxuXG5jbGFzcyBDdXJzb3Ige1xuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IGJ5dGVzOiBVaW50OEFycmF5LCBwdWJsaWMgb2Zmc2V0OiBudW1iZXIsIHJlYWRvbmx5IGVuZDogbnVtYmVyKSB7fVxuICBieXRlKCk6IG51bWJlciB7XG4gICAgaWYgKHRoaXMub2Zmc2V0ID49IHRoaXMuZW5kKSB0aHJvdyBydWxlRXJyb3IoJ3dhc20nLCAndGhlIG1vZHVsZSBlbmRzIGluc2lkZSBhIHNlY3Rpb24nKTtcbiAgICByZXR1cm4gdGhpcy5ieXRlc1t0aGlzLm9mZnNldCsrXSE7XG4gIH1cbiAgdTMyKCk6IG51bWJlciB7XG4gICAgbGV0IHJlc3VsdCA9IDA7XG4gICAgZm9yIChsZXQgc2hpZnQgPSAwOyBzaGlmdCA8IDM1OyBzaGlmdCArPSA3KSB7XG4gICAgICBjb25zdCBiID0gdGhpcy5ieXRlKCk7XG4gICAgICByZXN1bHQgKz0gKGIgJiAweDdmKSAqIDIgKiogc2hpZnQ7XG4gICAgICBpZiAoKGIgJiAweDgwKSA9PT0gMCkge1xuICAgICAgICBpZiAocmVzdWx0ID4gMHhmZmZmZmZmZikgdGhyb3cgcnVsZUVycm9yKCd3YXNtJywgJ2EgTEVCMTI4IHZhbHVlIGlzIHRvbyBsYXJnZScpO1xuICAgICAgICByZXR1cm4gcmVzdWx0O1xuICAgICAgfVxuICAgIH1cbiAgICB0aHJvdyBydWxlRXJyb3IoJ3dhc20nLCAnYSBMRUIxMjggdmFsdWUgaXMgdG9vIGxvbmcnKTtcbiAgfVxuICBza2lwKGxlbmd0aDogbnVtYmVyKTogdm9pZCB7XG4gICAgaWYgKHRoaXMub2Zmc2V0ICsgbGVuZ3RoID4gdGhpcy5lbmQpIHRocm93IHJ1bGVFcnJvcignd2FzbScsICdhIGZpZWxkIHJ1bnMgcGFzdCBpdHMgc2VjdGlvbicpO1xuICAgIHRoaXMub2Zmc2V0ICs9IGxlbmd0aDtcbiAgfVxuICAvKiogQSBjb25zdGFudCBleHByZXNzaW9uLCB1cCB0byBhbmQgaW5jbHVkaW5nIGl0cyBgZW5kYC4gKi9cbiAgc2tpcENvbnN0RXhwcigpOiB2b2lkIHtcbiAgICBmb3IgKGxldCBzdGVwcyA9IDA7IHN0ZXBzIDwgNjQ7IHN0ZXBzKyspIHtcbiAgICAgIGNvbnN0IG9wID0gdGhpcy5ieXRlKCk7XG4gICAgICBpZiAob3AgPT09IDB4MGIpIHJldHVybjtcbiAgICAgIGlmIChvcCA9PT0gMHg0MSB8fCBvcCA9PT0gMHg0MiB8fCBvcCA9PT0gMHgyMyB8fCBvcCA9PT0gMHhkMikgdGhpcy5zaWduZWRMZWIoKTtcbiAgICAgIGVsc2UgaWYgKG9wID09PSAweDQ0KSB0aGlzLnNraXAoOCk7XG4gICAgICBlbHNlIGlmIChvcCA9PT0gMHg0MykgdGhpcy5za2lwKDQpO1xuICAgICAgZWxzZSBpZiAob3AgPT09IDB4ZDApIHRoaXMuYnl0ZSgpO1xuICAgICAgZWxzZSBpZiAob3AgIT09IDB4NmEgJiYgb3AgIT09IDB4NmIgJiYgb3AgIT09IDB4NmMgJiYgb3AgIT09IDB4N2MgJiYgb3AgIT09IDB4N2QgJiYgb3AgIT09IDB4N2UpIHtcbiAgICAgICAgdGhyb3cgcnVsZUVycm9yKCd3YXNtJywgYHVuZXhwZWN0ZWQgb3Bjb2RlIDB4JHtvcC50b1N0cmluZygxNil9IGluIGEgY29uc3RhbnQgZXhwcmVzc2lvbmApO1xuICAgICAgfVxuICAgIH1cbiAgICB0aHJvdyBydWxlRXJyb3IoJ3dhc20nLCAnYSBjb25zdGFudCBleHByZXNzaW9uIGlzIHRvbyBsb25nJyk7XG4gIH1cbiAgcHJpdmF0ZSBzaWduZWRMZWIoKTogdm9pZCB7XG4gICAgZm9yIChsZXQgY291bnQgPSAwOyBjb3VudCA8IDEwOyBjb3VudCsrKSBpZiAoKHRoaXMuYnl0ZSgpICYgMHg4MCkgPT09IDApIHJldHVybjtcbiAgICB0aHJvdyBydWxlRXJyb3IoJ3dhc20nLCAnYSBMRUIxMjggdmFsdWUgaXMgdG9vIGxvbmcnKTtcbiAgfVxufVxuXG4vKipcbiAqIFJlYWRzIHRoZSBzaXplcyB0aGUgYm91bmRzIGFyZSBhYm91dC4gT25seSBieXRlcyB0aGF0IFdlYkFzc2VtYmx5LnZhbGlkYXRlIGFjY2VwdGVkIGNvbWUgaGVyZSwgYnV0XG4gKiBldmVyeSByZWFkIGlzIGJvdW5kZWQgYnkgaXRzIHNlY3Rpb24gYWxsIHRoZSBzYW1lLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVhZE1vZHVsZUZhY3RzKGJ5dGVzOiBVaW50OEFycmF5KTogTW9kdWxlRmFjdHMge1xuICBjb25zdCBmYWN0czogTW9kdWxlRmFjdHMgPSB7IGJ5dGVzOiBieXRlcy5sZW5ndGgsIGRhdGFCeXRlczogMCwgdGFibGVFbnRyaWVzOiAwLCBmdW5jdGlvbnM6IDAsIG1heExvY2FsczogMCwgaGFzU3RhcnQ6IGZhbHNlIH07XG4gIGNvbnN0IHRvcCA9IG5ldyBDdXJzb3IoYnl0ZXMsIDgsIGJ5dGVzLmxlbmd0aCk7XG4gIHdoaWxlICh0b3Aub2Zmc2V0IDwgdG9wLmVuZCkge1xuICAgIGNvbnN0IGlkID0gdG9wLmJ5dGUoKTtcbiAgICBjb25zdCBzaXplID0gdG9wLnUzMigpO1xuICAgIGNvbnN0IHNlY3Rpb24gPSBuZXcgQ3Vyc29yKGJ5dGVzLCB0b3Aub2Zmc2V0LCB0b3Aub2Zmc2V0ICsgc2l6ZSk7XG4gICAgdG9wLnNraXAoc2l6ZSk7XG4gICAgaWYgKGlkID09PSBTRUNUSU9OX1NUQVJUKSBmYWN0cy5oYXNTdGFydCA9IHRydWU7XG4gICAgZWxzZSBpZiAoaWQgPT09IFNFQ1RJT05fVEFCTEUpIHtcbiAgICAgIGZvciAobGV0IGNvdW50ID0gc2VjdGlvbi51MzIoKTsgY291bnQgPiAwOyBjb3VudC0tKSB7XG4gICAgICAgIHNlY3Rpb24uYnl0ZSgpOyAvLyByZWZlcmVuY2UgdHlwZVxuICAgICAgICBjb25zdCBmbGFncyA9IHNlY3Rpb24uYnl0ZSgpO1xuICAgICAgICBmYWN0cy50YWJsZUVudHJpZXMgPSBNYXRoLm1heChmYWN0cy50YWJsZUVudHJpZXMsIHNlY3Rpb24udTMyKCkpO1xuICAgICAgICBpZiAoZmxhZ3MgJiAweDAxKSBzZWN0aW9uLnUzMigpO1xuICAgICAgfVxuICAgIH0gZWxzZSBpZiAoaWQgPT09IFNFQ1RJT05fQ09ERSkge1xuICAgICAgZmFjdHMuZnVuY3Rpb25zID0gc2VjdGlvbi51MzIoKTtcbiAgICAgIGZvciAobGV0IGluZGV4ID0gMDsgaW5kZXggPCBmYWN0cy5mdW5jdGlvbnM7IGluZGV4KyspIHtcbiAgICAgICAgY29uc3QgYm9keVNpemUgPSBzZWN0aW9uLnUzMigpO1xuICAgICAgICBjb25zdCBib2R5ID0gbmV3IEN1cnNvcihieXRlcywgc2VjdGlvbi5vZmZzZXQsIHNlY3Rpb24ub2Zmc2V0ICsgYm9keVNpemUpO1xuICAgICAgICBzZWN0aW9uLnNraXAoYm9keVNpemUpO1xuICAgICAgICBsZXQgbG9jYWxzID0gMDtcbiAgICAgICAgZm9yIChsZXQgZ3JvdXBzID0gYm9keS51MzIoKTsgZ3JvdXBzID4gMDsgZ3JvdXBzLS0pIHtcbiAgICAgICAgICBsb2NhbHMgKz0gYm9keS51MzIoKTtcbiAgICAgICAgICBib2R5LmJ5dGUoKTtcbiAgICAgICAgfVxuICAgICAgICBmYWN0cy5tYXhMb2NhbHMgPSBNYXRoLm1heChmYWN0cy5tYXhMb2NhbHMsIGxvY2Fscyk7XG4gICAgICB9XG4gICAgfSBlbHNlIGlmIChpZCA9PT0gU0VDVElPTl9EQVRBKSB7XG4gICAgICBmb3IgKGxldCBjb3VudCA9IHNlY3Rpb24udTMyKCk7IGNvdW50ID4gMDsgY291bnQtLSkge1xuICAgICAgICBjb25zdCBraW5kID0gc2VjdGlvbi51MzIoKTtcbiAgICAgICAgaWYgKGtpbmQgPT09IDIpIHNlY3Rpb24udTMyKCk7IC8vIG1lbW9yeSBpbmRleFxuICAgICAgICBpZiAoa2luZCA9PT0gMCB8fCBraW5kID09PSAyKSBzZWN0aW9uLnNraXBDb25zdEV4cHIoKTtcbiAgICAgICAgY29uc3QgbGVuZ3RoID0gc2VjdGlvbi51MzIoKTtcbiAgICAgICAgc2VjdGlvbi5za2lwKGxlbmd0aCk7XG4gICAgICAgIGZhY3RzLmRhdGFCeXRlcyArPSBsZW5ndGg7XG4gICAgICB9XG4gICAgfVxuICB9XG4gIHJldHVybiBmYWN0cztcbn1cblxuLyoqIEFwcGxpZXMgdGhlIGJvdW5kczsgdGhyb3dzIElOVkFMSURfRlVOQ1RJT04gbmFtaW5nIHRoZSBmaXJzdCBydWxlIHRoZSBtb2R1bGUgYnJlYWtzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrTW9kdWxlQm91bmRzKGJ5dGVzOiBVaW50OEFycmF5LCBib3VuZHM6IE1vZHVsZUJvdW5kcyA9IERFRkFVTFRfTU9EVUxFX0JPVU5EUyk6IE1vZHVsZUZhY3RzIHtcbiAgaWYgKGJ5dGVzLmxlbmd0aCA+IGJvdW5kcy5tYXhNb2R1bGVCeXRlcykge1xuICAgIHRocm93IHJ1bGVFcnJvcignbW9kdWxlLXNpemUnLCBgdGhlIG1vZHVsZSBpcyAke2J5dGVzLmxlbmd0aH0gYnl0ZXMsIG1vcmUgdGhhbiAke2JvdW5kcy5tYXhNb2R1bGVCeXRlc31gLCB7IGJ5dGVzOiBieXRlcy5sZW5ndGgsIG1heE1vZHVsZUJ5dGVzOiBib3VuZHMubWF4TW9kdWxlQnl0ZXMgfSk7XG4gIH1cbiAgaWYgKCFXZWJBc3NlbWJseS52YWxpZGF0ZShieXRlcykpIHtcbiAgICB0aHJvdyBydWxlRXJyb3IoJ3dhc20nLCAnbm90IGEgdmFsaWQgV2ViQXNzZW1ibHkgbW9kdWxlJywge30sICdidWlsZCBpdCB3aXRoIGBhaXJ0bnQgZnVuY3Rpb24gYnVpbGRgLCBvciBjaGVjayBpdCB3aXRoIHdhc20tdmFsaWRhdGUnKTtcbiAgfVxuICBjb25zdCBmYWN0cyA9IHJlYWRNb2R1bGVGYWN0cyhieXRlcyk7XG4gIGlmIChmYWN0cy5oYXNTdGFydCkge1xuICAgIHRocm93IHJ1bGVFcnJvcignc3RhcnQtZnVuY3Rpb24nLCAndGhlIG1vZHVsZSBoYXMgYSBzdGFydCBmdW5jdGlvbicsIHt9LCAnYSBzdGFydCBmdW5jdGlvbiBydW5zIHdoZW4gdGhlIGhvc3QgaW5zdGFudGlhdGVzIHRoZSBtb2R1bGUsIGJlZm9yZSBhbnkgY2FsbDogZG8gdGhlIHdvcmsgaW4gcnVuKGxlbiwgY3ljbGVzKSBpbnN0ZWFkJyk7XG4gIH1cbiAgaWYgKGZhY3RzLnRhYmxlRW50cmllcyA+IGJvdW5kcy5tYXhUYWJsZUVudHJpZXMpIHtcbiAgICB0aHJvdyBydWxlRXJyb3IoJ3RhYmxlLXNpemUnLCBgYSB0YWJsZSBzdGFydHMgd2l0aCAke2ZhY3RzLnRhYmxlRW50cmllc30gZW50cmllcywgbW9yZSB0aGFuICR7Ym91bmRzLm1heFRhYmxlRW50cmllc31gLCB7IHRhYmxlRW50cmllczogZmFjdHMudGFibGVFbnRyaWVzLCBtYXhUYWJsZUVudHJpZXM6IGJvdW5kcy5tYXhUYWJsZUVudHJpZXMgfSk7XG4gIH1cbiAgaWYgKGZhY3RzLmRhdGFCeXRlcyA+IGJvdW5kcy5tYXhEYXRhQnl0ZXMpIHtcbiAgICB0aHJvdyBydWxlRXJyb3IoJ2RhdGEtc2l6ZScsIGBpdHMgZGF0YSBzZWdtZW50cyBob2xkICR7ZmFjdHMuZGF0YUJ5dGVzfSBieXRlcywgbW9yZSB0aGFuICR7Ym91bmRzLm1heERhdGFCeXRlc31gLCB7IGRhdGFCeXRlczogZmFjdHMuZGF0YUJ5dGVzLCBtYXhEYXRhQnl0ZXM6IGJvdW5kcy5tYXhEYXRhQnl0ZXMgfSwgJ2NvbXB1dGUgbGFyZ2UgdGFibGVzIGluIHJ1bigpLCBvciBwYXNzIHRoZW0gaW4gdGhlIHN0YXRlJyk7XG4gIH1cbiAgaWYgKGZhY3RzLmZ1bmN0aW9ucyA+IGJvdW5kcy5tYXhGdW5jdGlvbnMpIHtcbiAgICB0aHJvdyBydWxlRXJyb3IoJ2Z1bmN0aW9uLWNvdW50JywgYGl0IGRlZmluZXMgJHtmYWN0cy5mdW5jdGlvbnN9IGZ1bmN0aW9ucywgbW9yZSB0aGFuICR7Ym91bmRzLm1heEZ1bmN0aW9uc31gLCB7IGZ1bmN0aW9uczogZmFjdHMuZnVuY3Rpb25zLCBtYXhGdW5jdGlvbnM6IGJvdW5kcy5tYXhGdW5jdGlvbnMgfSk7XG4gIH1cbiAgaWYgKGZhY3RzLm1heExvY2FscyA+IGJvdW5kcy5tYXhMb2NhbHNQZXJGdW5jdGlvbikge1xuICAgIHRocm93IHJ1bGVFcnJvcignbG9jYWxzJywgYGEgZnVuY3Rpb24gZGVjbGFyZXMgJHtmYWN0cy5tYXhMb2NhbHN9IGxvY2FscywgbW9yZSB0aGFuICR7Ym91bmRzLm1heExvY2Fsc1BlckZ1bmN0aW9ufWAsIHsgbG9jYWxzOiBmYWN0cy5tYXhMb2NhbHMsIG1heExvY2Fsc1BlckZ1bmN0aW9uOiBib3VuZHMubWF4TG9jYWxzUGVyRnVuY3Rpb24gfSk7XG4gIH1cbiAgcmV0dXJuIGZhY3RzO1xufVxuXG4vKipcbiAqIFRoZSBydWxlIGFuIElOVkFMSURfRlVOQ1RJT04gZXJyb3Igb2YgY29tcGlsZUZ1bmN0aW9uIChzcmMvZnVuY3Rpb25zL2FiaS50cykgaXMgYWJvdXQsIGZyb20gd2hhdCBpdFxuICogc2F5czogdGhhdCBiaW5kaW5nIG5hbWVzIHRoZSBvZmZlbmRpbmcgaW1wb3J0LCBleHBvcnQgb3IgbWVtb3J5LCBub3QgYSBydWxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcnVsZU9mQWJpRXJyb3IoZXJyb3I6IEFpcnRudEVycm9yKTogTW9kdWxlUnVsZSB7XG4gIGNvbnN0IHRleHQgPSBlcnJvci5zaG9ydE1lc3NhZ2U7XG4gIGlmICgnaW1wb3J0JyBpbiBlcnJvci5kZXRhaWxzIHx8IC9lbnZcXC5hYm9ydC8udGVzdCh0ZXh0KSB8fCAoL2ltcG9ydC8udGVzdCh0ZXh0KSAmJiAhL21lbW9yeS8udGVzdCh0ZXh0KSkpIHJldHVybiAnaW1wb3J0cyc7XG4gIGlmICgnbWlzc2luZycgaW4gZXJyb3IuZGV0YWlscyB8fCAvbXVzdCBiZSBcXCgvLnRlc3QodGV4dCkgfHwgL2V4cG9ydC8udGVzdCh0ZXh0KSkgcmV0dXJuICdleHBvcnRzJztcbiAgaWYgKC9tZW1vcnkvLnRlc3QodGV4dCkpIHJldHVybiAnbWVtb3J5JztcbiAgaWYgKC9tZXRlcmVkLy50ZXN0KHRleHQpKSByZXR1cm4gJ2ZlYXR1cmVzJztcbiAgcmV0dXJuICd3YXNtJztcbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQU1BLFNBQVMsbUJBQW1CO0FBZXJCLE1BQU0sd0JBQXNDO0FBQUEsRUFDakQsZ0JBQWdCLElBQUksT0FBTztBQUFBLEVBQzNCLGNBQWMsSUFBSSxPQUFPO0FBQUEsRUFDekIsaUJBQWlCO0FBQUEsRUFDakIsY0FBYztBQUFBLEVBQ2Qsc0JBQXNCO0FBQ3hCO0FBR08sTUFBTSxlQUFlLENBQUMsZUFBZSxRQUFRLGtCQUFrQixjQUFjLGFBQWEsa0JBQWtCLFVBQVUsV0FBVyxXQUFXLFVBQVUsVUFBVTtBQUt2SyxNQUFNLGdCQUFnQjtBQUN0QixNQUFNLGdCQUFnQjtBQUN0QixNQUFNLGVBQWU7QUFDckIsTUFBTSxlQUFlO0FBRWQsU0FBUyxVQUFVLE1BQWtCLFNBQWlCLFVBQW1DLENBQUMsR0FBRyxNQUE0QjtBQUM5SCxTQUFPLElBQUksWUFBWSxvQkFBb0IsUUFBUSxJQUFJLEtBQUssT0FBTyxJQUFJO0FBQUEsSUFDckUsU0FBUyxFQUFFLE1BQU0sR0FBRyxRQUFRO0FBQUEsSUFDNUIsTUFBTSxRQUFRO0FBQUEsRUFDaEIsQ0FBQztBQUNIO0FBRUEsTUFBTSxPQUFPO0FBQUEsRUFDWCxZQUE2QixPQUEwQixRQUF5QixLQUFhO0FBQWhFO0FBQTBCO0FBQXlCO0FBQUEsRUFBYztBQUFBLEVBQWpFO0FBQUEsRUFBMEI7QUFBQSxFQUF5QjtBQUFBLEVBQ2hGLE9BQWU7QUFDYixRQUFJLEtBQUssVUFBVSxLQUFLLElBQUssT0FBTSxVQUFVLFFBQVEsa0NBQWtDO0FBQ3ZGLFdBQU8sS0FBSyxNQUFNLEtBQUssUUFBUTtBQUFBLEVBQ2pDO0FBQUEsRUFDQSxNQUFjO0FBQ1osUUFBSSxTQUFTO0FBQ2IsYUFBUyxRQUFRLEdBQUcsUUFBUSxJQUFJLFNBQVMsR0FBRztBQUMxQyxZQUFNLElBQUksS0FBSyxLQUFLO0FBQ3BCLGlCQUFXLElBQUksT0FBUSxLQUFLO0FBQzVCLFdBQUssSUFBSSxTQUFVLEdBQUc7QUFDcEIsWUFBSSxTQUFTLFdBQVksT0FBTSxVQUFVLFFBQVEsNkJBQTZCO0FBQzlFLGVBQU87QUFBQSxNQUNUO0FBQUEsSUFDRjtBQUNBLFVBQU0sVUFBVSxRQUFRLDRCQUE0QjtBQUFBLEVBQ3REO0FBQUEsRUFDQSxLQUFLLFFBQXNCO0FBQ3pCLFFBQUksS0FBSyxTQUFTLFNBQVMsS0FBSyxJQUFLLE9BQU0sVUFBVSxRQUFRLCtCQUErQjtBQUM1RixTQUFLLFVBQVU7QUFBQSxFQUNqQjtBQUFBO0FBQUEsRUFFQSxnQkFBc0I7QUFDcEIsYUFBUyxRQUFRLEdBQUcsUUFBUSxJQUFJLFNBQVM7QUFDdkMsWUFBTSxLQUFLLEtBQUssS0FBSztBQUNyQixVQUFJLE9BQU8sR0FBTTtBQUNqQixVQUFJLE9BQU8sTUFBUSxPQUFPLE1BQVEsT0FBTyxNQUFRLE9BQU8sSUFBTSxNQUFLLFVBQVU7QUFBQSxlQUNwRSxPQUFPLEdBQU0sTUFBSyxLQUFLLENBQUM7QUFBQSxlQUN4QixPQUFPLEdBQU0sTUFBSyxLQUFLLENBQUM7QUFBQSxlQUN4QixPQUFPLElBQU0sTUFBSyxLQUFLO0FBQUEsZUFDdkIsT0FBTyxPQUFRLE9BQU8sT0FBUSxPQUFPLE9BQVEsT0FBTyxPQUFRLE9BQU8sT0FBUSxPQUFPLEtBQU07QUFDL0YsY0FBTSxVQUFVLFFBQVEsdUJBQXVCLEdBQUcsU0FBUyxFQUFFLENBQUMsMkJBQTJCO0FBQUEsTUFDM0Y7QUFBQSxJQUNGO0FBQ0EsVUFBTSxVQUFVLFFBQVEsbUNBQW1DO0FBQUEsRUFDN0Q7QUFBQSxFQUNRLFlBQWtCO0FBQ3hCLGFBQVMsUUFBUSxHQUFHLFFBQVEsSUFBSSxRQUFTLE1BQUssS0FBSyxLQUFLLElBQUksU0FBVSxFQUFHO0FBQ3pFLFVBQU0sVUFBVSxRQUFRLDRCQUE0QjtBQUFBLEVBQ3REO0FBQ0Y7QUFNTyxTQUFTLGdCQUFnQixPQUFnQztBQUM5RCxRQUFNLFFBQXFCLEVBQUUsT0FBTyxNQUFNLFFBQVEsV0FBVyxHQUFHLGNBQWMsR0FBRyxXQUFXLEdBQUcsV0FBVyxHQUFHLFVBQVUsTUFBTTtBQUM3SCxRQUFNLE1BQU0sSUFBSSxPQUFPLE9BQU8sR0FBRyxNQUFNLE1BQU07QUFDN0MsU0FBTyxJQUFJLFNBQVMsSUFBSSxLQUFLO0FBQzNCLFVBQU0sS0FBSyxJQUFJLEtBQUs7QUFDcEIsVUFBTSxPQUFPLElBQUksSUFBSTtBQUNyQixVQUFNLFVBQVUsSUFBSSxPQUFPLE9BQU8sSUFBSSxRQUFRLElBQUksU0FBUyxJQUFJO0FBQy9ELFFBQUksS0FBSyxJQUFJO0FBQ2IsUUFBSSxPQUFPLGNBQWUsT0FBTSxXQUFXO0FBQUEsYUFDbEMsT0FBTyxlQUFlO0FBQzdCLGVBQVMsUUFBUSxRQUFRLElBQUksR0FBRyxRQUFRLEdBQUcsU0FBUztBQUNsRCxnQkFBUSxLQUFLO0FBQ2IsY0FBTSxRQUFRLFFBQVEsS0FBSztBQUMzQixjQUFNLGVBQWUsS0FBSyxJQUFJLE1BQU0sY0FBYyxRQUFRLElBQUksQ0FBQztBQUMvRCxZQUFJLFFBQVEsRUFBTSxTQUFRLElBQUk7QUFBQSxNQUNoQztBQUFBLElBQ0YsV0FBVyxPQUFPLGNBQWM7QUFDOUIsWUFBTSxZQUFZLFFBQVEsSUFBSTtBQUM5QixlQUFTLFFBQVEsR0FBRyxRQUFRLE1BQU0sV0FBVyxTQUFTO0FBQ3BELGNBQU0sV0FBVyxRQUFRLElBQUk7QUFDN0IsY0FBTSxPQUFPLElBQUksT0FBTyxPQUFPLFFBQVEsUUFBUSxRQUFRLFNBQVMsUUFBUTtBQUN4RSxnQkFBUSxLQUFLLFFBQVE7QUFDckIsWUFBSSxTQUFTO0FBQ2IsaUJBQVMsU0FBUyxLQUFLLElBQUksR0FBRyxTQUFTLEdBQUcsVUFBVTtBQUNsRCxvQkFBVSxLQUFLLElBQUk7QUFDbkIsZUFBSyxLQUFLO0FBQUEsUUFDWjtBQUNBLGNBQU0sWUFBWSxLQUFLLElBQUksTUFBTSxXQUFXLE1BQU07QUFBQSxNQUNwRDtBQUFBLElBQ0YsV0FBVyxPQUFPLGNBQWM7QUFDOUIsZUFBUyxRQUFRLFFBQVEsSUFBSSxHQUFHLFFBQVEsR0FBRyxTQUFTO0FBQ2xELGNBQU0sT0FBTyxRQUFRLElBQUk7QUFDekIsWUFBSSxTQUFTLEVBQUcsU0FBUSxJQUFJO0FBQzVCLFlBQUksU0FBUyxLQUFLLFNBQVMsRUFBRyxTQUFRLGNBQWM7QUFDcEQsY0FBTSxTQUFTLFFBQVEsSUFBSTtBQUMzQixnQkFBUSxLQUFLLE1BQU07QUFDbkIsY0FBTSxhQUFhO0FBQUEsTUFDckI7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsa0JBQWtCLE9BQW1CLFNBQXVCLHVCQUFvQztBQUM5RyxNQUFJLE1BQU0sU0FBUyxPQUFPLGdCQUFnQjtBQUN4QyxVQUFNLFVBQVUsZUFBZSxpQkFBaUIsTUFBTSxNQUFNLHFCQUFxQixPQUFPLGNBQWMsSUFBSSxFQUFFLE9BQU8sTUFBTSxRQUFRLGdCQUFnQixPQUFPLGVBQWUsQ0FBQztBQUFBLEVBQzFLO0FBQ0EsTUFBSSxDQUFDLFlBQVksU0FBUyxLQUFLLEdBQUc7QUFDaEMsVUFBTSxVQUFVLFFBQVEsa0NBQWtDLENBQUMsR0FBRyx1RUFBdUU7QUFBQSxFQUN2STtBQUNBLFFBQU0sUUFBUSxnQkFBZ0IsS0FBSztBQUNuQyxNQUFJLE1BQU0sVUFBVTtBQUNsQixVQUFNLFVBQVUsa0JBQWtCLG1DQUFtQyxDQUFDLEdBQUcsdUhBQXVIO0FBQUEsRUFDbE07QUFDQSxNQUFJLE1BQU0sZUFBZSxPQUFPLGlCQUFpQjtBQUMvQyxVQUFNLFVBQVUsY0FBYyx1QkFBdUIsTUFBTSxZQUFZLHVCQUF1QixPQUFPLGVBQWUsSUFBSSxFQUFFLGNBQWMsTUFBTSxjQUFjLGlCQUFpQixPQUFPLGdCQUFnQixDQUFDO0FBQUEsRUFDdk07QUFDQSxNQUFJLE1BQU0sWUFBWSxPQUFPLGNBQWM7QUFDekMsVUFBTSxVQUFVLGFBQWEsMEJBQTBCLE1BQU0sU0FBUyxxQkFBcUIsT0FBTyxZQUFZLElBQUksRUFBRSxXQUFXLE1BQU0sV0FBVyxjQUFjLE9BQU8sYUFBYSxHQUFHLDBEQUEwRDtBQUFBLEVBQ2pQO0FBQ0EsTUFBSSxNQUFNLFlBQVksT0FBTyxjQUFjO0FBQ3pDLFVBQU0sVUFBVSxrQkFBa0IsY0FBYyxNQUFNLFNBQVMseUJBQXlCLE9BQU8sWUFBWSxJQUFJLEVBQUUsV0FBVyxNQUFNLFdBQVcsY0FBYyxPQUFPLGFBQWEsQ0FBQztBQUFBLEVBQ2xMO0FBQ0EsTUFBSSxNQUFNLFlBQVksT0FBTyxzQkFBc0I7QUFDakQsVUFBTSxVQUFVLFVBQVUsdUJBQXVCLE1BQU0sU0FBUyxzQkFBc0IsT0FBTyxvQkFBb0IsSUFBSSxFQUFFLFFBQVEsTUFBTSxXQUFXLHNCQUFzQixPQUFPLHFCQUFxQixDQUFDO0FBQUEsRUFDck07QUFDQSxTQUFPO0FBQ1Q7QUFNTyxTQUFTLGVBQWUsT0FBZ0M7QUFDN0QsUUFBTSxPQUFPLE1BQU07QUFDbkIsTUFBSSxZQUFZLE1BQU0sV0FBVyxhQUFhLEtBQUssSUFBSSxLQUFNLFNBQVMsS0FBSyxJQUFJLEtBQUssQ0FBQyxTQUFTLEtBQUssSUFBSSxFQUFJLFFBQU87QUFDbEgsTUFBSSxhQUFhLE1BQU0sV0FBVyxhQUFhLEtBQUssSUFBSSxLQUFLLFNBQVMsS0FBSyxJQUFJLEVBQUcsUUFBTztBQUN6RixNQUFJLFNBQVMsS0FBSyxJQUFJLEVBQUcsUUFBTztBQUNoQyxNQUFJLFVBQVUsS0FBSyxJQUFJLEVBQUcsUUFBTztBQUNqQyxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
