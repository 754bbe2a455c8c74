import type { Page } from '@playwright/test';
import { addDays, addMonths, formatDateVN, vnDate } from '../../shared/domain/dates';
import { foldForSearch } from '../../shared/domain/names';
import { expect, shot, test } from './fixtures';

/**
 * The resident register and the legal rules on the demo facility: an administrator schedules a change of a legal
 * figure; an officer narrows the list, finds a person without accents, corrects a detail with a reason and sees
 * the correction kept; health data stays with the medical team.
 */

async function signIn(page: Page, url: string, user: 'admin' | 'officer' | 'medical'): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(`demo-${user}-2026`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toBeVisible();
}

async function go(page: Page, screen: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: screen, exact: true }).click();
}

async function choose(page: Page, filter: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: filter }).click();
  await page.getByRole('option', { name: option }).click();
}

/** The rows of the resident table on screen (the virtualised body only, not the header). */
const bodyRows = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('cell') });
const count = (page: Page) => page.getByTestId('residents-count');

test('an administrator schedules a new value of a legal figure and sees it beside the one in force', async ({ page, demoApp }) => {
  await signIn(page, demoApp.url, 'admin');
  await go(page, 'Quản trị');
  await page.getByRole('tab', { name: 'Quy định' }).click();
  const row = page.getByTestId('legal-visits.no_visit_first_days');
  await expect(row).toContainText('15 ngày');
  await expect(row).toContainText('Nghị định 116/2021/NĐ-CP (thăm gặp)');

  await page.getByRole('button', { name: 'Thêm giá trị mới: Không thăm gặp trong những ngày đầu' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Số ngày').fill('10');
  await expect(dialog.getByText('10 ngày', { exact: true })).toBeVisible();
  await dialog.getByLabel('Căn cứ pháp lý').fill('Nghị định sửa đổi Nghị định 116/2021/NĐ-CP, Điều 2');
  // Before the value in force: refused, the history is not rewritten.
  await dialog.getByLabel('Ngày có hiệu lực').fill('01/01/2020');
  await dialog.getByLabel('Căn cứ pháp lý').click();
  await dialog.getByRole('button', { name: 'Lưu giá trị mới' }).click();
  await expect(dialog.getByText(/Ngày hiệu lực phải sau 01\/01\/2022/)).toBeVisible();

  const future = formatDateVN(addDays(vnDate(new Date()), 40));
  await dialog.getByLabel('Ngày có hiệu lực').fill(future);
  await dialog.getByLabel('Căn cứ pháp lý').click();
  await shot(page, '01-new-legal-value');
  await dialog.getByRole('button', { name: 'Lưu giá trị mới' }).click();
  await expect(dialog).toBeHidden();

  // Not in force today: the row still shows 15 days, and the scheduled value beside it.
  await expect(row).toContainText('15 ngày');
  await expect(row).toContainText(`Từ ${future}: 10 ngày`);
  await page.getByRole('button', { name: 'Lịch sử: Không thăm gặp trong những ngày đầu' }).click();
  const history = page.getByRole('table', { name: 'Lịch sử: Không thăm gặp trong những ngày đầu' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('row').nth(0)).toContainText(`${future}Sắp áp dụng10 ngày`);
  await expect(history.getByRole('row').nth(0)).toContainText('Thêm bởi admin');
  await expect(history.getByRole('row').nth(1)).toContainText('01/01/2022Đang áp dụng15 ngày');
  await shot(page, '02-legal-history');
});

test('an officer filters the list, finds a person without accents and corrects a detail with a reason', async ({ page, demoApp }) => {
  await signIn(page, demoApp.url, 'officer');
  await go(page, 'Học viên');
  await expect(count(page)).toContainText('120 học viên');

  await choose(page, 'Diện', 'Tự nguyện');
  await expect(count(page)).not.toContainText('120 học viên');
  const kinds = await bodyRows(page).locator('[role=cell]:nth-child(6)').allInnerTexts();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(['Tự nguyện']));
  await page.getByRole('button', { name: 'Bỏ lọc' }).click();

  // Under 18 today: every birth shown is less than 18 years ago; no compulsory adult can be among them.
  await choose(page, 'Nhóm tuổi', 'Dưới 18 tuổi');
  await expect(count(page)).not.toContainText('120 học viên');
  const eighteenYearsAgo = addMonths(vnDate(new Date()), -18 * 12);
  const births = await bodyRows(page).locator('[role=cell]:nth-child(3)').allInnerTexts();
  expect(births.length).toBeGreaterThan(0);
  for (const birth of births) expect(birth.split('/').reverse().join('-') > eighteenYearsAgo, birth).toBe(true);
  await choose(page, 'Diện', 'Bắt buộc (người thành niên)');
  await expect(page.getByText('Không có học viên nào khớp với bộ lọc.')).toBeVisible();
  await shot(page, '03-filters');
  await page.getByRole('button', { name: 'Bỏ lọc' }).click();
  await expect(count(page)).toContainText('120 học viên');

  // Every stay: past ones too, found by the name typed without accents.
  await page.getByText('Tất cả lượt').click();
  await choose(page, 'Tình trạng', 'Đã ra cơ sở');
  const fullName = await bodyRows(page).first().getByRole('link').innerText();
  await page.getByRole('button', { name: 'Bỏ lọc' }).click();
  await page.getByLabel('Tìm học viên').fill(foldForSearch(fullName));
  await expect(bodyRows(page).first().getByRole('link')).toHaveText(fullName);
  await shot(page, '04-search-all-stays');
  await bodyRows(page).first().getByRole('link').click();

  await expect(page.getByRole('heading', { name: fullName, level: 2 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Các lượt cai nghiện của người này' })).toContainText('(đang xem)');
  await expect(page.getByTestId('health-restricted')).toContainText('chỉ Tổ Y tế và Trưởng Cơ sở được xem');

  await page.getByRole('button', { name: 'Sửa nhân thân' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sửa thông tin nhân thân' });
  await dialog.getByLabel('Tên gọi khác').fill('Tí');
  await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(dialog.getByText('Lý do sửa: không được để trống')).toBeVisible();
  await dialog.getByLabel('Lý do sửa').fill('Bổ sung tên gọi khác theo biên bản xác minh của Công an xã');
  await shot(page, '05-correction-form');
  await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(dialog).toBeHidden();

  const corrections = page.getByRole('region', { name: 'Lịch sử sửa hồ sơ' });
  await expect(corrections.getByTestId('correction')).toHaveCount(1);
  await expect(corrections).toContainText('officer · Nhân thân');
  await expect(corrections).toContainText('Lý do: Bổ sung tên gọi khác theo biên bản xác minh của Công an xã');
  await expect(corrections).toContainText('Tên gọi khác: (trống) → Tí');
  await expect(page.getByText('tên gọi khác: Tí')).toBeVisible();
  await shot(page, '06-profile-corrected');
});

test('the medical team sees the health record that officers cannot', async ({ page, demoApp }) => {
  await signIn(page, demoApp.url, 'medical');
  await go(page, 'Học viên');
  await choose(page, 'Khu', /Khu bệnh truyền nhiễm/);
  await bodyRows(page).first().getByRole('link').click();
  const health = page.getByRole('region', { name: 'Sức khỏe' });
  await expect(health.getByRole('table')).toBeVisible();
  await expect(health).toContainText(/HIV\/AIDS|Lao phổi|Viêm gan vi rút/);
  await expect(page.getByTestId('health-restricted')).toHaveCount(0);
  await shot(page, '07-health-medical');
});
