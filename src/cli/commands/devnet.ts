import type { Command } from 'commander';

/** Placeholder: this command is being built. */
export function registerDevnet(_program: Command): void {}
