/**
 * D1 tables. Records keep their full canonical JSON in `data` (returned verbatim, compared for
 * replays) plus the few columns that lists, compare and sync filter on. Every record table is keyed by
 * (workspace_id, id): a client-made id is only ever looked up inside the caller's workspace, so an id
 * that happens to exist in another workspace is simply a different row.
 */

import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const workspaces = sqliteTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /**
   * The last sync version handed out; only grows. Bumped by the triggers of migration
   * 0001_version_triggers for each row written to reports or clips, in the same statement.
   */
  version: integer('version').notNull().default(0),
  createdAt: integer('created_at').notNull(),
});

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id),
    name: text('name').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('users_workspace').on(t.workspaceId)],
);

export const tokens = sqliteTable(
  'tokens',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull().references(() => workspaces.id),
    userId: text('user_id').notNull().references(() => users.id),
    name: text('name').notNull(),
    /** SHA-256 of the token, hex. The token itself is shown once and never stored. */
    hash: text('hash').notNull(),
    /** An owner manages every token of the workspace; a member only its own. */
    role: text('role', { enum: ['owner', 'member'] }).notNull().default('member'),
    createdAt: integer('created_at').notNull(),
    revokedAt: integer('revoked_at'),
  },
  (t) => [uniqueIndex('tokens_hash').on(t.hash), index('tokens_workspace').on(t.workspaceId)],
);

export const reports = sqliteTable(
  'reports',
  {
    workspaceId: text('workspace_id').notNull(),
    id: text('id').notNull(),
    region: text('region'),
    year: integer('year'),
    /** Lower-cased title, region, publisher and url, for `q`. */
    search: text('search').notNull().default(''),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
    version: integer('version').notNull(),
    /**
     * The version the row got when first inserted, never changed by edits: lists and exports page by
     * it, so a record edited during a walk keeps its place (set by migration 0002's insert triggers).
     */
    createdVersion: integer('created_version').notNull().default(0),
    data: text('data').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // Not unique: a row is inserted with version 0 and gets its number from the trigger right after.
    index('reports_version').on(t.workspaceId, t.version),
    index('reports_created').on(t.workspaceId, t.createdVersion),
  ],
);

export const clips = sqliteTable(
  'clips',
  {
    workspaceId: text('workspace_id').notNull(),
    id: text('id').notNull(),
    reportId: text('report_id'),
    indicatorId: text('indicator_id'),
    /** JSON array of the clip's tags, for `tag` (json_each). */
    tags: text('tags').notNull().default('[]'),
    /** Lower-cased label, quote, note, page title and url, for `q`. */
    search: text('search').notNull().default(''),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
    version: integer('version').notNull(),
    createdVersion: integer('created_version').notNull().default(0),
    data: text('data').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('clips_version').on(t.workspaceId, t.version),
    index('clips_created').on(t.workspaceId, t.createdVersion),
    index('clips_report_indicator').on(t.workspaceId, t.reportId, t.indicatorId),
    index('clips_indicator').on(t.workspaceId, t.indicatorId),
  ],
);

