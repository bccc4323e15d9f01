import type { Command } from 'commander';

/** Placeholder: this command is being built. */
export function registerBenchEnclave(_program: Command): void {}
