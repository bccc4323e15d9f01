import type { Command } from 'commander';

/** Placeholder: this command is being built. */
export function registerAttest(_program: Command): void {}
