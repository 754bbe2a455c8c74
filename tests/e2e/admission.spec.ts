import type { Page } from '@playwright/test';
import { addDays, formatDateVN, vnDate } from '../../shared/domain/dates';
import { computeTermClock } from '../../shared/domain/term-clock';
import { expect, shot, test } from './fixtures';

/**
 * The first slice end to end, as an officer does it on a fresh install: set up the facility, sign in, build an
 * area with beds, admit a compulsory adult (a refused attempt first, which must write nothing), then find him
 * by an accent-free search and read his term clock.
 */

const today = vnDate(new Date());
const broughtInOn = addDays(today, -10);
const decisionDate = addDays(today, -20);
const termMonths = 24;
// The expected figures come from the same domain function the back end uses, fed with the dates typed below.
const clock = computeTermClock({
  admittedOn: broughtInOn,
  termMonths,
  heldDaysDeducted: 0,
  escapes: [],
  reductions: [],
  asOf: today,
  noticeDays: 15,
});

interface Admission {
  citizenId: string;
  termMonths: string;
}

async function fillAdmission(page: Page, a: Admission): Promise<void> {
  await page.getByRole('radio', { name: /^Bắt buộc \(người thành niên\)/ }).click();
  await page.getByLabel('Họ và tên').fill('Nguyễn Văn Hùng');
  await page.getByRole('textbox', { name: 'Ngày sinh', exact: true }).fill('15/03/1990');
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: 'Nam' }).check();
  await page.getByLabel('Số CCCD').fill(a.citizenId);
  const province = page.getByRole('combobox', { name: 'Tỉnh/thành phố' });
  await province.fill('thanh hoa');
  await page.getByRole('option', { name: 'Tỉnh Thanh Hóa' }).click();
  await page.getByLabel('Xã/phường').fill('Xã Quảng Phú');
  await page.getByLabel('Tòa án').fill('Tòa án nhân dân khu vực 1 - Thanh Hóa');
  await page.getByLabel('Số quyết định').fill('125/2026/QĐ-TA');
  await page.getByLabel('Ngày quyết định').fill(formatDateVN(decisionDate));
  await page.keyboard.press('Escape');
  await page.getByLabel('Thời hạn (tháng)').fill(a.termMonths);
  await page.getByLabel('Ngày đưa vào cơ sở').fill(formatDateVN(broughtInOn));
  await page.keyboard.press('Escape');
  await page.getByLabel('Tình trạng sức khỏe khi tiếp nhận').fill('Tỉnh táo, không sốt');
  await page.getByLabel('Người bàn giao (họ tên, đơn vị)').fill('Công an xã Quảng Phú');
  await page.getByRole('combobox', { name: 'Giường' }).click();
  await page.getByRole('option', { name: 'A-P01-G02' }).click();
}

async function go(page: Page, screen: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: screen, exact: true }).click();
}

