// Report PDFs in Firefox, the steps Chromium runs too; Firefox's own are in pdf-firefox.e2e.ts.
import { pdfScenarios } from '../e2e/scenarios/pdf';
import { launchFirefoxDriver } from './support/firefox-driver';

pdfScenarios(launchFirefoxDriver);
