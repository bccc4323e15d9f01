;; {{name}}: an airtnt function (ABI v1, docs/functions.md of airtnt), in WebAssembly text.
;;
;; The example is a counter. Its state is empty (start: n = 0, limit = 100, sum = 0) or 12 bytes:
;; n, limit and sum, each a u32 little-endian. One cycle adds 1 to n and n to sum (wrapping), and
;; outputs one 8-byte message: n then sum (u32 LE). When n reaches limit the run has terminated:
;; run returns fewer cycles than asked, and 0 from then on.
;;
;; The host gives every call a fresh instance and a fresh memory, so nothing survives between calls
;; except the state. Memory layout: 0..12 the new state, 16.. the input, then the outputs.
(module
  (import "env" "memory" (memory 1))

  (global $output_ptr (mut i32) (i32.const 0))
  (global $output_len (mut i32) (i32.const 0))

  ;; Makes [0, end) addressable, growing memory; traps when the host's memory limit is reached.
  (func $ensure_memory (param $end i64)
    (local $have i64)
    (if (i64.gt_u (local.get $end) (i64.const 4294967296)) (then unreachable))
    (local.set $have (i64.mul (i64.extend_i32_u (memory.size)) (i64.const 65536)))
    (if (i64.gt_u (local.get $end) (local.get $have))
      (then
        (if (i32.eq
              (memory.grow (i32.wrap_i64 (i64.div_u
                (i64.add (i64.sub (local.get $end) (local.get $have)) (i64.const 65535))
                (i64.const 65536))))
              (i32.const -1))
          (then unreachable)))))

  ;; ABI: this module is an airtnt function of ABI version 1.
  (func (export "airtnt_abi_v1") (result i32)
    (i32.const 1))

  ;; ABI: where the host writes `len` bytes of state before it calls run(len, cycles).
  (func (export "input_buffer") (param $len i32) (result i32)
    (call $ensure_memory (i64.add (i64.const 16) (i64.extend_i32_u (local.get $len))))
    (i32.const 16))

  ;; ABI: runs at most `cycles` cycles on the state in the input buffer; returns the cycles done.
  (func (export "run") (param $len i32) (param $cycles i32) (result i32)
    (local $n i32) (local $limit i32) (local $sum i32) (local $left i32) (local $done i32)
    (local $p i32) (local $i i32)
    (local.set $limit (i32.const 100))
    (if (i32.eq (local.get $len) (i32.const 12))
      (then
        (local.set $n (i32.load (i32.const 16)))
        (local.set $limit (i32.load (i32.const 20)))
        (local.set $sum (i32.load (i32.const 24))))
      (else
        ;; not a state of this function
        (if (i32.ne (local.get $len) (i32.const 0)) (then unreachable))))
    (if (i32.lt_u (local.get $n) (local.get $limit))
      (then (local.set $left (i32.sub (local.get $limit) (local.get $n)))))
    (local.set $done
      (select (local.get $cycles) (local.get $left) (i32.lt_u (local.get $cycles) (local.get $left))))
    ;; the outputs start after the input, 16-byte aligned
    (global.set $output_ptr
      (i32.and (i32.add (i32.add (i32.const 16) (local.get $len)) (i32.const 15)) (i32.const -16)))
    (call $ensure_memory
      (i64.add (i64.extend_i32_u (global.get $output_ptr))
               (i64.mul (i64.extend_i32_u (local.get $done)) (i64.const 12))))
    (global.set $output_len (i32.mul (local.get $done) (i32.const 12)))
    (local.set $p (global.get $output_ptr))
    (block $finished
      (loop $cycle
        (br_if $finished (i32.ge_u (local.get $i) (local.get $done)))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (local.set $sum (i32.add (local.get $sum) (local.get $n)))
        (i32.store (local.get $p) (i32.const 8))
        (i32.store offset=4 (local.get $p) (local.get $n))
        (i32.store offset=8 (local.get $p) (local.get $sum))
        (local.set $p (i32.add (local.get $p) (i32.const 12)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $cycle)))
    (i32.store (i32.const 0) (local.get $n))
    (i32.store (i32.const 4) (local.get $limit))
    (i32.store (i32.const 8) (local.get $sum))
    (local.get $done))

  ;; ABI: the new state and this call's outputs.
  (func (export "state_ptr") (result i32) (i32.const 0))
  (func (export "state_len") (result i32) (i32.const 12))
  (func (export "output_ptr") (result i32) (global.get $output_ptr))
  (func (export "output_len") (result i32) (global.get $output_len)))
