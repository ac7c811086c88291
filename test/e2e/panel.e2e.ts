// The side panel in Chromium, the steps Firefox runs too; Chromium's own are in panel-chromium.e2e.ts.
import { panelScenarios } from './scenarios/panel';
import { launchChromium } from './support/chromium-driver';

panelScenarios(launchChromium);
