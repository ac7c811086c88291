// The page side in Firefox, the steps Chromium runs too; Firefox's own are in page-firefox.e2e.ts.
import { pageScenarios } from '../e2e/scenarios/page';
import { launchFirefoxDriver } from './support/firefox-driver';

pageScenarios(launchFirefoxDriver);
