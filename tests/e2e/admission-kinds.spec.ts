import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { addDays, addMonths, addWorkingDays, formatDateVN, vnDate } from '../../shared/domain/dates';
import { expect, shot, test, type AppUnderTest } from './fixtures';
import { apiClient } from './api';

/**
 * Every kind of admission through the one admission screen, as an officer does it, on a facility whose areas the
 * administrator built first; then a person held while the file was prepared comes back under the court decision,
 * is found by citizen ID and re-admitted, and the profile shows both stays. The printed records are looked at too.
 */

const today = vnDate(new Date());
const OFFICER = { username: 'canbo', fullName: 'Phạm Thị Thu', password: 'can-bo-tiep-nhan-1' };

/** The back end as the administrator sees it, through the web host's API. */
async function api(request: APIRequestContext, app: AppUnderTest) {
  const { ok: call, signIn } = await apiClient(request, app);
  await call('setup.create', {
    facility: { name: 'Cơ sở cai nghiện ma túy số 1', governingUnit: 'Công an tỉnh Thanh Hóa', address: 'Xã Quảng Phú, tỉnh Thanh Hóa', designCapacity: 400 },
    admin: { username: 'quantri', fullName: 'Lê Thị Mai', password: 'mat-khau-du-dai' },
  });
  await signIn('quantri', 'mat-khau-du-dai');
  await call('users.create', { ...OFFICER, role: 'officer' });
  for (const [code, purpose] of [['A', 'compulsory'], ['TN', 'minors'], ['TV', 'voluntary'], ['T', 'temporary']] as const) {
    const areaId = (await call('beds.createArea', { code, name: `Khu ${code}`, purpose, sex: 'male' })).id;
    await call('beds.createRoom', { areaId, code: 'P01', name: 'Phòng 1', designCapacity: 4, workingCapacity: 4, bedCount: 4 });
  }
  return call;
}