test('an officer admits a compulsory adult, finds him without accents and reads his term clock', async ({ page, app }) => {
  await page.goto(app.url);

  // First run: the facility and the first administrator; no account exists before this.
  await expect(page.getByRole('heading', { name: 'Thiết lập lần đầu' })).toBeVisible();
  await page.getByLabel('Tên cơ sở').fill('Cơ sở cai nghiện ma túy số 1');
  await page.getByLabel('Cơ quan chủ quản').fill('Công an tỉnh Thanh Hóa');
  await page.getByLabel('Địa chỉ').fill('Xã Quảng Phú, tỉnh Thanh Hóa');
  await page.getByLabel('Công suất thiết kế (người)').fill('400');
  await page.getByLabel('Tên đăng nhập').fill('quantri');
  await page.getByLabel('Họ và tên').fill('Lê Thị Mai');
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('mat-khau-du-dai');
  await page.getByRole('textbox', { name: 'Nhập lại mật khẩu' }).fill('mat-khau-du-dai');
  await shot(page, '01-setup');
  await page.getByRole('button', { name: 'Tạo cơ sở và tài khoản' }).click();

  // Sign in; Enter submits.
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await page.getByLabel('Tên đăng nhập').fill('quantri');
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('mat-khau-du-dai');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText('Lê Thị Mai');
  await expect(page.getByText('Quản trị viên', { exact: true })).toBeVisible();
  await expect(page.getByText('Chưa có giường: vào Giường để thêm khu và phòng.')).toBeVisible();
  await shot(page, '02-overview-empty');

  // An area and a room with ten beds.
  await go(page, 'Giường');
  await page.getByRole('button', { name: 'Thêm khu' }).click();
  const areaDialog = page.getByRole('dialog', { name: 'Thêm khu' });
  await areaDialog.getByLabel('Mã khu').fill('A');
  await areaDialog.getByLabel('Tên khu').fill('Khu cai nghiện bắt buộc nam');
  await areaDialog.getByRole('radio', { name: 'Nam' }).check();
  await areaDialog.getByRole('button', { name: 'Thêm khu' }).click();
  await expect(areaDialog).toBeHidden();
  await page.getByRole('button', { name: 'Thêm phòng' }).click();
  const roomDialog = page.getByRole('dialog');
  await roomDialog.getByLabel('Mã phòng').fill('P01');
  await roomDialog.getByLabel('Tên phòng').fill('Phòng 1');
  await roomDialog.getByLabel('Công suất thiết kế').fill('10');
  await roomDialog.getByLabel('Công suất thực tế').fill('10');
  await roomDialog.getByLabel('Số giường').fill('10');
  await roomDialog.getByRole('button', { name: 'Thêm phòng' }).click();
  await expect(roomDialog).toBeHidden();
  await expect(page.getByTitle('Giường G02: trống')).toBeVisible();
  await expect(page.getByText(/0 có người · 10 trống · 10 giường/)).toBeVisible();
  await shot(page, '03-board-empty-beds');

  // A refused admission: a citizen ID cut short. The message sits under the field and the form keeps what was typed.
  await go(page, 'Tiếp nhận');
  await fillAdmission(page, { citizenId: '0380900', termMonths: '30' });
  await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  await expect(page.getByLabel('Số CCCD')).toHaveAccessibleDescription(/Số CCCD phải gồm 12 chữ số/);
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn Hùng');
  await shot(page, '04-admission-short-citizen-id');

  // Refused again: 30 months is outside the 12–24 the law allows an adult, with the article cited.
  await page.getByLabel('Số CCCD').fill('038090001234');
  await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  await expect(page.getByLabel('Thời hạn (tháng)')).toHaveAccessibleDescription(/từ 12 đến 24 tháng \(Luật Xử lý vi phạm hành chính, Điều 95\)/);
  await expect(page.getByLabel('Số CCCD')).not.toHaveAccessibleDescription(/phải gồm/);
  await expect(page.getByLabel('Thời hạn (tháng)')).toHaveValue('30');
  await shot(page, '05-admission-term-too-long');

  // Nothing was written: the list is empty and the bed still free.
  await go(page, 'Học viên');
  await expect(page.getByText('Chưa có học viên nào. Vào Tiếp nhận để tiếp nhận học viên.')).toBeVisible();
  await go(page, 'Giường');
  await expect(page.getByTitle('Giường G02: trống')).toBeVisible();

  // The corrected admission goes through and opens the profile.
  await go(page, 'Tiếp nhận');
  await fillAdmission(page, { citizenId: '038090001234', termMonths: String(termMonths) });
  await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  const fileNumber = `${broughtInOn.slice(0, 4)}/0001`;
  await expect(page.getByText(`Đã tiếp nhận Nguyễn Văn Hùng, số hồ sơ ${fileNumber}.`)).toBeVisible();
  await expect(page).toHaveURL(/\/hoc-vien\/\d+$/);

  // The bed shows him on the board.
  await go(page, 'Giường');
  await expect(page.getByTitle('Giường G02: Nguyễn Văn Hùng')).toBeVisible();
  await expect(page.getByText(/1 có người · 9 trống · 10 giường/)).toBeVisible();
  await shot(page, '06-board-occupied');

  // Found without accents, by the full name and by the given name alone; a different name finds no one.
  await go(page, 'Học viên');
  const search = page.getByLabel('Tìm học viên');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Nguyễn Văn Hùng' }) });
  await search.fill('nguyen van hung');
  await expect(row).toBeVisible();
  await expect(row).toContainText(fileNumber);
  await expect(row).toContainText(formatDateVN(clock.releaseDate));
  await shot(page, '07-search-full-name');
  await search.fill('nguyen van hai');
  await expect(page.getByText(/Không tìm thấy học viên khớp với “nguyen van hai”/)).toBeVisible();
  await search.fill('hung');
  await expect(row).toBeVisible();
  await expect(page.getByText('1 học viên')).toBeVisible();
  await shot(page, '08-search-given-name');

  // The profile: days served, days remaining and the expected release date from the term clock.
  await row.getByRole('link', { name: 'Nguyễn Văn Hùng' }).click();
  await expect(page.getByRole('heading', { name: 'Nguyễn Văn Hùng' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Đã chấp hành' })).toContainText(`${clock.daysServed} ngày`);
  await expect(page.getByRole('group', { name: 'Còn lại' })).toContainText(`${clock.daysRemaining} ngày`);
  await expect(page.getByRole('group', { name: 'Ngày dự kiến chấp hành xong' })).toContainText(formatDateVN(clock.releaseDate));
  await expect(page.getByText(formatDateVN(clock.noticeDueDate))).toBeVisible();
  await expect(page.getByText('125/2026/QĐ-TA', { exact: true })).toBeVisible();
  await shot(page, '09-profile');

  // An officer who reloads the profile (or bookmarks it) gets the same page back, still signed in.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Nguyễn Văn Hùng' })).toBeVisible();
});
