/**
 * 「<details><summary>📍 海宁市：中职教育发展情况（点击展开）</summary>…</details>」: a document exported from an online doc tool
 * folds one of the region's parts (a county, a school) into a collapsible section. What it folds is that part's, none of the
 * region's figures: its text and tables are left out of the reading, as a case box is (the page keeps them).
 */
import type { Item } from './stream';
import { isOwnPlace, namesSchool } from './prose';

const DETAILS_OPEN = /^\s*<details\b[^>]*>\s*$/i;
const DETAILS_CLOSE = /^\s*<\/details>\s*$/i;
const SUMMARY = /<summary\b[^>]*>([\s\S]*?)(?:<\/summary>|$)/i;
/** A place's name in the summary: 「海宁市」「曲阳县」「滨海新区」. */
const PLACE = /([\u4e00-\u9fa5]{2,8}?(?:市|县|区|旗|州|盟))(?![\u4e00-\u9fa5]{0,2}(?:级|属|直))/;

const lineOf = (it: Item): string | null => (it.kind === 'text' ? it.text : it.kind === 'row' ? it.quote : null);

export function withoutCollapsedParts(items: Item[], region: string | null): Item[] {
  let kept: Item[] | null = null;
  for (let i = 0; i < items.length; i++) {
    if (!DETAILS_OPEN.test(lineOf(items[i]!) ?? '')) {
      kept?.push(items[i]!);
      continue;
    }
    let end = i + 1;
    while (end < items.length && !DETAILS_CLOSE.test(lineOf(items[end]!) ?? '')) end++;
    const summary = items.slice(i + 1, Math.min(end, i + 3)).map(lineOf).find((l) => l !== null && SUMMARY.test(l));
    const named = summary ? SUMMARY.exec(summary)![1]!.replace(/<[^>]*>/g, '') : '';
    if (named && (namesPart(named, region) || namesSchool(named))) {
      kept ??= items.slice(0, i);
      i = end;
    } else kept?.push(items[i]!);
  }
  return kept ?? items;
}

/** Whether the summary names a place other than the region (or its whole: 全市). */
function namesPart(summary: string, region: string | null): boolean {
  const place = PLACE.exec(summary)?.[1];
  if (!place || /^(?:全|本|我|各)/.test(place)) return false;
  return !isOwnPlace(place, region);
}
