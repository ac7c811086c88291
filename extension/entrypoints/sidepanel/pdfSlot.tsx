/**
 * The PDF engineer's component in the 本页 view: the page's report PDFs, or the tab itself when it is
 * a PDF. What it reads comes back through onExtraction and is shown like an HTML report.
 */
import type { ComponentChildren } from 'preact';
import { PdfSources, type PdfExtracted } from '../../components/pdf/PdfSources';
import { t } from '../../lib/i18n';
import type { PageReading } from './reading';

export type { PdfExtracted };

export function pdfSlot(reading: PageReading | null, onExtraction: (r: PdfExtracted) => void): ComponentChildren {
  if (!reading) return null;
  if (reading.kind === 'pdf') return <PdfSources pageUrl={reading.url} isPdf links={[]} onExtraction={onExtraction} />;
  if (reading.kind === 'report' || reading.kind === 'notReport') {
    return (
      <PdfSources pageUrl={reading.snapshot.url} isPdf={false} links={reading.pdfLinks} onExtraction={onExtraction}
        lead={reading.kind === 'notReport' ? t('page.attachmentLead') : undefined} />
    );
  }
  return null;
}
