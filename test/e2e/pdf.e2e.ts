// Report PDFs in Chromium, the steps Firefox runs too (scenarios/pdf.ts).
import { pdfScenarios } from './scenarios/pdf';
import { launchChromium } from './support/chromium-driver';

pdfScenarios(launchChromium);
