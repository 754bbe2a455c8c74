import type { ErrorCode } from '../shared/errors';

/**
 * Turns a SQLite failure into a code and a plain Vietnamese message: what happened, that nothing was saved
 * (every command runs in one transaction, rolled back on error), and what the user can do. Returns null for
 * anything that is not a storage failure (a bug stays 'internal').
 */
export function describeSqliteError(err: unknown): { code: ErrorCode; message: string } | null {
  const code = sqliteCode(err);
  if (code === null) return null;
  const base = code.split('_').slice(0, 2).join('_');
  switch (base) {
    case 'SQLITE_FULL':
      return {
        code: 'storage_full',
        message:
          'Ổ đĩa chứa dữ liệu đã đầy nên không lưu được. Chưa có gì được ghi, dữ liệu cũ vẫn nguyên vẹn. ' +
          'Hãy giải phóng dung lượng ổ đĩa (xóa tệp không cần, chuyển bản sao lưu cũ sang USB) rồi thử lại.',
      };
    case 'SQLITE_READONLY':
      return {
        code: 'storage_readonly',
        message:
          'Tệp dữ liệu hoặc thư mục chứa nó đang ở chế độ chỉ đọc nên không lưu được. Chưa có gì được ghi, ' +
          'dữ liệu cũ vẫn nguyên vẹn. Hãy nhờ quản trị viên cấp quyền ghi cho thư mục dữ liệu rồi thử lại.',
      };
    case 'SQLITE_CANTOPEN':
      return {
        code: 'storage_unavailable',
        message:
          'Không mở được tệp dữ liệu (thư mục bị xóa, đổi tên hoặc ổ đĩa/USB đã bị rút). Chưa có gì được ghi. ' +
          'Hãy kiểm tra ổ đĩa chứa dữ liệu rồi khởi động lại ứng dụng.',
      };
    case 'SQLITE_IOERR':
      return {
        code: 'storage_unavailable',
        message:
          'Lỗi đọc/ghi ổ đĩa khi lưu dữ liệu. Chưa có gì được ghi, dữ liệu cũ vẫn nguyên vẹn. ' +
          'Hãy kiểm tra ổ đĩa (còn cắm, còn dung lượng) rồi thử lại; nếu lỗi lặp lại, báo quản trị viên.',
      };
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return {
        code: 'storage_unavailable',
        message:
          'Tệp dữ liệu đang bị một chương trình khác giữ (ví dụ phần mềm sao lưu hoặc diệt virus). ' +
          'Chưa có gì được ghi. Hãy đợi một lát rồi thử lại.',
      };
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return {
        code: 'storage_unavailable',
        message:
          'Tệp dữ liệu bị hỏng hoặc không đọc được bằng khóa mã hóa hiện tại. Chưa có gì được ghi. ' +
          'Đừng ghi đè tệp; hãy báo quản trị viên để khôi phục từ bản sao lưu gần nhất.',
      };
    default:
      return null;
  }
}

/** better-sqlite3 throws SqliteError with code such as 'SQLITE_READONLY_DBMOVED'; Node fs errors are not ours. */
function sqliteCode(err: unknown): string | null {
  if (typeof err !== 'object' || err === null) return null;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}
