import { execFileSync } from 'node:child_process';
import { addDays, addMonths, vnDate } from '../../shared/domain/dates';
import { dateParts } from '../../renderer/features/print/print-text';
import { vi } from '../../renderer/i18n/vi';
import { E2E_HEAD, newFacility } from './api';
import { expect, shot, test } from './fixtures';

/**
 * The head's monthly report printed per Nghị định 30/2020, as the PDF a head files: the heading, number, title,
 * recipients and signer are real text with their accents, the headcount is the one the API counts, and pages
 * carry their number from page 2 on. Then the overview shows today's headcount by kind of stay.
 */

const today = vnDate(new Date());
const thisMonth = `${today.slice(0, 7)}-01`;
const lastMonth = addMonths(thisMonth, -1);
const [year, month] = lastMonth.split('-').map(Number) as [number, number];

const settings = {
  governingUnit: 'Công an tỉnh Đồng Nai',
  issuingUnit: 'Cơ sở cai nghiện ma túy số 1',
  numberSymbol: 'BC-CSCN',
  place: 'Đồng Nai',
  signerTitle: 'Giám đốc',
  signerName: 'Nguyễn Văn Thành',
  recipients: ['Phòng PC04 Công an tỉnh (để báo cáo);', 'Lưu: VT, HSCN.'],
  defaultConvention: 'calendar',
};

/** Men admitted on given dates into the facility's one male room, under a court decision. */
const residents = [
  { fullName: 'Trần Văn Đức', citizenId: '075090000101', broughtInOn: addDays(lastMonth, -20) },
  { fullName: 'Lê Quang Hưng', citizenId: '075090000102', broughtInOn: addDays(lastMonth, 4) },
  { fullName: 'Phạm Hữu Nghĩa', citizenId: '075090000103', broughtInOn: addDays(lastMonth, 11) },
];

