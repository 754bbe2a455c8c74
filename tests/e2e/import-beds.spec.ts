import { E2E_ADMIN, newFacility } from './api';
import { expect, shot, test } from './fixtures';

/**
 * Present residents of an imported register go to the rooms it names: the preview shows each one's bed, or why it
 * has none, and after the import the bed board shows them in their beds.
 */
const csv = [
  'STT;Họ và tên;Năm sinh;Giới tính;Ngày vào;Hình thức;Thời hạn (tháng);Khu;Phòng',
  '1;LÊ VĂN AN;1990;Nam;01/06/2026;Bắt buộc;18;Khu A;Phòng 1',
  '2;TRẦN VĂN BÌNH;1991;Nam;02/06/2026;Bắt buộc;18;A;P.01',
  '3;PHẠM VĂN DŨNG;1993;Nam;04/06/2026;Bắt buộc;18;Khu A;Phòng 9',
].join('\r\n');

test('an imported register puts its present residents in the rooms it names, and says who could not be placed', async ({ page, request, app }) => {
  await newFacility(request, app); // Khu A, male, compulsory: Phòng 1 (P01) with 4 beds
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(E2E_ADMIN.username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(E2E_ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText(E2E_ADMIN.fullName);
  await page.goto(`${app.url}quan-tri`);
  await page.getByRole('tab', { name: 'Nhập từ Excel' }).click();
  await page.locator('input[type="file"]').setInputFiles({ name: 'so-giuong.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByText('Đã mở tệp so-giuong.csv')).toBeVisible();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('combobox', { name: 'Trường của cột H' })).toHaveValue('area');
  await expect(page.getByRole('combobox', { name: 'Trường của cột I' })).toHaveValue('room');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('row', { name: /^2 .*Lê Văn An/ })).toContainText('A-P01-G01');
  await expect(preview.getByRole('row', { name: /^3 .*Trần Văn Bình/ })).toContainText('A-P01-G02');
  await expect(preview.getByText('Sổ ghi Khu A, Phòng 9: không có phòng "Phòng 9" trên sơ đồ giường')).toBeVisible();
  await shot(page, '1-preview-beds');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('radio', { name: /tất cả hoặc không gì cả/ }).check();
  await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
  await page.getByRole('dialog', { name: 'Nhập vào sổ?' }).getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(page.getByTestId('import-result-bedsAssigned')).toHaveText('2');

  await page.goto(`${app.url}giuong`);
  const room = page.getByRole('main');
  await expect(room.getByText('Lê Văn An')).toBeVisible();
  await expect(room.getByText('Trần Văn Bình')).toBeVisible();
  await shot(page, '2-board');
});
