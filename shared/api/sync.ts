import { z } from 'zod';
import { Clip, RecordKind, Report } from './records';
import { ErrorDetail } from './errors';

export const SYNC_MAX_CHANGES = 500;
export const SYNC_MAX_BYTES = 1_000_000;
export const PULL_MAX_LIMIT = 1_000;

export const SyncChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report'), record: Report }),
  z.object({ kind: z.literal('clip'), record: Clip }),
]);
export type SyncChange = z.infer<typeof SyncChange>;
export type SyncChangeInput = z.input<typeof SyncChange>;

/** What a client sends: every change valid. */
export const SyncPushRequest = z.object({ changes: z.array(SyncChange).max(SYNC_MAX_CHANGES) });
export type SyncPushRequest = z.input<typeof SyncPushRequest>;

/**
 * What the server checks first: the envelope only. Each record is then validated on its own, so one
 * bad change is answered `invalid` while the others in the push are still stored.
 */
export const SyncPushEnvelope = z.object({
  changes: z
    .array(z.object({ kind: RecordKind, record: z.unknown() }))
    .max(SYNC_MAX_CHANGES, `at most ${SYNC_MAX_CHANGES} changes per push`),
});

export const SyncStatus = z.enum(['stored', 'stale', 'invalid']);
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncResult = z.object({
  /** The record's id; null when the change had no readable id. */
  id: z.string().nullable(),
  status: SyncStatus,
  /** stored: the version the change got (the same one again for a replay). */
  version: z.number().int().optional(),
  /** stale: the server's newer record, to be taken in place of the local one. */
  current: z.union([Report, Clip]).optional(),
  /** invalid: why. */
  error: ErrorDetail.optional(),
});
export type SyncResult = z.infer<typeof SyncResult>;

export const SyncPushResponse = z.object({ results: z.array(SyncResult) });
export type SyncPushResponse = z.infer<typeof SyncPushResponse>;

export const SyncPullQuery = z.object({
  since: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(PULL_MAX_LIMIT).default(500),
});
export type SyncPullQuery = z.infer<typeof SyncPullQuery>;

export const PulledChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report'), record: Report, version: z.number().int() }),
  z.object({ kind: z.literal('clip'), record: Clip, version: z.number().int() }),
]);
export type PulledChange = z.infer<typeof PulledChange>;

/** `next` is the cursor for the following pull (the last version returned, or `since` if none). */
export const SyncPullResponse = z.object({
  changes: z.array(PulledChange),
  next: z.number().int(),
  more: z.boolean(),
});
export type SyncPullResponse = z.infer<typeof SyncPullResponse>;
