/** The library's records, live: reloaded whenever any extension page changes the store. */
import { useEffect, useState } from 'preact/hooks';
import type { Clip, Report } from '../../../shared/api/records';
import type { LibraryStore } from '../../lib/store/api';

export interface LibraryData {
  reports: Report[];
  clips: Clip[];
  loaded: boolean;
}

export function useLibrary(store: LibraryStore): LibraryData {
  const [data, setData] = useState<LibraryData>({ reports: [], clips: [], loaded: false });
  useEffect(() => {
    let on = true;
    let seq = 0;
    const load = async () => {
      const mine = ++seq;
      const [reports, clips] = await Promise.all([store.listReports(), store.listClips()]);
      // A slower older load must not overwrite a newer one.
      if (on && mine === seq) setData({ reports, clips, loaded: true });
    };
    void load();
    const off = store.onChange(() => void load());
    return () => {
      on = false;
      off();
    };
  }, [store]);
  return data;
}
