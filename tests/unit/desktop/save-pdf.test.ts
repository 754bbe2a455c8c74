import { describe, expect, it } from 'vitest';
import { APP_URL } from '../../../electron/desktop/app-origin';
import { pdfFileName, savePdfFromFrame, type SavePdfDeps } from '../../../electron/desktop/save-pdf';

/** A fake desktop: records what the handler printed, asked and wrote (Electron itself cannot run here). */
function desktop(answer: string | null, fail: Partial<Record<'print' | 'write', boolean>> = {}) {
  const calls = { printed: 0, asked: [] as string[], written: [] as [string, Uint8Array][] };
  const deps: SavePdfDeps = {
    printToPdf: async () => {
      calls.printed += 1;
      if (fail.print) throw new Error('render failed');
      return new TextEncoder().encode('%PDF-1.7');
    },
    chooseFile: async (name) => {
      calls.asked.push(name);
      return answer;
    },
    writeFile: async (file, data) => {
      if (fail.write) throw new Error('EACCES');
      calls.written.push([file, data]);
    },
  };
  return { deps, calls };
}

describe('saving the page on screen as PDF', () => {
  it('asks where to save, proposing the page\'s name, and writes the rendered PDF there', async () => {
    const { deps, calls } = desktop('/home/truongcs/Bao-cao-11.pdf');
    const answer = await savePdfFromFrame(`${APP_URL}in/bao-cao/thang/calendar/2026/11`, 'Bao-cao-2026-11-01-2026-11-30', deps);
    expect(answer).toEqual({ ok: true, data: { saved: true, filePath: '/home/truongcs/Bao-cao-11.pdf' } });
    expect(calls.asked).toEqual(['Bao-cao-2026-11-01-2026-11-30.pdf']);
    expect(new TextDecoder().decode(calls.written[0]?.[1])).toBe('%PDF-1.7');
  });

  it('refuses a frame that is not our renderer before rendering or writing anything', async () => {
    const { deps, calls } = desktop('/tmp/x.pdf');
    for (const url of [null, 'https://example.org/', 'file:///tmp/a.html', 'app://evil/']) {
      expect(await savePdfFromFrame(url, 'x', deps)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual({ printed: 0, asked: [], written: [] });
  });

  it('treats a cancelled dialog as nothing saved, not as an error', async () => {
    const { deps, calls } = desktop(null);
    expect(await savePdfFromFrame(APP_URL, 'x', deps)).toEqual({ ok: true, data: { saved: false, filePath: null } });
    expect(calls.written).toEqual([]);
  });

  it('says in Vietnamese when the page cannot be rendered or the file cannot be written', async () => {
    const unrendered = desktop('/tmp/x.pdf', { print: true });
    const r1 = await savePdfFromFrame(APP_URL, 'x', unrendered.deps);
    expect(r1).toMatchObject({ ok: false, error: { code: 'internal', message: 'Không tạo được tệp PDF của trang này.' } });
    expect(unrendered.calls.asked).toEqual([]);
    const unwritable = desktop('/root/x.pdf', { write: true });
    expect(await savePdfFromFrame(APP_URL, 'x', unwritable.deps)).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('x.pdf') } });
  });

  it('proposes a plain file name: no folders, no characters Windows refuses, always .pdf', () => {
    expect(pdfFileName('Báo cáo tháng 11.pdf')).toBe('Báo cáo tháng 11.pdf');
    expect(pdfFileName('../../etc/passwd')).toBe('passwd.pdf');
    expect(pdfFileName('C:\\Users\\x\\a:b*c?.PDF')).toBe('abc.pdf');
    expect(pdfFileName(42)).toBe('RehabDesk.pdf');
    expect(pdfFileName('   ')).toBe('RehabDesk.pdf');
  });
});
