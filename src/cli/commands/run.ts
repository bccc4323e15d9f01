import type { Command } from 'commander';

/** Placeholder: this command is being built. */
export function registerRun(_program: Command): void {}
