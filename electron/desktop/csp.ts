/**
 * The one Content-Security-Policy of the renderer, sent by the app:// protocol and by the web host alike: the page
 * may load only its own files and talk only to its own origin. No 'unsafe-eval' and no remote source anywhere;
 * inline styles are allowed because Mantine injects them.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; " +
  "frame-ancestors 'none'";
