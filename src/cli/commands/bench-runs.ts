import type { Command } from 'commander';

/** Placeholder: this command is being built. */
export function registerBenchRuns(_program: Command): void {}
