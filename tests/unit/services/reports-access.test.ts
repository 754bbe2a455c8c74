import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { october, openReportWorld, type ReportWorld } from './reports-fixture';

let r: ReportWorld;
afterEach(() => r?.w.t.close());

async function workbookOf(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

describe('who sees the lists, and the Excel export', () => {
  it('keeps health lists to the medical team and the head, and says a total has no list', () => {
    r = openReportWorld();
    const { t, head } = r.w;
    expect(t.call('reports.drill', { period: october, key: 'health.hiv' }, r.officer)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/thông tin y tế/) } });
    expect(t.call('reports.exportXlsx', { period: october, drill: { key: 'health.hiv' } }, r.officer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.call('reports.drill', { period: october, key: 'health.hiv' }, head)).toMatchObject({ ok: true });
    expect(t.call('reports.drill', { period: october, key: 'occupancy.averageDaily' }, head)).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', message: expect.stringMatching(/Số có mặt bình quân ngày/) },
    });
    expect(t.call('reports.drill', { period: october, key: 'headcount.end' }, r.officer)).toMatchObject({ ok: true });
  });

  it('exports the report with its columns, definitions and a frozen header row', async () => {
    r = openReportWorld();
    const out = r.w.t.ok('reports.exportXlsx', { period: october }, r.officer);
    expect(out.fileName).toBe('bao-cao-2026-10.xlsx');
    const wb = await workbookOf(out.base64);
    const sheet = wb.getWorksheet('Báo cáo')!;
    expect(sheet.getCell('A2').value).toBe('Kỳ báo cáo: từ ngày 01/10/2026 đến ngày 31/10/2026');
    const header = sheet.getRow(4);
    expect(header.getCell(1).value).toBe('Chỉ tiêu');
    expect(header.getCell(2).value).toBe('Đơn vị');
    expect(header.getCell(3).value).toBe('Kỳ báo cáo (01/10/2026–31/10/2026)');
    expect(header.getCell(6).value).toBe('Lũy kế từ đầu năm (01/01/2026–31/10/2026)');
    expect(header.font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    const rowOf = (label: string) => sheet.getRows(5, sheet.rowCount)!.find((row) => row.getCell(1).value === label)!;
    expect(rowOf('Có mặt cuối kỳ').getCell(3).value).toBe(5);
    expect(rowOf('Có mặt cuối kỳ').getCell(4).value).toBe(5);
    expect(rowOf('Có mặt cuối kỳ').getCell(3).numFmt).toBe('#,##0');
    expect(rowOf('Số có mặt bình quân ngày').getCell(3)).toMatchObject({ value: 5.4, numFmt: '0.0' });
    expect(rowOf('Ra cơ sở theo lý do: Chết').getCell(3).value).toBe(1);
    const notes = wb.getWorksheet('Giải thích')!;
    expect(notes.getRow(3).values).toEqual([undefined, 'Chỉ tiêu', 'Cách tính']);
    expect(notes.getRow(4).getCell(1).value).toBe('Có mặt đầu kỳ');
  });

  it('exports a list of residents with real dates', async () => {
    r = openReportWorld();
    const out = r.w.t.ok('reports.exportXlsx', { period: october, drill: { key: 'departures.reason', dims: { code: 'died' } } }, r.officer);
    expect(out.fileName).toBe('danh-sach-departures-reason-died-2026-10.xlsx');
    const sheet = (await workbookOf(out.base64)).getWorksheet('Danh sách')!;
    expect(sheet.getRow(4).values).toEqual([undefined, 'STT', 'Họ và tên', 'Số hồ sơ', 'Loại', 'Giới tính', 'Năm sinh', 'Ngày vào', 'Ngày ra', 'Ngày', 'Chi tiết', 'Giá trị']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    const row = sheet.getRow(5);
    expect(row.getCell(1).value).toBe(1);
    expect(row.getCell(5).value).toBe('Nam');
    expect(row.getCell(7).value).toEqual(new Date(Date.UTC(2026, 5, 1)));
    expect(row.getCell(7).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(8).value).toEqual(new Date(Date.UTC(2026, 9, 8)));
    expect(row.getCell(10).value).toBe('Chết');
    expect(sheet.rowCount).toBe(5);
  });

  it('shows the facility today by area and kind with the last 30 days', () => {
    r = openReportWorld();
    const o = r.w.t.ok('reports.overview', {}, r.officer);
    expect(o.date).toBe('2026-11-23');
    expect(o.daily).toHaveLength(30);
    expect(o.daily.at(-1)).toEqual({ date: '2026-11-23', census: 5, designCapacity: 300 });
    const areaA = o.areas.find((a) => a.code === 'A')!;
    expect(o.cells).toEqual(
      expect.arrayContaining([
        { areaId: areaA.areaId, kind: 'compulsory_adult', present: 4, away: 0 },
        { areaId: o.areas.find((a) => a.code === 'NU')!.areaId, kind: 'voluntary', present: 1, away: 0 },
      ]),
    );
    expect(areaA).toMatchObject({ beds: 50, workingCapacity: 50 });
  });
});
