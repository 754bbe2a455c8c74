import type { APIRequestContext, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { addDays, addMonths, formatDateVN, vnDate } from '../../shared/domain/dates';
import { figureLabels } from '../../shared/domain/report-labels';
import type { FigureKey } from '../../shared/domain/report-figures';
import { E2E_HEAD as HEAD, newFacility } from './api';
import { expect, shot, test, type AppUnderTest } from './fixtures';

/**
 * The head's month report in Chromium: last month opens by default and balances; a headcount figure opens the
 * residents behind it by name; the report and the list export to Excel (read back here); the head finalises it,
 * and a later change to the register shows as a difference against what was signed.
 */

const today = vnDate(new Date());
/** Last month, the one whose report is due: its first and last day. */
const monthStart = `${addMonths(today, -1).slice(0, 7)}-01`;
const monthEnd = addDays(`${today.slice(0, 7)}-01`, -1);
const label = (key: FigureKey) => figureLabels[key].label;

async function setUp(request: APIRequestContext, app: AppUnderTest) {
  const { ok, bedIds } = await newFacility(request, app);
  await ok('reports.setSettings', {
    governingUnit: 'CÔNG AN TỈNH ĐỒNG NAI',
    issuingUnit: 'CƠ SỞ CAI NGHIỆN MA TÚY SỐ 1',
    numberSymbol: 'BC-CSCN',
    place: 'Đồng Nai',
    signerTitle: 'GIÁM ĐỐC',
    signerName: HEAD.fullName,
    recipients: ['Công an tỉnh Đồng Nai', 'Lưu: VT'],
    defaultConvention: 'calendar',
  });
  const admit = async (fullName: string, citizenId: string, bedId: number, broughtInOn: string) =>
    (
      await ok('admissions.admit', {
        kind: 'compulsory_adult',
        person: { fullName, birthDate: '1989-04-12', sex: 'male', citizenId, residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' } },
        decision: { court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', decisionNumber: '12/2025/QĐ-TA', decisionDate: addDays(broughtInOn, -5), termMonths: 12 },
        broughtInOn,
        bedId,
        health: { onArrival: 'Tỉnh táo' },
        handover: { handedOverBy: 'Đại úy Lê Văn Bình', items: [] },
      })
    ).stayId as number;
  // Long: here before the month and still here. Tâm: admitted inside it. Quân: his term ended inside it, and he left.
  await admit('Phạm Văn Long', '079089001111', bedIds[0]!, addDays(monthStart, -60));
  await admit('Lê Văn Tâm', '079089002222', bedIds[1]!, addDays(monthStart, 3));
  const leftOn = addDays(monthStart, 9);
  const quan = await admit('Đỗ Minh Quân', '079089003333', bedIds[2]!, addMonths(leftOn, -12));
  await ok('discharge.record', {
    stayId: quan,
    reason: 'completed',
    occurredAt: `${leftOn}T08:00:00+07:00`,
    settlement: { items: [], roadMealDays: 0, fareDong: 0, clothes: false, certificateHandedOver: true },
  });
  return { ok, admit, bedIds };
}

async function signIn(page: Page, app: AppUnderTest) {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(HEAD.username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(HEAD.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText(HEAD.fullName);
}

/** The cell of the balance table's "Tổng cộng" row for a figure, as the button that opens its residents. */
const totalCell = (page: Page, key: FigureKey, value: number) =>
  page.getByRole('button', { name: `Danh sách học viên: ${label(key)}: Tổng cộng, Kỳ này: ${value}`, exact: true });

async function readWorkbook(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  return { workbook, fileName: download.suggestedFilename() };
}

/** Every row of a sheet as plain values, so a test can look for a header, a name, a figure. */
const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

test('a month report: balanced, drilled to its residents, exported, finalised, and a later change shown', async ({ page, app }) => {
  const { admit, bedIds } = await setUp(page.request, app);
  await signIn(page, app);
  await page.goto(`${app.url}bao-cao`);

  // Last month under the calendar convention is the default, with its dates shown.
  await expect(page.getByTestId('report-range')).toContainText(`${formatDateVN(monthStart)} – ${formatDateVN(monthEnd)}`);
  // Long and Quân at the start, Tâm admitted, Quân gone: 2 + 1 − 1 = 2, three turns.
  await expect(page.getByTestId('balance-state')).toContainText('Cân đối');
  await expect(page.getByTestId('balance-state')).toContainText('Đầu kỳ 2 + tiếp nhận 1 − ra 1 = cuối kỳ 2');
  await expect(totalCell(page, 'headcount.turns', 3)).toBeVisible();
  await shot(page, '01-month');

  // What the figure counts, on hover.
  await page.locator('[data-figure="headcount.start"]').first().hover();
  await expect(page.getByRole('tooltip')).toContainText(figureLabels['headcount.start'].definition);

  // Drill down: the two on the books at the start, by name, with their profiles one click away.
  await totalCell(page, 'headcount.start', 2).click();
  const drill = page.getByRole('dialog');
  await expect(drill.getByRole('link', { name: 'Phạm Văn Long' })).toBeVisible();
  await expect(drill.getByRole('link', { name: 'Đỗ Minh Quân' })).toBeVisible();
  await expect(drill.getByRole('link', { name: 'Lê Văn Tâm' })).toHaveCount(0);
  await shot(page, '02-drill');

  // The list in Excel: the header row and the residents.
  const list = await readWorkbook(page, () => drill.getByRole('button', { name: 'Xuất Excel' }).click());
  const listRows = rowsOf(list.workbook.getWorksheet('Danh sách')!);
  const listHeader = listRows.findIndex((r) => r.includes('Họ và tên') && r.includes('Số hồ sơ'));
  expect(listHeader).toBeGreaterThanOrEqual(0);
  const names = listRows.slice(listHeader + 1).map((r) => r[listRows[listHeader]!.indexOf('Họ và tên')]);
  expect(names.sort()).toEqual(['Phạm Văn Long', 'Đỗ Minh Quân'].sort());
  await drill.getByRole('button', { name: 'Đóng' }).click();

  // The report in Excel: the admitted figure of the month in its column.
  const report = await readWorkbook(page, () => page.getByRole('main').getByRole('button', { name: 'Xuất Excel' }).first().click());
  expect(report.fileName).toBe(`bao-cao-${monthStart.slice(0, 7)}.xlsx`);
  const reportRows = rowsOf(report.workbook.getWorksheet('Báo cáo')!);
  const header = reportRows.findIndex((r) => r[0] === 'Chỉ tiêu');
  expect(reportRows[header]?.[2]).toContain(formatDateVN(monthStart));
  expect(reportRows.find((r) => r[0] === label('headcount.admitted'))?.[2]).toBe(1);
  expect(reportRows.find((r) => r[0] === label('headcount.end'))?.[2]).toBe(2);

  // The head finalises it with a number; the signer comes from the report settings.
  await page.getByRole('button', { name: 'Chốt báo cáo' }).click();
  const finalise = page.getByRole('dialog');
  await expect(finalise.getByRole('textbox', { name: 'Họ tên người ký' })).toHaveValue(HEAD.fullName);
  await finalise.getByRole('button', { name: 'Chốt báo cáo' }).click();
  await expect(finalise).toContainText('Số báo cáo: không được để trống');
  await finalise.getByRole('textbox', { name: 'Số báo cáo' }).fill('07');
  await finalise.getByRole('button', { name: 'Chốt báo cáo' }).click();
  await expect(finalise).toHaveCount(0);
  await expect(page.getByTestId('final-state')).toContainText('Đã chốt');
  await expect(page.getByTestId('final-state')).toContainText(`Số 07, ngày ${formatDateVN(today)}`);
  await expect(page.getByRole('button', { name: 'Chốt báo cáo' })).toHaveCount(0);
  await expect(page.getByTestId('final-differences')).toHaveCount(0);

  // An admission entered late, dated inside the finalised month: the signed figure stays, the difference shows.
  await admit('Trần Văn Hải', '079089004444', bedIds[3]!, addDays(monthStart, 20));
  await page.reload();
  const differences = page.getByTestId('final-differences');
  await expect(differences).toContainText('Số liệu đã thay đổi sau khi chốt');
  const admitted = differences.getByRole('row').filter({ has: page.getByRole('cell', { name: label('headcount.admitted'), exact: true }) });
  await expect(admitted.getByRole('cell')).toHaveText([label('headcount.admitted'), '1', '2']);
  await shot(page, '03-finalised-changed');
});

test('a custom range with its end before its start is refused under the field', async ({ page, app }) => {
  await setUp(page.request, app);
  await signIn(page, app);
  await page.goto(`${app.url}bao-cao`);
  await page.getByRole('combobox', { name: 'Loại kỳ' }).click();
  await page.getByRole('option', { name: 'Khoảng ngày' }).click();
  await page.getByRole('textbox', { name: 'Từ ngày' }).fill(formatDateVN(monthEnd));
  await page.getByRole('textbox', { name: 'Đến ngày' }).fill(formatDateVN(monthStart));
  await page.getByRole('textbox', { name: 'Đến ngày' }).blur();
  await expect(page.getByText('Đến ngày phải sau hoặc bằng từ ngày')).toBeVisible();
});
