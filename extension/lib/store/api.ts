/**
 * What the rest of the extension may do with the local library (IndexedDB through idb). Every change
 * writes the record and its outbox entry in ONE transaction, so nothing changed offline is lost; the
 * sync engine (extension/lib/sync) reads the outbox through the SyncStore half.
 */
import type { Clip, ClipInput, Report, ReportInput, SourceKind } from '../../../shared/api/records';
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
/** A copy of a report to keep: its url is the copy's address, sourceKind what it is (default: by the address). */
export type ReportDraft = Omit<ReportInput, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'sources'> & { sourceKind?: SourceKind };
export type ClipPatch = Partial<Pick<Clip, 'label' | 'indicatorId' | 'value' | 'unit' | 'year' | 'note' | 'tags'>>;

export interface LibraryStore extends SyncStore {
  /**
   * Keep a copy of a report (web page, PDF, .docx). Its id comes from the report's identity (region, year, level,
   * title family: shared/library/copies.ts), so the page, the PDF and the .docx of one report are one record with
   * each copy among its sources; keeping the same copy again updates it.
   */
  keepReport(draft: ReportDraft): Promise<Report>;
  getReport(id: string): Promise<Report | undefined>;
  /** The live report one of whose copies is at this address. */
  findReportByUrl(url: string): Promise<Report | undefined>;
  /**
   * Folds reports kept under an older id (the address-based ids before copies merged, or another copy's record
   * from a device that has not upgraded) into the record of their identity: sources merged, the old record
   * tombstoned, its clips pointed at the new id; all of it queued for sync. Returns how many records were folded.
   */
  foldReports(): Promise<number>;
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
