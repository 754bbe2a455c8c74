import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './csp';
import { rendererFile } from './renderer-path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function reply(status: number, body: Uint8Array | string, type: string): Response {
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    status,
    headers: {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves `app://rehabdesk/<path>` from the built renderer folder (inside app.asar when packaged). A path without a
 * file extension that is not a file is a client route (e.g. /residents/12) and gets index.html; nothing outside the
 * folder is ever read.
 */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rendererDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, 'Method not allowed', 'text/plain');
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return reply(404, 'Not found', 'text/plain');

    const file = rendererFile(root, url.pathname);
    if (file === null) return reply(404, 'Not found', 'text/plain');

    // Of the part under the build only: the build folder's own name may have a dot.
    const extension = path.extname(path.relative(root, file)).toLowerCase();
    let target = file;
    if (!(await isFile(file))) {
      if (extension !== '') return reply(404, 'Not found', 'text/plain');
      target = path.join(root, 'index.html');
    }
    const type = contentTypes[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
    try {
      return reply(200, await readFile(target), type);
    } catch {
      return reply(404, 'Not found', 'text/plain');
    }
  };
}
