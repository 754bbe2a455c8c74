import path from 'node:path';

/**
 * The file under `root` that a URL path names, or null when the path cannot be decoded or would reach outside
 * `root` (`..` in any encoding, an absolute path, a drive letter). A backslash or NUL is refused outright: no built
 * renderer file has one in its name, and on Windows a backslash is a separator the URL parser did not normalise.
 * Used by the app:// protocol and the web host, so the two cannot drift.
 */
export function rendererFile(root: string, urlPath: string): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.sep}${relative}`);
  const inside = path.relative(base, file);
  if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return null;
  return file;
}
