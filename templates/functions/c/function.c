// {{name}}: an airtnt function (ABI v1, docs/functions.md of airtnt), in C without a C library.
//
// The example is a counter. Its state is empty (start: n = 0, limit = 100, sum = 0) or 12 bytes:
// n, limit and sum, each a u32 little-endian. One cycle adds 1 to n and n to sum (wrapping), and
// outputs one 8-byte message: n then sum (u32 LE). When n reaches limit the run has terminated:
// run() returns fewer cycles than asked, and 0 from then on.
//
// The host gives every call a fresh instance and a fresh memory, so nothing survives between calls
// except the state: never keep anything in a global from one call to the next.

typedef unsigned int u32;
typedef unsigned long long u64;

#define PAGE_BYTES 65536ull
#define INITIAL_LIMIT 100u

// The linker puts the first free byte after the stack and the static data here.
extern unsigned char __heap_base;

static u32 state[3];           // n, limit, sum: the new state (state_ptr/state_len)
static unsigned char *input;   // where the host writes the state
static unsigned char *output;  // this call's outputs, each a u32 LE length then the bytes
static u32 output_bytes;

// Makes [0, end) addressable, growing memory; traps when the host's memory limit is reached.
static void ensure_memory(u64 end) {
  u64 have = (u64)__builtin_wasm_memory_size(0) * PAGE_BYTES;
  if (end <= have) return;
  if (end > 4294967296ull) __builtin_trap();
  u64 pages = (end - have + PAGE_BYTES - 1) / PAGE_BYTES;
  if (__builtin_wasm_memory_grow(0, (unsigned long)pages) == (unsigned long)-1) __builtin_trap();
}

static u32 align16(u32 value) { return (value + 15u) & ~15u; }

static u32 load_u32(const unsigned char *p) {
  return (u32)p[0] | (u32)p[1] << 8 | (u32)p[2] << 16 | (u32)p[3] << 24;
}

static void store_u32(unsigned char *p, u32 value) {
  p[0] = (unsigned char)value;
  p[1] = (unsigned char)(value >> 8);
  p[2] = (unsigned char)(value >> 16);
  p[3] = (unsigned char)(value >> 24);
}

// ABI: this module is an airtnt function of ABI version 1.
int airtnt_abi_v1(void) { return 1; }

// ABI: where the host writes `len` bytes of state before it calls run(len, cycles).
u32 input_buffer(u32 len) {
  u32 at = align16((u32)(unsigned long)&__heap_base);
  ensure_memory((u64)at + len);
  input = (unsigned char *)(unsigned long)at;
  return at;
}

// ABI: runs at most `cycles` cycles on the state in the input buffer; returns the cycles done.
u32 run(u32 len, u32 cycles) {
  u32 n = 0, limit = INITIAL_LIMIT, sum = 0;
  if (len == 12) {
    n = load_u32(input);
    limit = load_u32(input + 4);
    sum = load_u32(input + 8);
  } else if (len != 0) {
    __builtin_trap();  // not a state of this function
  }
  u32 left = n < limit ? limit - n : 0;
  u32 done = cycles < left ? cycles : left;
  u32 at = align16((u32)(unsigned long)input + len);
  ensure_memory((u64)at + (u64)done * 12);
  output = (unsigned char *)(unsigned long)at;
  output_bytes = done * 12;
  unsigned char *p = output;
  for (u32 i = 0; i < done; i++) {
    n += 1;
    sum += n;
    store_u32(p, 8);
    store_u32(p + 4, n);
    store_u32(p + 8, sum);
    p += 12;
  }
  state[0] = n;
  state[1] = limit;
  state[2] = sum;
  return done;
}

// ABI: the new state and this call's outputs.
u32 state_ptr(void) { return (u32)(unsigned long)state; }
u32 state_len(void) { return sizeof state; }
u32 output_ptr(void) { return (u32)(unsigned long)output; }
u32 output_len(void) { return output_bytes; }
