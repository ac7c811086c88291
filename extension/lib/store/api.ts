/**
 * What the rest of the extension may do with the local library (IndexedDB through idb). Every change
 * writes the record and its outbox entry in ONE transaction, so nothing changed offline is lost; the
 * sync engine (extension/lib/sync) reads the outbox through the SyncStore half.
 */
import type { Clip, ClipInput, Report, ReportInput } from '../../../shared/api/records';
import type { SyncStore } from '../sync/types';

export interface ClipFilter {
  text?: string;
  region?: string;
  year?: number;
  indicatorId?: string;
  tag?: string;
  reportId?: string;
}

export interface ReportFilter {
  text?: string;
  region?: string;
  year?: number;
}

/** A change any extension page can hear about (BroadcastChannel 'nianbao-store'). */
export interface StoreChange {
  kind: 'report' | 'clip';
  ids: string[];
  /** 'remote': applied from a pull. */
  origin: 'local' | 'remote';
}

export type ClipDraft = Omit<ClipInput, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> & { id?: string };
export type ReportDraft = Omit<ReportInput, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
export type ClipPatch = Partial<Pick<Clip, 'label' | 'indicatorId' | 'value' | 'unit' | 'year' | 'note' | 'tags'>>;

export interface LibraryStore extends SyncStore {
  /** Keep a report: its id comes from its URL (reportIdForUrl), so keeping again updates it. */
  keepReport(draft: ReportDraft): Promise<Report>;
  getReport(id: string): Promise<Report | undefined>;
  findReportByUrl(url: string): Promise<Report | undefined>;
  /** Live (not deleted) reports, newest first. */
  listReports(filter?: ReportFilter): Promise<Report[]>;
  /** Makes a tombstone; restoreReport undoes it. */
  deleteReport(id: string): Promise<void>;
  restoreReport(id: string): Promise<void>;

  addClip(draft: ClipDraft): Promise<Clip>;
  updateClip(id: string, patch: ClipPatch): Promise<Clip>;
  getClip(id: string): Promise<Clip | undefined>;
  listClips(filter?: ClipFilter): Promise<Clip[]>;
  deleteClip(id: string): Promise<void>;
  restoreClip(id: string): Promise<void>;

  /** Calls back on every change made in any extension page or the background; returns unsubscribe. */
  onChange(listener: (change: StoreChange) => void): () => void;
}
