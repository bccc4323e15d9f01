import type { Command } from 'commander';

/** Placeholder: this command is being built. */
export function registerBenchGas(_program: Command): void {}
