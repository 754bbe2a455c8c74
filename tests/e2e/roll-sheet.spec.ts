import { addDays, formatDateVN, vnDate } from '../../shared/domain/dates';
import { expect, shot, test } from './fixtures';

/**
 * The roll sheet an officer prints to count on paper first: from the roll screen to an A4 page with the
 * heading, the area and the residents the roll expects, and the same page as a PDF.
 */
test('roll sheet: prints the expected residents of an area for a roll time', async ({ page, demoApp }, info) => {
  const yesterday = vnDate(new Date(Date.now() - 86_400_000));
  await page.goto(demoApp.url);
  await page.getByLabel('Tên đăng nhập').fill('officer');
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('demo-officer-2026');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Điểm danh', exact: true }).click();
  const dateField = page.getByRole('textbox', { name: 'Ngày', exact: true });
  await dateField.fill(formatDateVN(addDays(vnDate(new Date()), -1)));
  await dateField.press('Tab');
  const first = page.getByTestId('roll-list').getByRole('option').first();
  await expect(first).toBeVisible();
  const name = ((await first.locator('p').nth(1).textContent()) ?? '').trim();
  expect(name).not.toBe('');
  const area = (await page.getByRole('combobox', { name: 'Khu', exact: true }).inputValue()).trim();

  await page.getByRole('link', { name: 'In bảng điểm danh' }).click();
  await expect(page).toHaveURL(new RegExp(`/in/diem-danh/\\d+/${yesterday}/morning$`));
  const sheet = page.locator('article');
  await expect(sheet.getByRole('heading', { name: 'BẢNG ĐIỂM DANH HỌC VIÊN' })).toBeVisible();
  await expect(sheet).toContainText(area);
  await expect(sheet).toContainText(`ngày ${formatDateVN(yesterday)}`);
  await expect(sheet.getByRole('cell', { name, exact: true })).toBeVisible();
  await expect(sheet.getByRole('columnheader', { name: 'Có mặt' })).toBeVisible();
  await expect(sheet).toContainText('CÁN BỘ ĐIỂM DANH');

  await page.emulateMedia({ media: 'print' });
  await shot(page, 'print');
  const pdf = await page.pdf({ format: 'A4', path: info.outputPath('roll-sheet.pdf') });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
