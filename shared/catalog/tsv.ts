/** The catalog's row shape and its TSV reader (pure: used by the generator and by the agreement test). */
export type IndicatorGroup =
  | 'scale'
  | 'scorecard'
  | 'satisfaction'
  | 'resources'
  | 'service'
  | 'international'
  | 'policy';

export interface CatalogEntry {
  id: string;
  group: IndicatorGroup;
  unit: string;
  nameZh: string;
  aliasesZh: string[];
}

export function parseCatalogTsv(text: string): CatalogEntry[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift()?.split('\t') ?? [];
  const col = (name: string) => header.indexOf(name);
  const [iId, iGroup, iUnit, iName, iAliases] = ['id', 'group', 'unit', 'name_zh', 'aliases_zh'].map(col);
  if ([iId, iGroup, iUnit, iName].some((i) => i! < 0)) throw new Error('indicators.tsv: missing header columns');
  return lines.map((l) => {
    const c = l.split('\t');
    return {
      id: c[iId!]!.trim(),
      group: c[iGroup!]!.trim() as IndicatorGroup,
      unit: c[iUnit!]!.trim(),
      nameZh: c[iName!]!.trim(),
      aliasesZh: (iAliases! >= 0 ? (c[iAliases!] ?? '') : '')
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
    };
  });
}
