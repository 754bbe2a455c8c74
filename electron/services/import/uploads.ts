import { randomUUID } from 'node:crypto';
import type { SheetGrid } from '../../../shared/domain/import/types';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';

/** A file opened in the wizard, held in memory only: it never touches the register until it is imported. */
export interface Upload {
  uploadId: string;
  userId: number;
  fileName: string;
  sheets: SheetGrid[];
  openedAt: number;
  /** The last preview's reading, reused while the officer pages through it with the same mapping. */
  cache?: { key: string; value: unknown };
}

/** A file left in the wizard is dropped after an hour, so a forgotten register does not stay in memory. */
export const UPLOAD_TTL_MS = 60 * 60 * 1000;

/** Per back end (the session store is its own), one upload per user: opening a file replaces the previous one. */
const stores = new WeakMap<Ctx['sessions'], Map<number, Upload>>();

function storeOf(ctx: Ctx): Map<number, Upload> {
  let store = stores.get(ctx.sessions);
  if (!store) stores.set(ctx.sessions, (store = new Map()));
  const now = ctx.now().getTime();
  for (const [userId, u] of store) if (now - u.openedAt > UPLOAD_TTL_MS) store.delete(userId);
  return store;
}

function userIdOf(ctx: Ctx): number {
  if (!ctx.user) throw new Error('import needs a signed-in user');
  return ctx.user.id;
}

export function keepUpload(ctx: Ctx, fileName: string, sheets: SheetGrid[]): Upload {
  const upload: Upload = { uploadId: randomUUID(), userId: userIdOf(ctx), fileName, sheets, openedAt: ctx.now().getTime() };
  storeOf(ctx).set(upload.userId, upload);
  return upload;
}

export function getUpload(ctx: Ctx, uploadId: string): Upload {
  const upload = storeOf(ctx).get(userIdOf(ctx));
  if (!upload || upload.uploadId !== uploadId) {
    throw new AppError('not_found', 'Tệp đã mở không còn (đã nhập, đã mở tệp khác hoặc quá 1 giờ). Vui lòng chọn lại tệp.', { field: 'uploadId' });
  }
  return upload;
}

export function sheetOf(upload: Upload, name: string): SheetGrid {
  const sheet = upload.sheets.find((s) => s.name === name);
  if (!sheet) throw new AppError('not_found', `Tệp ${upload.fileName} không có trang tính "${name}".`, { field: 'sheet' });
  return sheet;
}

export function dropUpload(ctx: Ctx, uploadId: string): void {
  const store = storeOf(ctx);
  const upload = store.get(userIdOf(ctx));
  if (upload?.uploadId === uploadId) store.delete(upload.userId);
}
