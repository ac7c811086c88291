// The sidebar's page in Firefox, the steps Chromium runs too (scenarios/panel.ts).
import { panelScenarios } from '../e2e/scenarios/panel';
import { launchFirefoxDriver } from './support/firefox-driver';

panelScenarios(launchFirefoxDriver);
