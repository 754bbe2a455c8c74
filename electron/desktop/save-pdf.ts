import path from 'node:path';
import type { Envelope } from '../../shared/errors';
import { isAppUrl } from './app-origin';

/** What Electron does for the save: render the page to PDF, ask where to save, write the file. */
export interface SavePdfDeps {
  printToPdf(): Promise<Uint8Array>;
  /** The save dialog; resolves to the chosen file, or null when the user cancelled. */
  chooseFile(defaultName: string): Promise<string | null>;
  writeFile(file: string, data: Uint8Array): Promise<void>;
}

export interface SavePdfResult {
  saved: boolean;
  filePath: string | null;
}

/** Options for webContents.printToPDF: A4 unless the page's CSS says otherwise, with backgrounds (rules, borders). */
export const PDF_OPTIONS = { pageSize: 'A4', preferCSSPageSize: true, printBackground: true } as const;

/**
 * The file name the dialog proposes: the renderer's suggestion without folders or characters Windows refuses,
 * ending in .pdf. The user picks the folder; the page never names a path.
 */
export function pdfFileName(suggested: unknown): string {
  const raw = typeof suggested === 'string' ? path.basename(suggested.replace(/\\/g, '/')) : '';
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '').replace(/\.pdf$/i, '').trim().slice(0, 120);
  return `${clean || 'RehabDesk'}.pdf`;
}

/**
 * "Lưu PDF" from the renderer: only our own page may ask (a foreign frame must not make the app write files), the
 * document is rendered first so a failure leaves nothing half-written, and a cancelled dialog is not an error.
 */
export async function savePdfFromFrame(senderUrl: string | null, suggested: unknown, deps: SavePdfDeps): Promise<Envelope<SavePdfResult>> {
  if (!isAppUrl(senderUrl)) {
    return { ok: false, error: { code: 'forbidden', message: 'Yêu cầu không đến từ giao diện RehabDesk.' } };
  }
  let pdf: Uint8Array;
  try {
    pdf = await deps.printToPdf();
  } catch {
    return { ok: false, error: { code: 'internal', message: 'Không tạo được tệp PDF của trang này.' } };
  }
  const file = await deps.chooseFile(pdfFileName(suggested));
  if (!file) return { ok: true, data: { saved: false, filePath: null } };
  try {
    await deps.writeFile(file, pdf);
  } catch {
    return { ok: false, error: { code: 'internal', message: `Không ghi được tệp ${path.basename(file)}: kiểm tra thư mục đã chọn và quyền ghi.` } };
  }
  return { ok: true, data: { saved: true, filePath: file } };
}
