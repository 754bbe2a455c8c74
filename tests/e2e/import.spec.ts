import type { Page } from '@playwright/test';
import { E2E_ADMIN, newFacility } from './api';
import { expect, shot, test } from './fixtures';
import { buildMessyRegister, messyRegister as reg } from './import-workbook';

async function signIn(page: Page) {
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(E2E_ADMIN.username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(E2E_ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText(E2E_ADMIN.fullName);
}

/** The person the register already holds when the old workbook comes in. */
const existingAdmission = (bedId: number) => ({
  kind: 'compulsory_adult',
  person: {
    fullName: reg.existing.fullName,
    birthDate: '1990-05-01',
    sex: 'male',
    citizenId: reg.existing.citizenId,
    residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' },
  },
  decision: { court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', decisionNumber: '12/2026/QĐ-TA', decisionDate: '2026-01-05', termMonths: 18 },
  broughtInOn: '2026-01-10',
  bedId,
  health: { onArrival: 'Tỉnh táo, không sốt' },
  handover: { handedOverBy: 'Công an xã Xuân Tâm', items: [{ kind: 'document', description: 'Hồ sơ', quantity: 1 }] },
});

/**
 * The administrator brings a messy Excel register in through the wizard: the header is found under the title, the
 * columns are matched by their Vietnamese headers, the unreadable date is named in the preview, the valid rows are
 * imported (the existing person matched, not created twice), the residents show in the list, and undoing the
 * import removes them again.
 */
test('the administrator imports a messy Excel register, finds the residents, then undoes the import', async ({ page, request, app }) => {
  const api = await newFacility(request, app);
  await api.ok('admissions.admit', existingAdmission(api.bedIds[0]!));

  await page.goto(app.url);
  await signIn(page);
  await page.goto(`${app.url}quan-tri`);
  await page.getByRole('tab', { name: 'Nhập từ Excel' }).click();

  // Step 1: a file of another type is refused before anything is sent; then the workbook and its sheet.
  const fileInput = page.locator('input[type="file"]');
  await fileInput.setInputFiles({ name: 'so-cu.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('old') });
  await expect(page.getByText(/Chỉ nhận tệp \.xlsx hoặc \.csv\. Tệp "so-cu\.xls"/)).toBeVisible();
  await fileInput.setInputFiles({ name: reg.fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await buildMessyRegister() });
  await expect(page.getByText(`Đã mở tệp ${reg.fileName}`)).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(`^${reg.sheet} \\(`) }).check();
  await shot(page, '1-file');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // Step 2: the merged two-row header under the title, and the proposed matching.
  await expect(page.getByTestId('import-header-rows')).toHaveText(`Tiêu đề ở dòng ${reg.headerRows[0]}–${reg.headerRows[1]}, dữ liệu từ dòng ${reg.dataFrom}`);
  await expect(page.getByText('Cách ghép đề xuất theo tiêu đề cột')).toBeVisible();
  const fieldOf = (letter: string) => page.getByRole('combobox', { name: `Trường của cột ${letter}` });
  const proposed = { A: 'seq', B: 'fullName', C: 'birthDate', D: 'sex', E: 'citizenId', G: 'decisionNumber', H: 'decisionDate', I: 'court', J: 'admittedOn', K: 'kind', L: 'termMonths', M: 'dischargedOn', N: 'dischargeReason' };
  for (const [letter, field] of Object.entries(proposed)) await expect(fieldOf(letter)).toHaveValue(field);
  // Each field fills one column: giving "Họ và tên" to column F takes it from B, and going on waits for it.
  await fieldOf('F').selectOption('fullName');
  await expect(fieldOf('B')).toHaveValue('');
  await expect(page.getByText('"Họ và tên" đã chuyển từ cột B sang cột F.')).toBeVisible();
  await fieldOf('F').selectOption('residence');
  await expect(page.getByText('Chưa ghép các trường bắt buộc: Họ và tên')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tiếp tục' })).toBeDisabled();
  await fieldOf('B').selectOption('fullName');
  await expect(page.getByText(/Chưa ghép các trường bắt buộc/)).toHaveCount(0);
  await shot(page, '2-mapping');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // Step 3: the counts, and the unreadable date named by row and cell with what the import will do.
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('Số dòng: 5');
  await expect(summary).toContainText('Lỗi: 1');
  await expect(summary).toContainText('Bỏ qua: 1');
  await expect(summary).toContainText('Đã có trong sổ: 1');
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('row', { name: new RegExp(`^${reg.plain.row} .*${reg.plain.fullName}`) })).toContainText(reg.plain.admitted);
  await expect(preview.getByRole('row', { name: new RegExp(`^${reg.existing.row} `) })).toContainText(reg.existing.fullName);
  const problem = preview.getByText(`Cột ${reg.unreadable.letter} (${reg.unreadable.header}):`);
  await expect(problem).toBeVisible();
  await expect(problem.locator('xpath=..')).toContainText(reg.unreadable.text);
  await expect(problem.locator('xpath=..')).toContainText('Xử lý:');
  await shot(page, '3-preview');
  // The matched person opens his file; coming back finds the wizard where it was.
  await preview.getByRole('button', { name: `Mở hồ sơ ${reg.existing.fullName}` }).click();
  await expect(page).toHaveURL(/\/hoc-vien\/\d+$/);
  await expect(page.getByRole('heading', { name: reg.existing.fullName })).toBeVisible();
  await page.goBack();
  await page.getByRole('tab', { name: 'Nhập từ Excel' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('Lỗi: 1');
  await page.getByRole('switch', { name: 'Chỉ dòng có vấn đề' }).check();
  await expect(preview.getByRole('row', { name: new RegExp(`^${reg.plain.row} `) })).toHaveCount(0);
  await expect(preview.getByText(`Cột ${reg.unreadable.letter} (${reg.unreadable.header}):`)).toBeVisible();
  await shot(page, '3-preview-problems');

  // Going back keeps the corrected matching.
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await expect(fieldOf('F')).toHaveValue('residence');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // Step 4: all-or-nothing would import nothing while a row has an error; import the valid rows.
  await page.getByRole('radio', { name: /tất cả hoặc không gì cả/ }).check();
  await expect(page.getByRole('button', { name: 'Nhập vào sổ' })).toBeDisabled();
  await page.getByRole('radio', { name: 'Nhập các dòng hợp lệ, bỏ qua 1 dòng lỗi' }).check();
  await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
  const confirm = page.getByRole('dialog', { name: 'Nhập vào sổ?' });
  await expect(confirm).toContainText(`Sẽ ghi 3 lượt từ tệp ${reg.fileName}`);
  await expect(confirm).toHaveCSS('opacity', '1');
  await shot(page, '4-confirm');
  await confirm.getByRole('button', { name: 'Nhập', exact: true }).click();

  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible();
  await expect(result.getByRole('progressbar', { name: 'Đã nhập 3 / 3 dòng' })).toBeVisible();
  await expect(page.getByTestId('import-result-stays')).toHaveText('3');
  await expect(page.getByTestId('import-result-personsCreated')).toHaveText('2');
  await expect(page.getByTestId('import-result-personsMatched')).toHaveText('1');
  await expect(page.getByTestId('import-result-rowsLeftOut')).toHaveText('1');
  const batch = page.getByTestId('import-batches').getByRole('row', { name: new RegExp(reg.fileName) });
  await expect(batch).toContainText('3 lượt, 2 người mới');
  await shot(page, '4-result');

  // The residents list: the new resident is there (names no longer in upper case).
  await result.getByRole('link', { name: 'Xem danh sách học viên' }).click();
  await page.getByText('Tất cả lượt', { exact: true }).click();
  await page.getByRole('searchbox', { name: 'Tìm học viên' }).fill(reg.plain.citizenId);
  await expect(page.getByRole('row', { name: new RegExp(reg.plain.fullName) })).toBeVisible();
  await shot(page, '5-residents');

  // Undo the import: a reason is asked, and the resident is gone from the list.
  await page.goto(`${app.url}quan-tri`);
  await page.getByRole('tab', { name: 'Nhập từ Excel' }).click();
  await batch.getByRole('button', { name: 'Hoàn tác' }).click();
  const undo = page.getByRole('dialog', { name: `Hoàn tác lần nhập ${reg.fileName}` });
  await expect(undo.getByRole('button', { name: 'Hoàn tác lần nhập' })).toBeDisabled();
  await expect(undo).toHaveCSS('opacity', '1');
  await undo.getByRole('textbox', { name: 'Lý do hoàn tác' }).fill('Nhập nhầm sổ năm 2024, sẽ nhập lại sau khi sửa');
  await shot(page, '6-undo');
  await undo.getByRole('button', { name: 'Hoàn tác lần nhập' }).click();
  await expect(page.getByText('Đã hoàn tác: xóa 3 lượt, 2 người.')).toBeVisible();
  await expect(batch).toContainText('Đã hoàn tác lúc');
  await shot(page, '6-undone');

  await page.getByRole('navigation').getByRole('link', { name: 'Học viên', exact: true }).click();
  await page.getByText('Tất cả lượt', { exact: true }).click();
  await page.getByRole('searchbox', { name: 'Tìm học viên' }).fill(reg.plain.citizenId);
  await expect(page.getByTestId('residents-count')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(reg.plain.fullName) })).toHaveCount(0);
  // The person who was already in the register stays.
  await page.getByRole('searchbox', { name: 'Tìm học viên' }).fill(reg.existing.citizenId);
  await expect(page.getByTestId('residents-count')).toHaveText(/^1 /);
  await expect(page.getByRole('row', { name: new RegExp(reg.existing.fullName) })).toHaveCount(1);
});
