/**
 * The renderer is served from a custom privileged scheme, never file:// (which would grant the page every local
 * file) nor http:// (which any local page could reach). Everything that trusts "our page" checks this origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rehabdesk';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** True only for URLs of our own renderer. WHATWG URL gives custom schemes an opaque origin, so compare parts. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