async function signIn(page: Page, app: AppUnderTest) {
  await page.goto(app.url);
  await field(page, 'Tên đăng nhập').fill(OFFICER.username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(OFFICER.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText(OFFICER.fullName);
}

/** A text input by its label (Mantine's required asterisk is not part of the name). */
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

async function date(page: Page, label: string, iso: string) {
  await field(page, label).fill(formatDateVN(iso));
  await page.keyboard.press('Escape');
}

interface Person {
  fullName: string;
  birthDate: string;
  citizenId: string;
}

async function startAdmission(page: Page, kind: RegExp) {
  await page.getByRole('navigation').getByRole('link', { name: 'Tiếp nhận', exact: true }).click();
  await page.getByRole('radio', { name: kind }).click();
}

async function fillPerson(page: Page, p: Person) {
  await field(page, 'Họ và tên').fill(p.fullName);
  await date(page, 'Ngày sinh', p.birthDate);
  await page.getByRole('radio', { name: 'Nam', exact: true }).check();
  await field(page, 'Số CCCD').fill(p.citizenId);
  await page.getByRole('combobox', { name: 'Tỉnh/thành phố' }).fill('thanh hoa');
  await page.getByRole('option', { name: 'Tỉnh Thanh Hóa' }).click();
  await field(page, 'Xã/phường').fill('Xã Quảng Phú');
}

async function fillArrival(page: Page, broughtInOn: string, items: { kind: string; text: string }[] = []) {
  await date(page, 'Ngày đưa vào cơ sở', broughtInOn);
  await field(page, 'Tình trạng sức khỏe khi tiếp nhận').fill('Tỉnh táo, thể trạng gầy, không sốt');
  await field(page, 'Người bàn giao (họ tên, đơn vị)').fill('Đại úy Lê Văn Bình, Công an xã Quảng Phú');
  for (const [i, item] of items.entries()) {
    await page.getByRole('button', { name: `+ Thêm ${item.kind}` }).click();
    // The new row takes the focus: the officer types its description straight away.
    await page.keyboard.type(item.text);
    await expect(field(page, `Tên, mô tả ${i + 1}`)).toHaveValue(item.text);
  }
}

async function chooseBed(page: Page, bed: string) {
  await page.getByRole('combobox', { name: 'Giường' }).click();
  await page.getByRole('option', { name: bed }).click();
}

const notice = (page: Page) => page.locator('.mantine-Notification-root');

/** Saves the admission; the notice says what was done and what falls due, and the profile opens. */
async function submit(page: Page, fileNumber: string, name: string, says: string[] = []) {
  await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  await expect(notice(page)).toContainText(`Đã tiếp nhận ${name}, số hồ sơ ${fileNumber}.`);
  for (const text of says) await expect(notice(page)).toContainText(text);
  await expect(page).toHaveURL(/\/hoc-vien\/\d+$/);
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

async function closeNotice(page: Page) {
  await notice(page).getByRole('button').first().click();
  await expect(notice(page)).toHaveCount(0);
}

const year = today.slice(0, 4);
const file = (n: number) => `${year}/${String(n).padStart(4, '0')}`;

test('an officer admits each kind of resident from the one admission screen, and prints the records', async ({ page, app, request }) => {
  await api(request, app);
  await signIn(page, app);

  // A compulsory adult, with documents and a valuable on the handover list.
  await startAdmission(page, /^Bắt buộc \(người thành niên\)/);
  await fillPerson(page, { fullName: 'Nguyễn Văn Hùng', birthDate: '1990-03-15', citizenId: '038090001234' });
  await field(page, 'Tòa án').fill('Tòa án nhân dân khu vực 1 - Thanh Hóa');
  await field(page, 'Số quyết định').fill('125/2026/QĐ-TA');
  await date(page, 'Ngày quyết định', addDays(today, -10));
  await field(page, 'Thời hạn (tháng)').fill('30');
  await fillArrival(page, today, [
    { kind: 'giấy tờ', text: 'Quyết định 125/2026/QĐ-TA' },
    { kind: 'tài sản có giá trị', text: 'Nhẫn vàng 18K' },
  ]);
  await chooseBed(page, 'A-P01-G01');
  await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  // 30 months is outside the law's 12–24: said under the term, with the article; nothing else is lost.
  await expect(field(page, 'Thời hạn (tháng)')).toHaveAccessibleDescription(/từ 12 đến 24 tháng \(Luật Xử lý vi phạm hành chính, Điều 95\)/);
  await expect(field(page, 'Tên, mô tả 2')).toHaveValue('Nhẫn vàng 18K');
  await shot(page, '01-compulsory-adult-term-refused');
  await field(page, 'Thời hạn (tháng)').fill('24');
  await submit(page, file(1), 'Nguyễn Văn Hùng', [`Được thăm gặp từ ${formatDateVN(addDays(today, 15))}`]);
  await shot(page, '02-compulsory-adult-profile');

  // The handover record (Mẫu 40) prints on A4 with every item, from the link in the notice.
  await page.getByRole('link', { name: 'In biên bản bàn giao', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'BIÊN BẢN BÀN GIAO' })).toBeVisible();
  await expect(page.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeVisible();
  await expect(page.getByRole('row', { name: /Tài sản có giá trị Nhẫn vàng 18K 1/ })).toBeVisible();
  await closeNotice(page);
  await shot(page, '03-print-handover');
  await printed(page, '03-handover');
  await page.getByRole('link', { name: 'In phiếu tiếp nhận', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'PHIẾU TIẾP NHẬN HỌC VIÊN' })).toBeVisible();
  await expect(page.getByText(`Thanh Hóa, ngày ${formatDateVN(today).slice(0, 2)} tháng`)).toBeVisible();
  await shot(page, '04-print-admission');
  await printed(page, '04-admission');
  await page.getByRole('link', { name: /Quay lại hồ sơ/ }).click();

  // A minor, 12 to under 18, in the minors' area.
  await startAdmission(page, /^Bắt buộc \(từ đủ 12/);
  await fillPerson(page, { fullName: 'Lê Văn Tí', birthDate: addDays(addMonths(today, -16 * 12), -3), citizenId: '038210001111' });
  await field(page, 'Tòa án').fill('Tòa án nhân dân khu vực 1 - Thanh Hóa');
  await field(page, 'Số quyết định').fill('130/2026/QĐ-TA');
  await date(page, 'Ngày quyết định', addDays(today, -5));
  await field(page, 'Thời hạn (tháng)').fill('9');
  await fillArrival(page, today);
  await chooseBed(page, 'TN-P01-G01');
  await shot(page, '05-compulsory-minor-form');
  await submit(page, file(2), 'Lê Văn Tí');
  await closeNotice(page);

  // A voluntary resident by contract: the commune must hear of it within 5 working days.
  await startAdmission(page, /^Tự nguyện/);
  await fillPerson(page, { fullName: 'Trần Đức Anh', birthDate: '1995-07-20', citizenId: '038095002222' });
  await field(page, 'Số hợp đồng').fill('08/2026/HĐ-CNTN');
  await date(page, 'Ngày ký', today);
  await date(page, 'Ngày kết thúc', addMonths(today, 6));
  await field(page, 'Chi phí (đồng)').fill('1872000');
  await field(page, 'Người/đơn vị chi trả').fill('Gia đình (bà Trần Thị Hoa, mẹ)');
  await fillArrival(page, today);
  await chooseBed(page, 'TV-P01-G01');
  await shot(page, '06-voluntary-form');
  await submit(page, file(3), 'Trần Đức Anh', [`Thông báo cho xã trước ${formatDateVN(addWorkingDays(today, 5))}`]);
  await closeNotice(page);

  // Held while the compulsory file is prepared (Mẫu 36), in the temporary area.
  await startAdmission(page, /^Đang lập hồ sơ/);
  await fillPerson(page, { fullName: 'Đỗ Văn Nam', birthDate: '1988-01-02', citizenId: '038088003333' });
  await field(page, 'Số quyết định').fill('31/QĐ-UBND');
  await date(page, 'Ngày quyết định', today);
  await field(page, 'Cơ quan/người ra quyết định').fill('Chủ tịch UBND xã Quảng Phú');
  await fillArrival(page, today);
  await chooseBed(page, 'T-P01-G01');
  await submit(page, file(4), 'Đỗ Văn Nam');
  await closeNotice(page);

  // An addiction-status assessment: the result is due within 5 days.
  await startAdmission(page, /^Xác định tình trạng nghiện/);
  await fillPerson(page, { fullName: 'Vũ Minh Khoa', birthDate: '1999-09-09', citizenId: '038099004444' });
  await field(page, 'Số văn bản').fill('102/CV-CAX');
  await date(page, 'Ngày văn bản', today);
  await field(page, 'Cơ quan đề nghị').fill('Công an xã Quảng Phú');
  await fillArrival(page, today);
  await chooseBed(page, 'T-P01-G02');
  await shot(page, '07-assessment-form');
  await submit(page, file(5), 'Vũ Minh Khoa', [`Có kết quả xác định trước ${formatDateVN(addDays(today, 5))}`]);
  await shot(page, '08-assessment-profile');
});

test('a person held while the file was prepared is found by citizen ID and re-admitted under the court decision', async ({ page, app, request }) => {
  const call = await api(request, app);
  const board = (await call('beds.board', {})) as unknown as { code: string; rooms: { beds: { id: number }[] }[] }[];
  const temporaryBed = board.find((a) => a.code === 'T')?.rooms[0]?.beds[0]?.id;
  const heldSince = addDays(today, -20);
  await call('admissions.admit', {
    kind: 'pending_decision',
    person: { fullName: 'Hoàng Văn Sơn', birthDate: '1985-06-30', sex: 'male', citizenId: '038085005555', residence: { province: 'Tỉnh Thanh Hóa', commune: 'Xã Quảng Phú' } },
    management: { decisionNumber: '40/QĐ-UBND', decisionDate: heldSince, issuer: 'Chủ tịch UBND xã Quảng Phú' },
    broughtInOn: heldSince,
    bedId: temporaryBed,
    health: { onArrival: 'Bình thường' },
    handover: { handedOverBy: 'Công an xã Quảng Phú' },
  });
  await signIn(page, app);

  await startAdmission(page, /^Bắt buộc \(người thành niên\)/);
  await field(page, 'Số CCCD').fill('038085005555');
  const found = page.getByRole('region', { name: 'Người đã có trong sổ' });
  await expect(found.getByText('Hoàng Văn Sơn')).toBeVisible();
  await expect(found).toContainText('Trùng số CCCD');
  await expect(found).toContainText(`${file(1)} · Đang lập hồ sơ · vào ${formatDateVN(heldSince)} · Có mặt`);
  await shot(page, '01-returning-found');
  await found.getByRole('button', { name: 'Đúng người này: tiếp nhận lại' }).click();
  // The register's details fill the empty identity fields.
  await expect(field(page, 'Họ và tên')).toHaveValue('Hoàng Văn Sơn');
  await expect(page.getByText('Tiếp nhận lại Hoàng Văn Sơn')).toBeVisible();

  await field(page, 'Tòa án').fill('Tòa án nhân dân khu vực 1 - Thanh Hóa');
  await field(page, 'Số quyết định').fill('140/2026/QĐ-TA');
  await date(page, 'Ngày quyết định', addDays(today, -1));
  await field(page, 'Thời hạn (tháng)').fill('18');
  await fillArrival(page, today);
  await chooseBed(page, 'A-P01-G01');
  await shot(page, '02-returning-confirmed');
  await submit(page, file(2), 'Hoàng Văn Sơn', [`Đã trừ 20 ngày bị quản lý khi lập hồ sơ; lượt ${file(1)} đã kết thúc.`]);
  await closeNotice(page);
  // Both stays on the profile: this one, and the earlier one in the person's history.
  await expect(page.getByText(file(2)).first()).toBeVisible();
  await expect(page.getByRole('link', { name: file(1) })).toBeVisible();
  await shot(page, '03-profile-both-stays');
});

/**
 * The page as the printer sees it: a screenshot in print media as wide as the A4 text area (210 mm less the
 * 30 + 15 mm margins, at 96 dpi) and as tall as one page's, so lines break as on paper; and an A4 PDF, turned
 * into PNGs to look at where pdftoppm is installed.
 */
async function printed(page: Page, name: string) {
  const screen = page.viewportSize();
  await page.setViewportSize({ width: Math.round((165 / 25.4) * 96), height: Math.round((257 / 25.4) * 96) });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'In / Print' })).toBeHidden();
  await shot(page, `${name}-print-media`);
  if (screen) await page.setViewportSize(screen);
  const dir = path.resolve('artifacts/print');
  mkdirSync(dir, { recursive: true });
  const pdf = path.join(dir, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  if (existsSync('/usr/bin/pdftoppm')) execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', pdf, path.join(dir, name)]);
}