/** Admits a man on a given date into bed `i` of the facility's one male room, under a court decision. */
async function admit(api: Awaited<ReturnType<typeof newFacility>>, r: (typeof residents)[number], i: number) {
  await api.ok('admissions.admit', {
    kind: 'compulsory_adult',
    person: { fullName: r.fullName, birthDate: '1990-05-01', sex: 'male', citizenId: r.citizenId, residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' } },
    decision: { court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', decisionNumber: `${i + 20}/2026/QĐ-TA`, decisionDate: addDays(r.broughtInOn, -5), termMonths: 18 },
    broughtInOn: r.broughtInOn,
    bedId: api.bedIds[i],
    health: { onArrival: 'Tỉnh táo' },
    handover: { handedOverBy: 'Đại úy Lê Văn Bình', items: [] },
  });
}

type Row = { key: string; dims: Record<string, unknown>; values: { current: number | null } };

/** The headcount rows of the printed content table: the first number after each label, the period's own column. */
function headcountInPdf(text: string) {
  const figure = (key: 'start' | 'admitted' | 'end') => {
    const label = vi.reports.figure.headcount[key];
    const line = text.split('\n').find((l) => /^\s*\d+\s+/.test(l) && l.includes(label)) ?? '';
    return Number(/(\d+)\s/.exec(line.slice(line.indexOf(label) + label.length))?.[1]);
  };
  return { start: figure('start'), admitted: figure('admitted'), end: figure('end') };
}

const pdfText = (file: string, pages: string[] = []) => execFileSync('pdftotext', ['-layout', ...pages, file, '-']).toString('utf8');

test('the month report prints as an A4 PDF with the NĐ 30 heading, the API\'s headcount and page numbers', async ({ page, app }, info) => {
  const api = await newFacility(page.request, app);
  await api.ok('reports.setSettings', settings);
  for (const [i, r] of residents.entries()) await admit(api, r, i);
  const period = { kind: 'month', convention: 'calendar', year, month };
  const report = (await api.ok('reports.figures', { period, compare: true })) as unknown as { figures: Row[]; balance: { holds: boolean } };
  expect(report.balance.holds).toBe(true);
  const total = (key: string) => report.figures.find((f) => f.key === key && Object.keys(f.dims).length === 0)?.values.current;
  const counted = { start: total('headcount.start'), admitted: total('headcount.admitted'), end: total('headcount.end') };
  // The register as built: one man already there, two admitted in the month, nobody left.
  expect(counted).toEqual({ start: 1, admitted: 2, end: 3 });

  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(E2E_HEAD.username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(E2E_HEAD.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText(E2E_HEAD.fullName);

  // The overview: today's headcount by kind of stay and area.
  const headcount = page.getByTestId('headcount-by-kind');
  await expect(headcount).toBeVisible();
  const adults = headcount.locator('tbody tr', { hasText: vi.stayKind.compulsory_adult });
  await expect(adults.getByRole('cell').last()).toHaveText(String(residents.length));
  await expect(page.getByRole('region', { name: vi.overview.census.title })).toBeVisible();
  await shot(page, 'overview');

  await page.goto(`${app.url}in/bao-cao/thang/calendar/${year}/${month}`);
  const sheet = page.locator('article');
  await expect(sheet.getByRole('heading', { name: 'BÁO CÁO' })).toBeVisible();
  await expect(sheet).toContainText(`tháng ${month} năm ${year}`);
  // The web host has no desktop bridge: printing (and Chromium's Save as PDF) is the way, no "Lưu PDF".
  await expect(page.getByRole('button', { name: 'In / Print' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu PDF' })).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await shot(page, 'print');
  const file = info.outputPath('report.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  const text = pdfText(file);
  for (const line of ['CÔNG AN TỈNH ĐỒNG NAI', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: …/BC-CSCN', 'BÁO CÁO', 'Nơi nhận:', 'GIÁM ĐỐC', 'Nguyễn Văn Thành', '- Lưu: VT, HSCN.']) {
    expect(text, line).toContain(line);
  }
  expect(text).toMatch(/Đồng Nai, ngày \d{2} tháng \d{1,2} năm \d{4}/);
  expect(text).toContain('Kết quả công tác quản lý, cai nghiện');
  // The headcount rows carry the API's figures in the period's own column, the first number after the label.
  expect(headcountInPdf(text)).toEqual(counted);
  // Every figure says what it counts, in the notes.
  expect(text).toContain(vi.reportPrint.notes);

  // Page numbers: none on the first page, "2" centred at the top of the second.
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  const firstLine = (s: string) => s.split('\n').map((l) => l.trim()).find(Boolean);
  expect(firstLine(pdfText(file, ['-f', '1', '-l', '1']))).toMatch(/^CÔNG AN TỈNH ĐỒNG NAI\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
  expect(firstLine(pdfText(file, ['-f', '2', '-l', '2']))).toBe('2');

  // Finalised by the head: the number and signing date print, and a later admission into the month changes
  // today's figures but not the finalised ones on paper, which say the data changed since.
  await api.signIn(E2E_HEAD.username, E2E_HEAD.password);
  await api.ok('reports.finalise', { period, number: '07', signedOn: today, signerName: settings.signerName, signerTitle: settings.signerTitle });
  await admit(api, { fullName: 'Võ Thành Tâm', citizenId: '075090000104', broughtInOn: addDays(lastMonth, 20) }, 3);
  await page.reload();
  await expect(sheet.getByRole('heading', { name: 'BÁO CÁO' })).toBeVisible();
  const finalFile = info.outputPath('report-final.pdf');
  await page.pdf({ path: finalFile, format: 'A4', preferCSSPageSize: true });
  const finalText = pdfText(finalFile);
  const d = dateParts(today);
  expect(finalText).toContain('Số: 07/BC-CSCN');
  expect(finalText).toContain(`Đồng Nai, ngày ${d.day} tháng ${d.month} năm ${d.year}`);
  expect(finalText).not.toContain('Bản dự thảo');
  expect(finalText.replace(/\s+/g, ' ')).toContain('dữ liệu gốc đã thay đổi');
  expect(headcountInPdf(finalText)).toEqual(counted);
});
