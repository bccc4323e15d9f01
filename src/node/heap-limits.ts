/**
 * Node's command-line flags for an executor's process (issue 14: executor memory at 1,000 channels).
 *
 * An executor allocates steadily (frames, payments, records, promises) and keeps little: in the load
 * benchmark its main thread held about 35 MiB of live objects but had up to 180 MiB of V8 heap committed,
 * all of it resident. Two defaults of V8 made that:
 * - the young generation's two semi-spaces grow from 1 to 16 MiB each under a steady allocation rate and
 *   stay committed: 32 MiB of new space, nearly all garbage between scavenges;
 * - the old generation is collected again only once it has grown to up to four times what survived the
 *   last full collection (V8's factor for a machine with this much memory), so it fills with garbage.
 * With two 2 MiB semi-spaces and a growing factor of 1.5 V8 collects more often, each collection short;
 * the most a heap may hold is unchanged (docs/benchmarks.md, "Executor memory", has the figures).
 *
 * Command-line flags, not `v8.setFlagsFromString`: the semi-spaces' most is fixed when the isolate
 * starts, and flags set at run time were measured to be undone when a worker thread starts (the enclave
 * starts execution workers at any time). The worker threads' young generation is set with their
 * resourceLimits instead (WORKER_YOUNG_GENERATION_MB in src/enclave/spawn.ts).
 *
 * Used, with EXECUTOR_ENV below, by the executor processes started here (src/node/process.ts: tests, the
 * demo, benchmarks) and by the load benchmark's executor. Node refuses `--heap-growing-percent` in
 * NODE_OPTIONS: an operator starts `MALLOC_ARENA_MAX=2 node --max-semi-space-size=2
 * --heap-growing-percent=50 "$(which airtnt)" executor start ...` (docs/operations.md, "Memory").
 */
export const EXECUTOR_NODE_FLAGS = ['--max-semi-space-size=2', '--heap-growing-percent=50'] as const;

/**
 * The environment glibc's malloc reads at process start: two arenas instead of up to eight per core.
 * The executor runs about 15 threads (its workers, V8's, libuv's); each thread that allocates may get an
 * arena of its own, which keeps freed memory: 14 MiB less RSS before and at the peak of the load
 * benchmark at N = 200 (docs/benchmarks.md). Ignored by other C libraries.
 */
export const EXECUTOR_ENV = { MALLOC_ARENA_MAX: '2' } as const;
