import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ErrorCode } from '../../shared/errors';
import { CONTENT_SECURITY_POLICY } from '../desktop/csp';
import { rendererFile } from '../desktop/renderer-path';
import type { Router } from '../router/router';
import { createLoginThrottle, LOGIN_MAX_FAILURES, loginKey } from './login-throttle';

export interface WebHostOptions {
  router: Router;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  /** A fixed key for tests; otherwise a new random one each start. */
  key?: string;
  /** The clock of the login throttle, in milliseconds; tests move it past the window. */
  now?: () => number;
}

export interface WebHost {
  url: string;
  port: number;
  /** The per-start key every API call sends as X-RehabDesk-Key. */
  key: string;
  /** The address the socket is bound to, as the operating system reports it. */
  address: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
// A 2 MB photo is ~2,7 MB once base64-encoded in JSON.
const MAX_BODY = 4 * 1024 * 1024;
// The import wizard sends the facility's whole workbook (up to 20 MB, ~27 MB as base64).
const MAX_IMPORT_BODY = 30 * 1024 * 1024;
const bodyLimit = (method: string) => (method === 'import.open' ? MAX_IMPORT_BODY : MAX_BODY);
export const KEY_HEADER = 'x-rehabdesk-key';

/** HTTP status per error code; docs/API.md is generated from this table. */
export const statusOf: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  rule_violation: 422,
  setup_required: 409,
  storage_full: 507,
  storage_readonly: 503,
  storage_unavailable: 503,
  internal: 500,
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function send(res: http.ServerResponse, status: number, body: string, type: string): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': type });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function refuse(
  res: http.ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { ...securityHeaders, ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ ok: false, error: { code, message } }));
}

async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

// Bytes that are not UTF-8 would otherwise become U+FFFD and slip into a name or a note unnoticed.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The JSON body of an API call, or the refusal to send: not JSON, not UTF-8, the wrong content type. */
function parseBody(raw: Buffer, contentType: string | undefined): { input: unknown } | { status: number; message: string } {
  if (raw.length === 0) return { input: {} };
  if (!/^application\/json\s*(;|$)/i.test(contentType ?? '')) {
    return { status: 415, message: 'Dữ liệu gửi lên phải có Content-Type: application/json.' };
  }
  let text: string;
  try {
    text = strictUtf8.decode(raw);
  } catch {
    return { status: 400, message: 'Dữ liệu gửi lên không phải văn bản UTF-8 hợp lệ.' };
  }
  if (!text.trim()) return { input: {} };
  try {
    return { input: JSON.parse(text) as unknown };
  } catch {
    return { status: 400, message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' };
  }
}

/**
 * Serves the renderer and the same router the Electron app uses, on 127.0.0.1 only. Other local pages are kept
 * out twice: a cross-origin Origin header is refused, and every API call must carry the per-start key, which is
 * only written into the page this host serves.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const key = options.key ?? randomBytes(24).toString('base64url');
  const staticRoot = path.resolve(options.staticDir);
  let origins: Set<string> = new Set();
  const throttle = createLoginThrottle(options.now);

  async function serveStatic(urlPath: string, res: http.ServerResponse): Promise<void> {
    let file = rendererFile(staticRoot, urlPath);
    if (file === null) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    const info = await stat(file).catch(() => null);
    // Client-side routes (/hoc-vien/12) fall back to the app page; a missing asset is a plain 404, so the
    // browser never receives the page where it expected a script.
    if (!info?.isFile()) {
      if (path.extname(path.relative(staticRoot, file))) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      file = path.join(staticRoot, 'index.html');
    }
    const ext = path.extname(file);
    const content = await readFile(file).catch(() => null);
    if (!content) return send(res, 404, 'Renderer not built: run npm run serve', 'text/plain; charset=utf-8');
    if (ext === '.html') {
      const html = content
        .toString('utf8')
        .replace('<head>', `<head><meta name="rehabdesk-key" content="${key}">`);
      return send(res, 200, html, contentTypes['.html'] as string);
    }
    res.writeHead(200, { ...securityHeaders, 'Content-Type': contentTypes[ext] ?? 'application/octet-stream' });
    res.end(content);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin)) {
      return refuse(res, 403, 'forbidden', 'Yêu cầu từ trang khác bị từ chối.');
    }
    if (method === 'health' && req.method === 'GET') {
      const result = options.router.call('system.health', {}, null);
      return sendJson(res, 200, result);
    }
    if (req.method !== 'POST') return refuse(res, 405, 'invalid_input', 'Chỉ chấp nhận POST.', { Allow: 'POST' });
    if (req.headers[KEY_HEADER] !== key) return refuse(res, 403, 'forbidden', 'Thiếu hoặc sai khóa truy cập.');
    const body = await readBody(req, bodyLimit(method));
    if (body === null) return refuse(res, 413, 'invalid_input', 'Dữ liệu gửi lên quá lớn.');
    const parsed = parseBody(body, req.headers['content-type']);
    if ('status' in parsed) return refuse(res, parsed.status, 'invalid_input', parsed.message);
    const input = parsed.input;
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
    if (method === 'auth.login') return login(req, res, input, token);
    const result = await options.router.callAsync(method, input, token);
    // The account's owner may sign in at once, not only after the throttle's window.
    if (result.ok && (method === 'users.unlock' || method === 'users.resetPassword')) {
      throttle.clearUser((result.data as { username: string }).username);
    }
    sendJson(res, result.ok ? 200 : statusOf[result.error.code], result);
  }

  /** auth.login through the throttle: refused with 429 while waiting; a wrong password counts, a success clears. */
  function login(req: http.IncomingMessage, res: http.ServerResponse, input: unknown, token: string | null): void {
    const throttleKey = loginKey(req.socket.remoteAddress, input);
    const waitMs = throttle.waitMs(throttleKey);
    if (waitMs > 0) {
      const minutes = Math.ceil(waitMs / 60_000);
      const message = `Đăng nhập sai quá ${LOGIN_MAX_FAILURES} lần. Vui lòng thử lại sau ${minutes} phút.`;
      return refuse(res, 429, 'unauthenticated', message, { 'Retry-After': String(Math.ceil(waitMs / 1000)) });
    }
    const result = options.router.call('auth.login', input, token);
    if (result.ok) throttle.succeeded(throttleKey);
    else if (result.error.code === 'unauthenticated') throttle.failed(throttleKey);
    sendJson(res, result.ok ? 200 : statusOf[result.error.code], result);
  }

  const server = http.createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      // e.g. "GET //": thrown here it would escape the handler and stop the host.
      return refuse(res, 400, 'invalid_input', 'Địa chỉ yêu cầu không hợp lệ.');
    }
    const api = /^\/api\/([A-Za-z0-9_.]+)$/.exec(url.pathname);
    // Anything else under /api/ is a bad method name, answered as JSON rather than with the app page.
    if (!api && url.pathname.startsWith('/api/')) return refuse(res, 404, 'not_found', 'Không có chức năng này.');
    const work = api ? handleApi(req, res, api[1] ?? '') : serveStatic(url.pathname, res);
    work.catch((err: unknown) => {
      console.error('web host error', err);
      if (!res.headersSent) refuse(res, 500, 'internal', 'Lỗi hệ thống.');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  origins = new Set([`http://${HOST}:${port}`, `http://localhost:${port}`]);
  return {
    url: `http://${HOST}:${port}/`,
    port,
    key,
    address,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
