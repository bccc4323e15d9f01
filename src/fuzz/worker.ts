/**
 * A fuzz campaign worker process (forked by src/fuzz/campaign.ts, configuration in
 * AIRTNT_FUZZ_WORKER): runs its share of the inputs through every target and reports progress (the
 * parent's hang watchdog listens to it) and then its counts.
 */
import { z } from 'zod';
import { runTargets } from './run-targets.js';
import { fuzzTargets } from './targets.js';

const configSchema = z.object({
  seed: z.number().int().min(0).max(2 ** 31),
  inputs: z.number().int().min(0).max(1_000_000_000),
  maxInputMs: z.number().int().min(1).max(600_000),
  only: z.array(z.string().max(100)).max(100).optional(),
});
export type FuzzWorkerConfig = z.infer<typeof configSchema>;

async function main(): Promise<void> {
  if (!process.send) throw new Error('the fuzz worker must be started with fork() (it talks over IPC)');
  const config = configSchema.parse(JSON.parse(process.env.AIRTNT_FUZZ_WORKER ?? '{}'));
  const targets = (await fuzzTargets()).filter((t) => config.only === undefined || config.only.includes(t.name));
  process.send({ type: 'targets', names: targets.map((t) => t.name) });
  const report = await runTargets({
    targets,
    inputs: config.inputs,
    seed: config.seed,
    maxInputMs: config.maxInputMs,
    onProgress: (progress) => process.send?.({ type: 'progress', ...progress }),
  });
  process.send({ type: 'done', report }, () => process.disconnect());
}

main().catch((error: unknown) => {
  process.send?.({ type: 'failed', message: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  process.exitCode = 1;
  process.disconnect?.();
});
