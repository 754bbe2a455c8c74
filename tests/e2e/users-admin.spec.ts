import { expect, shot, test } from './fixtures';

/**
 * The administrator's side of sign-in: an officer's account locked by wrong passwords shows as locked with its
 * count and is unlocked; a reset gives a temporary password the officer must change at the next sign-in.
 */

test('the administrator unlocks a locked account and resets a password the user must then change', async ({ page, demoApp }) => {
  const key = (await (await page.request.get(demoApp.url)).text()).match(/name="rehabdesk-key" content="([^"]+)"/)?.[1] ?? '';
  const login = (password: string, username = 'officer') =>
    page.request.post(`${demoApp.url}api/auth.login`, { headers: { 'X-RehabDesk-Key': key }, data: { username, password } });
  // Three tries lock the account here: below the web host's own throttle (5), which would otherwise hold the
  // officer's later sign-in back for its window even after the unlock.
  const adminToken = ((await (await login('demo-admin-2026', 'admin')).json()) as { data: { token: string } }).data.token;
  await page.request.post(`${demoApp.url}api/auth.setPolicy`, {
    headers: { 'X-RehabDesk-Key': key, Authorization: `Bearer ${adminToken}` },
    data: { lockAfterFailures: 3, idleMinutes: 15 },
  });
  for (let i = 0; i < 3; i++) await login('sai-mat-khau');

  await page.goto(demoApp.url);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('demo-admin-2026');
  await page.keyboard.press('Enter');
  await page.getByRole('navigation').getByRole('link', { name: 'Quản trị', exact: true }).click();
  await page.getByRole('tab', { name: 'Tài khoản' }).click();

  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'officer', exact: true }) });
  await expect(row).toContainText('Bị khóa');
  await expect(row).toContainText('Sai 3 lần liên tiếp');
  await expect(page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'admin', exact: true }) })).toContainText('Bạn');
  await expect(page.getByRole('region', { name: 'Đăng nhập và khóa màn hình' }).getByLabel(/Khóa tài khoản sau/)).toHaveValue('3');
  await shot(page, 'locked-account');

  await row.getByRole('button', { name: 'Mở khóa' }).click();
  await expect(row).toContainText('Bình thường');
  await expect(row).not.toContainText('Sai 3 lần');

  await row.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Mật khẩu tạm thời').fill('ngan');
  await dialog.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  await expect(dialog).toContainText('ít nhất 8 ký tự');
  await dialog.getByLabel('Mật khẩu tạm thời').fill('tam-thoi-2026');
  await dialog.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  await expect(row).toContainText('Chờ đổi mật khẩu');
  await shot(page, 'reset');

  // The officer signs in with the temporary password and is asked for a new one before anything else.
  // Typed only once the sign-out has been answered: the login form is drawn anew when the session ends.
  await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/auth.logout')), page.getByRole('button', { name: 'Đăng xuất' }).click()]);
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await page.getByLabel('Tên đăng nhập').fill('officer');
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('tam-thoi-2026');
  await page.keyboard.press('Enter');
  await page.getByLabel('Mật khẩu hiện tại').fill('tam-thoi-2026');
  await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill('mat-khau-cua-tuan');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-cua-tuan');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByTestId('current-user')).toHaveText('Lê Minh Tuấn');
  expect((await (await login('tam-thoi-2026')).json()).ok).toBe(false);
});
