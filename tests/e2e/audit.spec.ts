import ExcelJS from 'exceljs';
import { E2E_HEAD, newFacility } from './api';
import { expect, shot, test } from './fixtures';

/**
 * The head reads the audit log: filters it by action, opens a correction to see the record before and after side
 * by side with the changed field marked, and checks that the hash chain of the whole log is intact.
 */
test('the head filters the audit log, sees a before/after and verifies the chain', async ({ page, request, app }) => {
  const api = await newFacility(request, app);
  const { stayId } = (await api.ok('admissions.admit', {
    kind: 'compulsory_adult',
    person: { fullName: 'Nguyễn Văn Hùng', birthDate: '1990-05-01', sex: 'male', citizenId: '079090001234', residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' } },
    decision: { court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', decisionNumber: '12/2026/QĐ-TA', decisionDate: '2026-01-05', termMonths: 18 },
    broughtInOn: '2026-01-10',
    bedId: api.bedIds[0],
    health: { onArrival: 'Tỉnh táo, không sốt' },
    handover: { handedOverBy: 'Công an xã Xuân Tâm', items: [{ kind: 'document', description: 'Hồ sơ', quantity: 1 }] },
  })) as { stayId: number };
  const personId = ((await api.ok('residents.get', { stayId })).person as { id: number }).id;
  await api.ok('persons.correct', { personId, reason: 'Ghi sai dấu theo CCCD', changes: { fullName: 'Nguyễn Văn Hưng' } });

  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(E2E_HEAD.username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(E2E_HEAD.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText(E2E_HEAD.fullName);
  await page.goto(`${app.url}quan-tri`);
  await page.getByRole('tab', { name: 'Nhật ký thao tác' }).click();
  const table = page.getByTestId('audit-table');
  await expect(table.getByRole('row', { name: /Tiếp nhận học viên/ }).first()).toBeVisible();

  await page.getByRole('combobox', { name: 'Thao tác' }).fill('Sửa nhân');
  await page.getByRole('option', { name: 'Sửa nhân thân' }).click();
  await expect(page.getByTestId('audit-count')).toHaveText('1 dòng');
  await expect(table.getByRole('row', { name: /Tiếp nhận học viên/ })).toHaveCount(0);
  const correction = table.getByRole('row', { name: /Sửa nhân thân/ });
  await expect(correction).toContainText('Ghi sai dấu theo CCCD');
  await correction.getByRole('button').click();

  const diff = page.getByRole('dialog').getByTestId('audit-diff');
  const changed = diff.locator('tr[data-kind="changed"]');
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText('fullName');
  await expect(changed.getByRole('cell').nth(1)).toHaveText('Nguyễn Văn Hùng');
  await expect(changed.getByRole('cell').nth(2)).toHaveText('Nguyễn Văn Hưng');
  await shot(page, 'before-after');
  await page.getByRole('button', { name: 'Đóng' }).click();

  // The filtered log exports as it is shown: the one correction, its before and after in the file.
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^nhat-ky-thao-tac-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const lines: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => lines.push((row.values as unknown[]).slice(1)));
  const header = lines.findIndex((l) => l[0] === 'Số');
  expect(lines.slice(header + 1)).toHaveLength(1);
  expect(lines[header + 1]).toContain('persons.correct');
  expect(lines[header + 1]).toContain('Ghi sai dấu theo CCCD');

  await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  const result = page.getByTestId('audit-verify-result');
  await expect(result).toContainText('Nhật ký toàn vẹn');
  const rows = (await api.ok('audit.list', { limit: 1 })).total as number;
  await expect(result).toContainText(`Đã kiểm tra ${rows} dòng: chuỗi mã băm khớp`);
  await shot(page, 'verified');
});
