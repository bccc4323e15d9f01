/** Executor limits that command-line help names, apart from the executor (which loads much more). */

/**
 * The smallest minChannelSeconds accepted: a round, its payment and a collect (mined, with some
 * blocks of slack) must all fit before expiry, since collecting is refused from expiry on.
 */
export const MIN_CHANNEL_SECONDS = 120;
/** The smallest collect safety margin: several 12-second blocks for the collect to be mined in. */
export const MIN_COLLECT_SAFETY_SECONDS = 60;
