import { describe, expect, it } from 'vitest';
import { APP_URL } from '../../../electron/desktop/app-origin';
import { lockDown, navigationAllowed, type LockableContents, type NavigationEvent } from '../../../electron/desktop/lockdown';

type Listener = (event: NavigationEvent) => void;

/** A WebContents as far as lockDown sees it: it records what lockDown registers, so the test can fire it. */
function lockedContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  lockDown(contents as unknown as LockableContents);
  const fire = (event: string, url: string) => {
    let prevented = false;
    const listener = listeners.get(event);
    if (!listener) throw new Error(`lockDown did not handle ${event}`);
    listener({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { fire, open: (url: string) => openHandler?.({ url }) };
}

const foreign = [
  'https://example.com/',
  'http://127.0.0.1:5180/',
  'file:///etc/passwd',
  'file:///C:/Users/canbo/rehabdesk.sqlite',
  'javascript:alert(1)',
  'data:text/html,<script>1</script>',
  'about:blank',
  'app://evil/',
  'app://rehabdesk.evil/',
  'app://rehabdesk:8080/',
  'app://user:pass@rehabdesk/',
  'devtools://devtools/bundled/inspector.html',
  'not a url',
];

describe('navigation and new windows', () => {
  it('stops any navigation, frame navigation or redirect away from the app, and lets the app move within itself', () => {
    const contents = lockedContents();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of foreign) expect(contents.fire(event, url), `${event} ${url}`).toBe(true);
      for (const url of [APP_URL, `${APP_URL}hoc-vien/12`, `${APP_URL}in/bao-cao?ky=2026-11`]) {
        expect(contents.fire(event, url), `${event} ${url}`).toBe(false);
      }
    }
    expect(navigationAllowed('https://example.com/')).toBe(false);
  });

  it('opens no window at all, not even one of our own pages', () => {
    const contents = lockedContents();
    for (const url of [...foreign, APP_URL, `${APP_URL}in/bao-cao`]) expect(contents.open(url), url).toEqual({ action: 'deny' });
  });

  it('never attaches a webview', () => {
    expect(lockedContents().fire('will-attach-webview', APP_URL)).toBe(true);
  });
});
