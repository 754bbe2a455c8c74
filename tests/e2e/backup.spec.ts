import type { Page } from '@playwright/test';
import { E2E_ADMIN, newFacility } from './api';
import { expect, shot, test } from './fixtures';

const person = (fullName: string, citizenId: string) => ({
  fullName,
  birthDate: '1990-05-01',
  sex: 'male',
  citizenId,
  residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' },
});
const admission = (bedId: number, fullName: string, citizenId: string) => ({
  kind: 'compulsory_adult',
  person: person(fullName, citizenId),
  decision: { court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', decisionNumber: '12/2026/QĐ-TA', decisionDate: '2026-01-05', termMonths: 18 },
  broughtInOn: '2026-01-10',
  bedId,
  health: { onArrival: 'Tỉnh táo, không sốt' },
  handover: { handedOverBy: 'Công an xã Xuân Tâm', items: [{ kind: 'document', description: 'Hồ sơ', quantity: 1 }] },
});

async function signIn(page: Page) {
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(E2E_ADMIN.username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(E2E_ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText(E2E_ADMIN.fullName);
}

/**
 * The administrator backs up, later checks that copy and restores it: everyone is signed out, and after signing in
 * again the resident admitted after the copy is no longer in the register.
 */
test('the administrator backs up, inspects and restores a copy; what came after it is gone', async ({ page, request, app }) => {
  const api = await newFacility(request, app);
  await api.ok('admissions.admit', admission(api.bedIds[0]!, 'Nguyễn Văn Trước', '079090001234'));

  await page.goto(app.url);
  await signIn(page);
  await page.goto(`${app.url}quan-tri`);
  await page.getByRole('tab', { name: 'Sao lưu' }).click();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText(/^Đã sao lưu: rehabdesk-manual-/)).toBeVisible();
  const row = page.getByRole('row', { name: /Sao lưu ngay/ });
  await expect(row).toHaveCount(1);
  await shot(page, 'backed-up');

  await api.ok('admissions.admit', admission(api.bedIds[1]!, 'Trần Văn Sau', '079090005678'));

  await row.getByRole('button', { name: 'Kiểm tra' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Kiểm tra toàn vẹn: tốt')).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Cơ sở/ }).first()).toContainText('Cơ sở cai nghiện ma túy số 1');
  await expect(dialog.getByRole('row', { name: /Số lượt cai nghiện/ })).toContainText('1');
  const restore = dialog.getByRole('button', { name: 'Khôi phục' });
  await expect(restore).toBeDisabled();
  await dialog.getByRole('textbox', { name: /Gõ KHÔI PHỤC để xác nhận/ }).fill('KHÔI PHỤC');
  await shot(page, 'inspected');
  await restore.click();

  await expect(page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true })).toBeVisible();
  await expect(page.getByText(/Đã khôi phục dữ liệu từ rehabdesk-manual-.*Hãy đăng nhập lại/)).toBeVisible();
  await shot(page, 'signed-out');
  // The API's session ended too.
  expect((await api.call('residents.list', {})).error?.code).toBe('unauthenticated');

  await signIn(page);
  await page.goto(`${app.url}hoc-vien`);
  await expect(page.getByText('Nguyễn Văn Trước')).toBeVisible();
  await expect(page.getByText('Trần Văn Sau')).toHaveCount(0);
  await shot(page, 'after-restore');
});
