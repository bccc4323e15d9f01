/**
 * Starts a worker thread from one of our modules. From dist/ that is plain JavaScript; from the
 * TypeScript sources (tests, tsx) node 20 does not carry tsx's loader into workers, so the worker
 * first registers tsx, then imports the module.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * The young generation of every worker we start, in MiB (V8 splits it into two semi-spaces and a
 * large-object space of one semi-space each: 2 MiB semi-spaces here). V8's default lets each semi-space
 * grow to 16 MiB under a steady allocation rate and keeps it committed: about 32 MiB of resident memory
 * per isolate that holds only garbage between scavenges (the load benchmark's executor, issue 14).
 * Smaller means more frequent, shorter scavenges; the old generation's limit, which bounds what a
 * worker can hold, is unchanged.
 */
export const WORKER_YOUNG_GENERATION_MB = 6;

export function startWorker(url: URL, options: WorkerOptions = {}): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** The URL of a sibling module, with the extension we run from (.ts in sources, .js in dist/). */
export function siblingModule(name: string, base: string): URL {
  return new URL(`./${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
}
