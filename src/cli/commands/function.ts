import type { Command } from 'commander';

/** Placeholder: this command is being built. */
export function registerFunction(_program: Command): void {}
