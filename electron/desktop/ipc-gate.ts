import type { Envelope } from '../../shared/errors';
import type { Router } from '../router/router';
import { isAppUrl } from './app-origin';

/**
 * What the IPC handler does with one `window.api.invoke`: refuse frames that are not our renderer (a page that
 * somehow got navigated or embedded must not reach the register), check the argument shapes the router cannot
 * check itself, then pass the call to the same router the web host uses.
 */
export async function invokeFromFrame(
  router: Router,
  senderUrl: string | null,
  method: unknown,
  input: unknown,
  token: unknown,
): Promise<Envelope<unknown>> {
  if (!isAppUrl(senderUrl)) {
    return { ok: false, error: { code: 'forbidden', message: 'Yêu cầu không đến từ giao diện RehabDesk.' } };
  }
  if (typeof method !== 'string' || method.length === 0 || method.length > 100) {
    return { ok: false, error: { code: 'invalid_input', message: 'Tên chức năng không hợp lệ.' } };
  }
  if (token !== null && typeof token !== 'string') {
    return { ok: false, error: { code: 'unauthenticated', message: 'Phiên làm việc không hợp lệ. Vui lòng đăng nhập lại.' } };
  }
  return router.callAsync(method, input, token);
}
