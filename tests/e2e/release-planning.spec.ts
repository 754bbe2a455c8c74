import type { APIRequestContext, Page } from '@playwright/test';
import { addDays, addMonths, formatDateVN, vnDate } from '../../shared/domain/dates';
import { E2E_HEAD as HEAD, newFacility } from './api';
import { expect, shot, test, type AppUnderTest } from './fixtures';

/**
 * The head's release planning: a team is rated for the last three months and each month confirmed; the review
 * drafted from those ratings proposes the resident rated good every month and not the one rated average once; the
 * head approves it, prints the list (Mẫu 44), records the court's 2-month reduction, and the profile's release date
 * moves two months earlier.
 */

const today = vnDate(new Date());
const broughtInOn = addMonths(today, -8);
/** The three months before this one, oldest first: the months a review today counts. */
const months = [-3, -2, -1].map((i) => addMonths(`${today.slice(0, 7)}-01`, i).slice(0, 7));

async function setUp(request: APIRequestContext, app: AppUnderTest) {
  const { ok, bedIds } = await newFacility(request, app);
  const admit = async (fullName: string, citizenId: string, bedId: number) =>
    (
      await ok('admissions.admit', {
        kind: 'compulsory_adult',
        person: { fullName, birthDate: '1990-05-01', sex: 'male', citizenId, residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' } },
        decision: { court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', decisionNumber: '12/2026/QĐ-TA', decisionDate: addDays(broughtInOn, -5), termMonths: 12 },
        broughtInOn,
        bedId,
        health: { onArrival: 'Tỉnh táo' },
        handover: { handedOverBy: 'Đại úy Lê Văn Bình', items: [] },
      })
    ).stayId as number;
  const hung = await admit('Nguyễn Văn Hùng', '079090001234', bedIds[0]!);
  const nam = await admit('Trần Văn Nam', '079090005678', bedIds[1]!);
  const teamId = (await ok('teams.create', { name: 'Tổ 1 - Khu A' })).id;
  await ok('teams.addMembers', { teamId, stayIds: [hung, nam], on: broughtInOn });
  return { hung, nam };
}

async function signIn(page: Page, app: AppUnderTest) {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(HEAD.username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(HEAD.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText(HEAD.fullName);
}

/** Picks a month in the month field's calendar ("Th09"), going back a year when it lies in the previous one. */
async function pickMonth(page: Page, month: string) {
  await page.getByLabel('Tháng', { exact: true }).click();
  const calendar = page.locator('[data-dates-dropdown]');
  const year = month.slice(0, 4);
  if ((await calendar.locator('.mantine-MonthPickerInput-calendarHeaderLevel').textContent()) !== year) {
    await calendar.locator('[data-direction="previous"]').click();
  }
  await expect(calendar.locator('.mantine-MonthPickerInput-calendarHeaderLevel')).toHaveText(year);
  await calendar.getByRole('button', { name: `Th${month.slice(5)}`, exact: true }).click();
  await expect(page.getByLabel('Tháng', { exact: true })).toHaveText(`${month.slice(5)}/${year}`);
}

const mmYYYY = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

test('rate a team for three months, draft and approve a reduction, record the court decision', async ({ page, app }) => {
  const { hung } = await setUp(page.request, app);
  await signIn(page, app);
  await page.getByRole('navigation').getByRole('link', { name: 'Xếp loại, giảm hạn', exact: true }).click();
  await page.getByRole('tab', { name: 'Xếp loại hằng tháng' }).click();
  // The only team is chosen already.
  await expect(page.getByRole('combobox', { name: 'Tổ/đội' })).toHaveValue('Tổ 1 - Khu A');

  for (const month of months) {
    await pickMonth(page, month);
    await page.getByLabel('Xếp loại tất cả').selectOption('Khá');
    // Nam is rated average in the middle month: that month is not good, so he is not proposed.
    if (month === months[1]) await page.getByLabel('Xếp loại Trần Văn Nam').selectOption('Trung bình');
    await page.getByLabel('Ghi chú Nguyễn Văn Hùng').fill('Chấp hành tốt nội quy');
    await expect(page.getByText(/dòng chưa lưu/)).toBeVisible();
    await page.getByRole('button', { name: 'Lưu xếp loại' }).click();
    await expect(page.getByText('Đã lưu xếp loại của 2 học viên.').first()).toBeVisible();
    await expect(page.getByText(/dòng chưa lưu/)).toHaveCount(0);
    if (month === months[1]) await shot(page, '01-month-rated');
    await page.getByRole('button', { name: `Xác nhận xếp loại tháng ${mmYYYY(month)}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await expect(page.getByText(`Đã xác nhận tháng ${mmYYYY(month)}: 2 học viên đã xếp loại, 0 học viên`)).toBeVisible();
    await expect(page.getByTestId('ratings-confirmed')).toContainText('Tháng đã được Trưởng Cơ sở xác nhận');
    // Final: the grades are shown, no longer offered for editing.
    await expect(page.getByLabel('Xếp loại Nguyễn Văn Hùng')).toHaveCount(0);
    await expect(page.getByRole('row').filter({ hasText: 'Nguyễn Văn Hùng' })).toContainText('Khá');
  }

  // The review drafted today proposes Hùng only, with the legal range of 1–3 months.
  await page.getByRole('tab', { name: 'Xét giảm, miễn' }).click();
  await page.getByRole('button', { name: 'Lập danh sách đề nghị' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Lập danh sách đề nghị' }).click();
  await expect(page.getByText('Đã lập danh sách: 1 học viên được đề nghị.')).toBeVisible();
  const proposals = page.getByRole('main').getByRole('table');
  await expect(proposals).toContainText('Nguyễn Văn Hùng');
  await expect(proposals).not.toContainText('Trần Văn Nam');
  await expect(proposals).toContainText('1–3 tháng');
  const months1 = page.getByLabel('Số tháng đề nghị giảm cho Nguyễn Văn Hùng');
  await months1.fill('2');
  await months1.press('Enter');
  await expect(months1).toHaveValue('2');
  await shot(page, '02-review-drafted');

  await page.getByRole('button', { name: 'Duyệt danh sách' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(page.getByTestId('posting-dates')).toContainText(`từ ${formatDateVN(today)}`);

  // The list (Mẫu 44) as printed: the resident, the months proposed, the ratings of the three months.
  await page.getByRole('link', { name: 'In danh sách (Mẫu 44)' }).click();
  const list = page.getByTestId('reduction-list');
  await expect(list).toContainText('Nguyễn Văn Hùng');
  await expect(list).toContainText('Khá');
  await expect(page.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeVisible();
  await shot(page, '03-mau-44');
  await page.getByRole('link', { name: 'Quay lại đợt xét' }).click();

  // The court grants 2 months: the release date moves from admission + 12 months to 2 months earlier.
  const release = addMonths(broughtInOn, 12);
  const reduced = addMonths(release, -2);
  await page.getByRole('button', { name: 'Ghi quyết định của Tòa án cho Nguyễn Văn Hùng' }).click();
  const decision = page.getByRole('dialog');
  await decision.getByRole('textbox', { name: 'Số quyết định của Tòa án' }).fill('45/2026/QĐ-TA');
  await decision.getByRole('textbox', { name: 'Ngày quyết định' }).fill(formatDateVN(today));
  await expect(decision.getByRole('textbox', { name: 'Số tháng được giảm' })).toHaveValue('2');
  await decision.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expect(page.getByTestId('new-release')).toContainText(formatDateVN(reduced));
  await shot(page, '04-decision-recorded');

  await page.goto(`${app.url}hoc-vien/${hung}`);
  await expect(page.getByRole('group', { name: 'Ngày dự kiến chấp hành xong' })).toContainText(formatDateVN(reduced));
  const card = page.getByRole('region', { name: 'Xếp loại và xét giảm thời hạn' });
  await expect(card).toContainText('45/2026/QĐ-TA');
  await shot(page, '05-profile-release-moved');
});
