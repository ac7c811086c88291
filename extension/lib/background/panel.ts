/**
 * The toolbar button opens the reading panel: Chrome's side panel (setPanelBehavior, so the click itself
 * is the user gesture), Firefox's sidebar (WXT writes sidebar_action from the sidepanel entrypoint).
 */
import { browser } from 'wxt/browser';

export function openPanelOnActionClick(): void {
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  if (sidePanel) {
    void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e: unknown) => console.warn('sidePanel.setPanelBehavior', e));
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  const a = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  // toggle() must run in the click handler itself (no await before it).
  if (sidebar && a) a.onClicked.addListener(() => void sidebar.toggle());
}
