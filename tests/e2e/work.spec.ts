import type { APIRequestContext, Page } from '@playwright/test';
import { addDays, addMonths, formatDateVN, vnDate } from '../../shared/domain/dates';
import { E2E_HEAD as HEAD, newFacility } from './api';
import { expect, shot, test, type AppUnderTest } from './fixtures';

/**
 * Work therapy and the deposit account in Chromium: the head enters a team's day last month (the resident in
 * hospital cannot be entered, the 16-year-old over his 6-hour cap is refused), drafts and approves the month's pay,
 * sees the earnings on the resident's account, records a purchase and prints the statement.
 */

const today = vnDate(new Date());
/** The 10th of last month: a day of a month that has ended, so it can be paid. */
const workDay = `${addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}-10`;
const month = workDay.slice(0, 7);
const mmYYYY = `${month.slice(5)}/${month.slice(0, 4)}`;

async function setUp(request: APIRequestContext, app: AppUnderTest) {
  const { ok, bedIds, signIn } = await newFacility(request, app);
  const minorsArea = (await ok('beds.createArea', { code: 'VTN', name: 'Khu người chưa thành niên', purpose: 'minors', sex: 'male' })).id;
  const minorBed = ((await ok('beds.createRoom', { areaId: minorsArea, code: 'P01', name: 'Phòng 1', designCapacity: 2, workingCapacity: 2, bedCount: 2 })).bedIds as number[])[0]!;
  const broughtInOn = addDays(workDay, -60);
  const admit = async (fullName: string, citizenId: string, bedId: number, birthDate: string, kind = 'compulsory_adult', termMonths = 12) =>
    (
      await ok('admissions.admit', {
        kind,
        person: { fullName, birthDate, sex: 'male', citizenId, residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' } },
        decision: { court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', decisionNumber: '41/2026/QĐ-TA', decisionDate: addDays(broughtInOn, -5), termMonths },
        broughtInOn,
        bedId,
        health: { onArrival: 'Tỉnh táo' },
        handover: { handedOverBy: 'Đại úy Lê Văn Bình', items: [] },
      })
    ).stayId as number;
  const hung = await admit('Nguyễn Văn Hùng', '079090001111', bedIds[0]!, '1990-05-01');
  const nam = await admit('Trần Văn Nam', '079090002222', bedIds[1]!, '1989-03-12');
  // Sixteen on the work day: 6 hours a day at most (NĐ 116 Điều 74).
  const ti = await admit('Lê Văn Tí', '079010003333', minorBed, `${Number(workDay.slice(0, 4)) - 16}-01-15`, 'compulsory_minor', 9);
  const teamId = (await ok('teams.create', { name: 'Tổ sản xuất 1' })).id;
  await ok('teams.addMembers', { teamId, stayIds: [hung, nam, ti], on: broughtInOn });
  await ok('movements.record', { stayId: nam, type: 'to_hospital', occurredAt: `${addDays(workDay, -1)}T15:00:00+07:00`, destination: 'Bệnh viện Đa khoa Đồng Nai' });
  await signIn(HEAD.username, HEAD.password);
  await ok('products.create', { name: 'Ghế nhựa', unit: 'piece', rateDong: 5_000, validFrom: addDays(workDay, -30) });
  return { hung };
}

async function signIn(page: Page, app: AppUnderTest) {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(HEAD.username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(HEAD.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText(HEAD.fullName);
}

test("a team's day with caps and movements, the month's pay approved, the account credited, a purchase and the statement", async ({ page, app }) => {
  const { hung } = await setUp(page.request, app);
  await signIn(page, app);
  await page.getByRole('navigation').getByRole('link', { name: 'Lao động trị liệu', exact: true }).click();
  await page.getByRole('tab', { name: 'Sản lượng ngày' }).click();
  const day = page.getByRole('textbox', { name: 'Ngày', exact: true });
  await day.fill(formatDateVN(workDay));
  await day.press('Tab');

  // Nam is in hospital that day: no entry for him.
  const sheet = page.getByTestId('work-sheet');
  await expect(sheet).toContainText('Trần Văn Nam đang nằm viện');
  await expect(page.getByLabel('Sản phẩm Trần Văn Nam')).toHaveCount(0);

  await page.getByLabel('Sản phẩm Nguyễn Văn Hùng').selectOption('Ghế nhựa (Chiếc)');
  await page.getByLabel('Số lượng Nguyễn Văn Hùng').fill('40');
  await page.getByLabel('Số giờ Nguyễn Văn Hùng').fill('8');
  await page.getByLabel('Sản phẩm Lê Văn Tí').selectOption('Ghế nhựa (Chiếc)');
  await page.getByLabel('Số lượng Lê Văn Tí').fill('20');
  await page.getByLabel('Số giờ Lê Văn Tí').fill('7');
  await page.getByRole('button', { name: 'Lưu sản lượng' }).click();
  await expect(sheet).toContainText(/Lê Văn Tí \(16 tuổi\): 7 giờ .* vượt giới hạn 6 giờ\/ngày/);
  await shot(page, '01-over-the-cap');
  await page.getByLabel('Số giờ Lê Văn Tí').fill('6');
  await page.getByRole('button', { name: 'Lưu sản lượng' }).click();
  // 60 chairs × 5.000 đ.
  await expect(page.getByText(/Đã ghi 2 dòng.*300\.000 đ/)).toBeVisible();
  await shot(page, '02-day-recorded');

  await page.getByRole('tab', { name: 'Thanh toán tiền công' }).click();
  await page.getByRole('button', { name: 'Lập bảng thanh toán' }).click();
  await expect(page.getByTestId('pay-total')).toContainText('300.000');
  await page.getByRole('button', { name: 'Duyệt và ghi vào lưu ký' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận duyệt' }).click();
  await expect(page.getByTestId('pay-status')).toHaveText('Đã duyệt');
  await expect(page.getByRole('button', { name: 'Lập bảng thanh toán' })).toHaveCount(0);
  await shot(page, '03-pay-approved');

  // Hùng's account: his 200.000 đ of earnings, then a purchase at the shop.
  await page.goto(`${app.url}hoc-vien/${hung}`);
  const account = page.getByRole('region', { name: 'Tài khoản lưu ký' });
  await expect(account.getByTestId('deposit-balance')).toContainText('200.000');
  await account.getByRole('button', { name: 'Ghi mua hàng' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Số tiền (đồng)' }).fill('300000');
  await dialog.getByRole('textbox', { name: 'Nội dung' }).fill('Mua đồ dùng cá nhân tại căng tin');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toContainText('Số dư lưu ký không đủ');
  await dialog.getByRole('textbox', { name: 'Số tiền (đồng)' }).fill('45000');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(account.getByTestId('deposit-balance')).toContainText('155.000');
  await shot(page, '04-account');

  await account.getByRole('link', { name: 'In sao kê' }).click();
  const statement = page.getByTestId('statement-lines');
  await expect(statement).toContainText(`Tiền công lao động trị liệu tháng ${mmYYYY}`);
  await expect(statement).toContainText('Mua đồ dùng cá nhân tại căng tin');
  await expect(page.locator('article')).toContainText('155.000');
  await shot(page, '05-statement');
});
