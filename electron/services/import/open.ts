import type { MethodOutput } from '../../../shared/contract';
import type { SheetGrid } from '../../../shared/domain/import/types';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { keepUpload } from './uploads';

const MAX_BYTES = 20 * 1024 * 1024;

async function readFile(fileName: string, bytes: Buffer): Promise<SheetGrid[]> {
  if (/\.csv$/i.test(fileName)) return [readCsv(bytes, fileName.replace(/\.csv$/i, '').slice(0, 200) || 'CSV')];
  try {
    return await readXlsx(bytes);
  } catch {
    throw new AppError('invalid_input', `Không đọc được tệp ${fileName}: tệp không phải bảng tính Excel (.xlsx) hợp lệ hoặc đã hỏng. Mở tệp bằng Excel, lưu lại dạng .xlsx rồi chọn lại.`, {
      field: 'contentBase64',
    });
  }
}

/** Reads the file into grids kept for the wizard; nothing is written to the register. */
export async function openUpload(ctx: Ctx, input: { fileName: string; contentBase64: string }): Promise<MethodOutput<'import.open'>> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw new AppError('invalid_input', 'Tệp rỗng.', { field: 'contentBase64' });
  if (bytes.length > MAX_BYTES) throw new AppError('invalid_input', 'Tệp quá lớn (tối đa 20 MB).', { field: 'contentBase64' });
  const sheets = (await readFile(input.fileName, bytes)).filter((s) => s.rows.some((r) => r.some((c) => c !== null && c !== '')));
  if (sheets.length === 0) throw new AppError('invalid_input', `Tệp ${input.fileName} không có trang tính nào có dữ liệu.`, { field: 'contentBase64' });
  const upload = keepUpload(ctx, input.fileName, sheets);
  return {
    uploadId: upload.uploadId,
    fileName: upload.fileName,
    sheets: sheets.map((s) => ({ name: s.name, rows: s.rows.length, columns: s.rows.reduce((w, r) => Math.max(w, r.length), 0) })),
  };
}
