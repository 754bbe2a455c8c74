import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { mayBeEncryptedDatabase } from './encryption';

export type OpenFailure = 'missing-key' | 'wrong-key' | 'not-a-database' | 'read-only' | 'disk-full';

/** Why the register could not be opened at start, in words an officer can act on; nothing was deleted. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: OpenFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseOpenError';
  }
}

/** SQLite codes ('SQLITE_FULL', 'SQLITE_READONLY_DBMOVED') and errno codes ('ENOSPC'), through wrapped causes. */
function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  for (let e = err; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
  }
  return codes;
}

function readOnly(dir: string, cause?: unknown): DatabaseOpenError {
  return new DatabaseOpenError(
    'read-only',
    `Không ghi được vào thư mục dữ liệu ${dir}: thư mục hoặc tệp chỉ đọc, hay tài khoản này không có quyền ghi. ` +
      'Không có gì bị xóa. Hãy cấp quyền ghi cho thư mục (hoặc chọn thư mục khác) rồi chạy lại.',
    { cause },
  );
}

/** Refuses a data folder or register file that cannot be written, before SQLite gives a vaguer error. */
export function checkWritable(file: string): void {
  const dir = path.dirname(file);
  try {
    accessSync(dir, constants.W_OK);
    if (existsSync(file)) accessSync(file, constants.W_OK);
  } catch (err) {
    throw readOnly(dir, err);
  }
}

/**
 * Turns a failure while opening the register into a DatabaseOpenError, or returns it unchanged when it is not one
 * of the start-time failures a user can fix. SQLITE_NOTADB means a wrong or missing key, or a file that is not a
 * database at all (a plain header that fails, or a size no SQLite file has).
 */
export function explainOpenFailure(err: unknown, file: string, hasKey: boolean): unknown {
  if (err instanceof DatabaseOpenError) return err;
  const codes = codesOf(err);
  const has = (prefix: string) => codes.some((c) => c === prefix || c.startsWith(`${prefix}_`));
  if (has('SQLITE_FULL') || has('ENOSPC')) {
    return new DatabaseOpenError(
      'disk-full',
      `Ổ đĩa chứa thư mục dữ liệu ${path.dirname(file)} đã đầy nên không mở được dữ liệu. Không có gì bị xóa. ` +
        'Hãy giải phóng dung lượng (chuyển bản sao lưu cũ sang USB, xóa tệp không cần) rồi chạy lại.',
      { cause: err },
    );
  }
  if (has('SQLITE_READONLY') || has('SQLITE_CANTOPEN') || has('EACCES') || has('EROFS') || has('EPERM')) {
    return readOnly(path.dirname(file), err);
  }
  if (has('SQLITE_NOTADB')) {
    if (!mayBeEncryptedDatabase(file)) {
      return new DatabaseOpenError(
        'not-a-database',
        `Không mở được dữ liệu: ${file} không phải tệp cơ sở dữ liệu RehabDesk (có thể bị hỏng hoặc bị ghi đè). ` +
          'Tệp không bị xóa; hãy khôi phục từ bản sao lưu gần nhất.',
        { cause: err },
      );
    }
    return hasKey
      ? new DatabaseOpenError(
          'wrong-key',
          `Không mở được dữ liệu: khóa mã hóa không đúng với tệp ${file} (hoặc tệp không phải cơ sở dữ liệu ` +
            'RehabDesk). Tệp không bị thay đổi; hãy dùng đúng khóa hoặc mật khẩu đã dùng khi mã hóa.',
          { cause: err },
        )
      : new DatabaseOpenError(
          'missing-key',
          `Không mở được dữ liệu: tệp ${file} đã được mã hóa nhưng chưa có khóa mã hóa. Tệp không bị thay đổi.`,
          { cause: err },
        );
  }
  return err;
}
