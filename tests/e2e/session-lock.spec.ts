import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';

/**
 * A shared facility PC left alone: the screen locks after the idle time, hides the resident's file, and gives it
 * back — with what was typed — only to the same user's password. Sign-out is the way for anyone else.
 */

async function signIn(page: Page, url: string, user: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toBeVisible();
}

const lockDialog = (page: Page) => page.getByRole('dialog', { name: 'Màn hình đã khóa' });

/** Whether the element at the centre of the field is the field itself (false when something covers it). */
const onTop = (page: Page, label: string) =>
  page.getByLabel(label).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === el;
  });

test('the screen locks when idle, hides the form, and unlocks to the same unsaved input', async ({ page, demoApp }) => {
  await page.clock.install();
  await signIn(page, demoApp.url, 'officer', 'demo-officer-2026');
  await page.getByRole('navigation').getByRole('link', { name: 'Tiếp nhận', exact: true }).click();
  await page.getByRole('radio', { name: /^Bắt buộc \(người thành niên\)/ }).click();
  await page.getByLabel('Họ và tên').fill('Phạm Văn Chưa Lưu');
  await page.getByLabel('Số CCCD').fill('038090001111');
  expect(await onTop(page, 'Họ và tên')).toBe(true);

  // 14 idle minutes: still open. Past 15 (the default): locked.
  await page.clock.fastForward('14:00');
  await expect(lockDialog(page)).toHaveCount(0);
  await page.clock.fastForward('01:10');
  await expect(lockDialog(page)).toBeVisible();
  await expect(lockDialog(page)).toContainText('Lê Minh Tuấn');
  // The form is still there, but covered: a passer-by sees the lock, not the file.
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Phạm Văn Chưa Lưu');
  expect(await onTop(page, 'Họ và tên')).toBe(false);
  await expect(lockDialog(page).getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  await shot(page, 'locked');

  const password = lockDialog(page).getByLabel('Mật khẩu của officer');
  await password.fill('khong-dung-mat-khau');
  await lockDialog(page).getByRole('button', { name: 'Mở khóa' }).click();
  await expect(lockDialog(page)).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');
  await expect(lockDialog(page)).toBeVisible();

  await password.fill('demo-officer-2026');
  await lockDialog(page).getByRole('button', { name: 'Mở khóa' }).click();
  await expect(lockDialog(page)).toHaveCount(0);
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Phạm Văn Chưa Lưu');
  await expect(page.getByLabel('Số CCCD')).toHaveValue('038090001111');
  expect(await onTop(page, 'Họ và tên')).toBe(true);
  // The new session works: the next screen loads.
  await page.getByRole('navigation').getByRole('link', { name: 'Học viên', exact: true }).click();
  await expect(page.getByTestId('residents-count')).toContainText('học viên');
});

test('a session ended on the server locks the screen instead of leaving it, and sign-out goes to the login', async ({ page, demoApp }) => {
  await signIn(page, demoApp.url, 'officer', 'demo-officer-2026');
  await page.getByRole('navigation').getByRole('link', { name: 'Học viên', exact: true }).click();
  await expect(page.getByTestId('residents-count')).toContainText('học viên');
  // The back end forgets the session (as after its idle time), then the officer searches.
  const token = await page.evaluate(() => (JSON.parse(sessionStorage.getItem('rehabdesk.session') ?? '{}') as { token?: string }).token);
  const key = await page.locator('meta[name="rehabdesk-key"]').getAttribute('content');
  await page.request.post(`${demoApp.url}api/auth.logout`, { headers: { 'X-RehabDesk-Key': key ?? '', Authorization: `Bearer ${token}` }, data: {} });
  const search = page.getByLabel('Tìm học viên');
  await search.fill('nguyen');
  await expect(lockDialog(page)).toBeVisible();
  await expect(search).toHaveValue('nguyen');

  await lockDialog(page).getByRole('button', { name: 'Đăng xuất' }).hover();
  await expect(page.getByRole('tooltip')).toContainText('sẽ mất');
  await lockDialog(page).getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  await expect(lockDialog(page)).toHaveCount(0);
});
