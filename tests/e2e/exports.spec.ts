import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { registerColumns } from '../../shared/domain/import/register-columns';
import { expect, shot, test } from './fixtures';

/** An officer narrows the residents list, exports it with "Xuất Excel" and gets the register the import reads back. */

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').fill('officer');
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill('demo-officer-2026');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toBeVisible();
}

async function download(page: Page, choice: string) {
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: choice }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { fileName: file.suggestedFilename(), rows };
}

test('the residents list exports to Excel with the register’s headers and the rows on screen', async ({ page, demoApp }) => {
  await signIn(page, demoApp.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Học viên', exact: true }).click();
  const count = page.getByTestId('residents-count');
  await expect(count).toBeVisible();
  const firstRow = page.getByRole('row').filter({ has: page.getByRole('cell') }).first();
  await expect(firstRow).toBeVisible();
  const onScreen = await firstRow.innerText();
  const shown = Number((await count.innerText()).replace(/\D/g, ''));
  await shot(page, 'residents-list');

  const list = await download(page, 'Danh sách đang hiển thị (theo bộ lọc)');
  expect(list.fileName).toMatch(/^hoc-vien-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(list.rows[0]![0]).toBe('CƠ SỞ CAI NGHIỆN MA TÚY SỐ 2 (DỮ LIỆU MẪU)');
  const headerAt = list.rows.findIndex((r) => r[0] === 'STT');
  expect(list.rows[headerAt]).toEqual(registerColumns.map((c) => c.header));
  const data = list.rows.slice(headerAt + 1);
  expect(data).toHaveLength(shown);
  const col = (h: string) => registerColumns.findIndex((c) => c.header === h);
  const first = data[0]!;
  expect(first[col('STT')]).toBe(1);
  // The first resident on screen is the first row of the file: his name and file number.
  expect(onScreen).toContain(first[col('Họ và tên')] as string);
  expect(onScreen).toContain(first[col('Số hồ sơ')] as string);
  expect(first[col('Ngày vào')]).toBeInstanceOf(Date);
  expect(['Nam', 'Nữ']).toContain(first[col('Giới tính')]);

  const register = await download(page, 'Toàn bộ sổ quản lý: mọi lượt, kể cả đã ra cơ sở');
  expect(register.fileName).toMatch(/^so-quan-ly-hoc-vien-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const stays = register.rows.slice(register.rows.findIndex((r) => r[0] === 'STT') + 1);
  expect(stays.length).toBeGreaterThan(shown);
  expect(stays.some((r) => r[col('Ngày ra')] instanceof Date)).toBe(true);
});
