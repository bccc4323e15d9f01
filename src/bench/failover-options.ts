/**
 * The choices of `airtnt bench failover` (src/bench/failover.ts), apart so that the CLI checks them when
 * it parses the command line without loading the benchmark.
 */

/** Where the executor is killed: after the payment is stored and before the key, or before the result. */
export const FAILOVER_POINTS = ['payment-stored', 'round-stored'] as const;
export type FailoverPoint = (typeof FAILOVER_POINTS)[number];

/**
 * Who is SIGKILLed: the executor (at `point`, by its own fault hook), a standby (the second one, by this
 * process once the requester has round `round`'s key: the executor goes on with the other's acks), or
 * two members at once (the executor and the first standby, the same way: the last standby continues).
 */
export const FAILOVER_KILLS = ['executor', 'standby', 'two'] as const;
export type FailoverKill = (typeof FAILOVER_KILLS)[number];
