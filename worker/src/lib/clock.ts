/**
 * Last writer wins by `updatedAt`, so a clock far ahead would let one write beat every later edit:
 * `8640000000000000` would lock a record forever. Every write path refuses such a time.
 */
export const MAX_CLOCK_SKEW_MS = 24 * 3600 * 1000;

/** The latest `updatedAt` a write may carry now. */
export const latestAllowed = (now = Date.now()) => now + MAX_CLOCK_SKEW_MS;

export const CLOCK_ISSUE = { message: 'more than a day ahead of the server\'s clock' };
