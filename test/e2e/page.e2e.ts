// The page side in Chromium, the steps Firefox runs too; Chromium's own are in page-chromium.e2e.ts.
import { pageScenarios } from './scenarios/page';
import { launchChromium } from './support/chromium-driver';

pageScenarios(launchChromium);
