import type { Page } from '@playwright/test';
import { addDays, formatDateVN, vnDate } from '../../shared/domain/dates';
import { apiClient } from './api';
import { expect, shot, test } from './fixtures';

/**
 * The roll end to end on the demo facility: an officer takes yesterday's morning roll of an area with one
 * resident absent, turned into an escape with the head's search decision; the frozen roll is amended with a
 * reason and both show side by side; the census as of yesterday noon shows the escaped resident as out.
 */
async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toBeVisible();
}

test('roll: an absence becomes an escape, the frozen roll is amended, the census shows the escape', async ({ page, request, demoApp }) => {
  const yesterday = formatDateVN(addDays(vnDate(new Date()), -1));
  // The demo is built as of now, so someone on yesterday's roll may have left since (discharged yesterday morning):
  // the absence is marked on a resident who is still here today.
  const api = await apiClient(request, demoApp);
  await api.signIn('officer', 'demo-officer-2026');
  const here = ((await api.ok('residents.list', { scope: 'present', state: 'present', limit: 5000 })).rows as { fullName: string }[]).map((r) => r.fullName);
  await page.goto(demoApp.url);
  await signIn(page, 'officer', 'demo-officer-2026');
  await page.getByRole('navigation').getByRole('link', { name: 'Điểm danh', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Điểm danh', exact: true })).toBeVisible();

  const dateField = page.getByRole('textbox', { name: 'Ngày', exact: true });
  await dateField.fill(yesterday);
  await dateField.press('Tab');
  const list = page.getByTestId('roll-list');
  await expect(list.getByRole('option').first()).toBeVisible();
  await shot(page, 'roll-open');

  // Everyone is present by default; the first present resident is marked absent with Space and explained.
  const options = list.getByRole('option').filter({ hasText: 'Có mặt' });
  let row = options.first();
  for (let i = 0; i < (await options.count()); i++) {
    const text = (await options.nth(i).locator('p').nth(1).textContent()) ?? '';
    if (here.filter((n) => n === text).length === 1) {
      row = options.nth(i);
      break;
    }
  }
  const name = (await row.locator('p').nth(1).textContent()) ?? '';
  await row.click();
  await list.press('Space');
  const explain = page.getByTestId('roll-explain');
  await expect(explain).toContainText(name);
  await explain.getByText('Bỏ trốn', { exact: true }).click();
  await explain.getByLabel('Số quyết định truy tìm').fill('27/QĐ-CSCN');
  await explain.getByRole('textbox', { name: 'Ngày quyết định truy tìm' }).fill(yesterday);
  await explain.getByRole('textbox', { name: 'Ngày quyết định truy tìm' }).press('Tab');
  await shot(page, 'roll-escape-explained');
  await page.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await expect(page.getByText(/^Đã lưu lúc .*chỉ đính chính\.$/)).toBeVisible();
  const escapedRow = list.getByRole('option').filter({ hasText: name });
  await expect(escapedRow).toContainText('Bỏ trốn');
  await expect(escapedRow).toContainText('Vắng mặt khi điểm danh 06:30');

  // Amend another, frozen entry with a reason: the amendment sits beside the original mark.
  const other = list.getByRole('option').filter({ hasText: 'Có mặt' }).first();
  await other.getByRole('button', { name: 'Đính chính' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Vắng', { exact: true }).click();
  await dialog.getByLabel('Lý do').fill('Đi khám tại trạm y tế, ghi sót');
  await dialog.getByRole('button', { name: 'Lưu đính chính' }).click();
  await expect(dialog).toBeHidden();
  const amended = list.getByRole('option').filter({ hasText: 'Đính chính: Có mặt → Vắng (Đi khám tại trạm y tế, ghi sót' });
  await expect(amended).toContainText('Có mặt');
  await shot(page, 'roll-frozen-amended');

  // The census as of yesterday noon, computed from movements, shows the escaped resident as out.
  await page.getByRole('tab', { name: 'Sĩ số theo ngày' }).click();
  const censusDate = page.getByRole('tabpanel').getByRole('textbox', { name: 'Ngày', exact: true });
  await censusDate.fill(yesterday);
  await censusDate.press('Tab');
  await expect(page.getByText(new RegExp(`^Sĩ số lúc ${yesterday.replace(/\//g, '\\/')}`))).toBeVisible();
  await expect(page.getByTestId('census').getByRole('row').filter({ hasText: name })).toContainText('Đang bỏ trốn');
  await shot(page, 'roll-census');
});
