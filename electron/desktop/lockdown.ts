import { isAppUrl } from './app-origin';

/** The part of an Electron navigation event the decision needs. */
export interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

/** The few WebContents methods lockDown uses, so it runs (and is tested) without Electron. */
export interface LockableContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** A page, or any frame in it, may go only to our own renderer's URLs: the register is not a browser. */
export function navigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

function denyForeign(event: NavigationEvent): void {
  if (!navigationAllowed(event.url)) event.preventDefault();
}

/**
 * Applied to every WebContents the app creates: navigation and redirects away from app://rehabdesk/ are stopped
 * (in subframes too), webviews are never attached, and no new window opens, not even for our own URLs (a print
 * route opens in the same window), so window.open, target=_blank and middle-click all end here.
 */
export function lockDown(contents: LockableContents): void {
  contents.on('will-navigate', denyForeign);
  contents.on('will-frame-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
