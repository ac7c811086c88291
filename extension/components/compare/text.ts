import { say } from '../../lib/sync/words';

/** One string in the person's language (Chinese unless the browser says otherwise). */
export const t = (zh: string, en: string): string => say({ zh, en });
