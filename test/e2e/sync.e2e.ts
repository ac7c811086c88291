// Sync in Chromium, two profiles as two devices: the steps Firefox runs too (scenarios/sync.ts).
import { syncScenarios } from './scenarios/sync';
import { launchChromium } from './support/chromium-driver';

syncScenarios(launchChromium);
