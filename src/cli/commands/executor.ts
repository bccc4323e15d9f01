import type { Command } from 'commander';

/** Placeholder: this command is being built. */
export function registerExecutor(_program: Command): void {}
