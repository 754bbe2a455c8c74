import type { APIRequestContext, Page } from '@playwright/test';
import { addDays, addMonths, formatDateVN, vnDate } from '../../shared/domain/dates';
import { E2E_ADMIN as ADMIN, E2E_HEAD as HEAD, newFacility } from './api';
import { expect, shot, test, type AppUnderTest } from './fixtures';

/**
 * Discharge in Chromium: a resident whose term has ended leaves with his certificate (Mẫu 46) and the settlement
 * signed, and his bed is free at once; a death lists the notices owed within 24 hours; the head undoes a
 * discharge entered by mistake, the bed is his again and the certificate stays in the register, voided.
 */

const today = vnDate(new Date());
const year = today.slice(0, 4);
/** Brought in 12 months and 5 days ago for 12 months: the term ended 5 days ago. */
const endedBroughtIn = addDays(addMonths(today, -12), -5);

async function setUp(request: APIRequestContext, app: AppUnderTest) {
  const { ok, bedIds } = await newFacility(request, app);
  const admit = async (fullName: string, citizenId: string, bedId: number, broughtInOn: string, items: { kind: string; description: string }[]) =>
    (
      await ok('admissions.admit', {
        kind: 'compulsory_adult',
        person: { fullName, birthDate: '1988-02-10', sex: 'male', citizenId, residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' } },
        decision: { court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', decisionNumber: '21/2025/QĐ-TA', decisionDate: addDays(broughtInOn, -5), termMonths: 12 },
        broughtInOn,
        bedId,
        health: { onArrival: 'Tỉnh táo' },
        handover: { handedOverBy: 'Đại úy Lê Văn Bình', items: items.map((i) => ({ ...i, quantity: 1 })) },
      })
    ).stayId as number;
  const long = await admit('Phạm Văn Long', '079088001111', bedIds[0]!, endedBroughtIn, [
    { kind: 'document', description: 'Quyết định của Tòa án' },
    { kind: 'belonging', description: 'Điện thoại di động Nokia' },
    { kind: 'valuable', description: 'Nhẫn vàng 1 chỉ' },
  ]);
  const tam = await admit('Lê Văn Tâm', '079088002222', bedIds[1]!, addDays(today, -60), []);
  // Releases in 20 days: the 15-day notice is due in 5.
  const soon = await admit('Đỗ Minh Quân', '079088003333', bedIds[2]!, addDays(addMonths(today, -12), 20), []);
  return { long, tam, soon, bedIds };
}

async function signIn(page: Page, app: AppUnderTest, who: { username: string; password: string; fullName: string }) {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(who.username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(who.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText(who.fullName);
}

async function chooseReason(page: Page, reason: string) {
  await page.getByRole('combobox', { name: 'Lý do ra cơ sở' }).click();
  await page.getByRole('option', { name: reason }).click();
}

async function confirmDischarge(page: Page) {
  await page.getByRole('button', { name: 'Xác nhận ra cơ sở' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Đồng ý ra cơ sở' }).click();
}

const bedCell = (page: Page, bedId: number) => page.getByTestId(`bed-${bedId}`);

test('a completed term: certificate, settlement, the bed free; then the head undoes it', async ({ page, app }) => {
  const { long, bedIds } = await setUp(page.request, app);
  await signIn(page, app, ADMIN);
  await page.goto(`${app.url}giuong`);
  await expect(bedCell(page, bedIds[0]!)).toHaveAttribute('aria-label', /Phạm Văn Long/);

  await page.goto(`${app.url}ra-co-so/${long}`);
  await expect(page.getByRole('tab', { name: 'Ra cơ sở', exact: true })).toHaveAttribute('aria-selected', 'true');
  await chooseReason(page, 'Chấp hành xong thời gian cai nghiện');
  await page.getByRole('checkbox', { name: 'Đã trả: Điện thoại di động Nokia' }).check();
  await page.getByRole('checkbox', { name: 'Đã trả: Nhẫn vàng 1 chỉ' }).check();
  await page.getByRole('textbox', { name: 'Số ngày tiền ăn đường' }).fill('2');
  await page.getByRole('textbox', { name: 'Tiền tàu xe (đồng)' }).fill('150000');
  await page.getByRole('checkbox', { name: 'Cấp một bộ quần áo' }).check();
  await page.getByRole('checkbox', { name: 'Đã trao giấy chứng nhận' }).check();
  // Road meals: 2 days × 70.000 đ (the rate in the legal settings), plus the fare.
  await expect(page.getByText('Tổng số tiền chi trả: 290.000 đ')).toBeVisible();
  await shot(page, '01-discharge-form');
  await confirmDischarge(page);
  await expect(page.getByTestId('certificate-number')).toContainText(`0001/${year}/GCN`);
  await shot(page, '02-discharged');

  // The certificate as printed, and the settlement sheet with what was returned and paid.
  await page.getByRole('link', { name: 'In giấy chứng nhận' }).click();
  await expect(page.getByText('GIẤY CHỨNG NHẬN', { exact: true })).toBeVisible();
  await expect(page.locator('article')).toContainText('PHẠM VĂN LONG');
  await expect(page.locator('article')).toContainText(`Số: 0001/${year}/GCN`);
  await expect(page.locator('article')).toContainText('Nơi nhận:');
  await shot(page, '03-certificate');
  await page.goto(`${app.url}in/quyet-toan/${long}`);
  await expect(page.locator('article')).toContainText('Nhẫn vàng 1 chỉ');
  await expect(page.locator('article')).toContainText('290.000');
  await shot(page, '04-settlement');

  // The bed is free the moment the discharge is recorded.
  await page.goto(`${app.url}giuong`);
  await expect(bedCell(page, bedIds[0]!)).toHaveAttribute('aria-label', 'Giường G01: trống');

  // The head undoes it (it was entered for the wrong person): the stay is back, in its bed, the certificate voided.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, app, HEAD);
  await page.goto(`${app.url}hoc-vien/${long}`);
  await page.getByRole('button', { name: 'Hủy ra cơ sở' }).click();
  const undo = page.getByRole('dialog');
  await undo.getByRole('button', { name: 'Xác nhận hủy ra cơ sở' }).click();
  await expect(undo).toContainText('Lý do hủy ra cơ sở: không được để trống');
  await undo.getByRole('textbox', { name: 'Lý do hủy ra cơ sở' }).fill('Ghi nhầm: học viên chưa rời cơ sở, còn chờ gia đình đến đón');
  await undo.getByRole('button', { name: 'Xác nhận hủy ra cơ sở' }).click();
  await expect(undo).toHaveCount(0);
  await expect(page.getByRole('main').locator('.mantine-Badge-root').first()).toHaveText('Có mặt');
  await shot(page, '05-undone');
  await page.goto(`${app.url}giuong`);
  await expect(bedCell(page, bedIds[0]!)).toHaveAttribute('aria-label', /Phạm Văn Long/);
  await page.goto(`${app.url}ra-co-so`);
  await page.getByRole('tab', { name: 'Sổ giấy chứng nhận' }).click();
  const register = page.getByRole('row').filter({ hasText: `0001/${year}/GCN` });
  await expect(register).toContainText('Đã hủy');
  await expect(register).toContainText('Ghi nhầm');
  await shot(page, '06-register-voided');
});

test('a death: recorded with its cause, and the notices owed within 24 hours listed', async ({ page, app }) => {
  const { tam } = await setUp(page.request, app);
  await signIn(page, app, ADMIN);
  await page.goto(`${app.url}ra-co-so/${tam}`);
  // Completing the term is refused before its date, and says why.
  await page.getByRole('combobox', { name: 'Lý do ra cơ sở' }).click();
  await expect(page.getByRole('option', { name: /Chấp hành xong thời gian cai nghiện/ })).toBeDisabled();
  await page.keyboard.press('Escape');
  await chooseReason(page, 'Chết trong thời gian cai nghiện');
  await page.getByRole('textbox', { name: 'Nguyên nhân chết' }).fill('Ngừng tuần hoàn, đã cấp cứu tại Trạm y tế cơ sở');
  await confirmDischarge(page);
  const owed = page.getByRole('list', { name: 'Thông báo phải gửi trong 24 giờ' });
  for (const recipient of ['Gia đình', 'UBND xã', 'Tòa án', 'Viện kiểm sát', 'Công an']) await expect(owed).toContainText(recipient);
  await expect(owed).toContainText(formatDateVN(addDays(today, 1)));
  await shot(page, '01-death-recorded');

  await page.getByRole('tab', { name: 'Thông báo phải gửi' }).click();
  const rows = page.getByRole('row').filter({ hasText: 'Lê Văn Tâm' });
  await expect(rows).toHaveCount(5);
  await shot(page, '02-notices-owed');
});

test('upcoming releases: the 15-day notice printed for the court and marked sent', async ({ page, app }) => {
  await setUp(page.request, app);
  await signIn(page, app, ADMIN);
  await page.getByRole('navigation').getByRole('link', { name: 'Ra cơ sở', exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: 'Đỗ Minh Quân' });
  await expect(row).toContainText(formatDateVN(addDays(today, 20)));
  await expect(row).toContainText(formatDateVN(addDays(today, 5)));
  await expect(row.getByLabel('Tòa án: Chưa gửi')).toBeVisible();
  // Phạm Văn Long's release date has passed: not upcoming, he is due for discharge.
  await expect(page.getByRole('row').filter({ hasText: 'Phạm Văn Long' })).toHaveCount(0);
  await shot(page, '01-upcoming');

  await row.getByRole('link', { name: 'In thông báo' }).click();
  await expect(page.locator('article').first()).toContainText('THÔNG BÁO');
  await expect(page.locator('article').first()).toContainText('Đỗ Minh Quân');
  await expect(page.locator('article').first()).toContainText(formatDateVN(addDays(today, 20)));
  await shot(page, '02-notice-print');
  await page.goBack();

  await row.getByRole('button', { name: 'Đánh dấu đã gửi' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Nơi nhận' }).click();
  await page.getByRole('option', { name: 'Tòa án' }).click();
  await dialog.getByRole('textbox', { name: 'Số văn bản' }).fill('102/TB-CSCN');
  await dialog.getByRole('button', { name: 'Lưu đã gửi' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row.getByLabel('Tòa án: Đã gửi')).toBeVisible();
  await expect(row.getByLabel('Gia đình: Chưa gửi')).toBeVisible();
  await shot(page, '03-court-notice-sent');
});
