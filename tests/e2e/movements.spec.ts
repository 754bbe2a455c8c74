import type { APIRequestContext, Page } from '@playwright/test';
import { addDays, addMonths, formatDateVN, vnDate } from '../../shared/domain/dates';
import { expect, shot, test, type AppUnderTest } from './fixtures';
import { apiClient } from './api';
import { pick } from './select';

/**
 * The duty officer's movements on one resident's profile: to hospital (no bed move offered or accepted) and
 * back; an escape noticed 12 days late and the return today move the release date 12 days; the return, entered
 * wrongly, is cancelled by a reversal with a reason and shown struck through beside it.
 */

const today = vnDate(new Date());
const ADMIN = { username: 'quantri', fullName: 'Lê Thị Mai', password: 'mat-khau-du-dai' };
const broughtInOn = addDays(today, -40);

async function api(request: APIRequestContext, app: AppUnderTest) {
  const { call, ok, signIn } = await apiClient(request, app);
  await ok('setup.create', {
    facility: { name: 'Cơ sở cai nghiện ma túy số 1', governingUnit: 'Công an tỉnh Đồng Nai', address: 'Xã Xuân Tâm', designCapacity: 300 },
    admin: ADMIN,
  });
  await signIn(ADMIN.username, ADMIN.password);
  const areaId = (await ok('beds.createArea', { code: 'A', name: 'Khu A', purpose: 'compulsory', sex: 'male' })).id;
  const bedIds = (await ok('beds.createRoom', { areaId, code: 'P01', name: 'Phòng 1', designCapacity: 4, workingCapacity: 4, bedCount: 4 })).bedIds as number[];
  const stayId = (
    await ok('admissions.admit', {
      kind: 'compulsory_adult',
      person: { fullName: 'Nguyễn Văn Hùng', birthDate: '1990-05-01', sex: 'male', citizenId: '079090001234', residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' } },
      decision: { court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', decisionNumber: '12/2026/QĐ-TA', decisionDate: addDays(broughtInOn, -5), termMonths: 18 },
      broughtInOn,
      bedId: bedIds[0],
      health: { onArrival: 'Tỉnh táo, không sốt' },
      handover: { handedOverBy: 'Đại úy Lê Văn Bình', items: [] },
    })
  ).stayId as number;
  return { call, stayId, bedIds };
}

async function signIn(page: Page, app: AppUnderTest) {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(ADMIN.username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText(ADMIN.fullName);
}

const field = (page: Page, name: string) => page.getByRole('dialog').getByRole('textbox', { name, exact: true });

async function openRecord(page: Page, type: string) {
  await page.getByRole('button', { name: 'Ghi diễn biến' }).click();
  await pick(page.getByRole('dialog').getByRole('combobox', { name: 'Loại diễn biến' }), type);
}

async function save(page: Page) {
  await page.getByRole('dialog').getByRole('button', { name: 'Ghi diễn biến' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

const badge = (page: Page) => page.getByRole('main').locator('.mantine-Badge-root').first();
const releaseFigure = (page: Page) => page.getByRole('group', { name: 'Ngày dự kiến chấp hành xong' });

test('hospital and back, a late escape moving the release date, and a reversal', async ({ page, app }) => {
  const { call, stayId, bedIds } = await api(page.request, app);
  await signIn(page, app);
  await page.goto(`${app.url}hoc-vien/${stayId}`);
  const release = addMonths(broughtInOn, 18);
  await expect(releaseFigure(page)).toContainText(formatDateVN(release));

  // The hospital trip, entered afterwards: taken 20 days ago, back 15 days ago (before the escape below).
  await openRecord(page, 'Chuyển viện');
  await field(page, 'Ngày xảy ra').fill(formatDateVN(addDays(today, -20)));
  await field(page, 'Bệnh viện chuyển đến').fill('Bệnh viện Đa khoa Đồng Nai');
  await shot(page, '01-to-hospital-form');
  await save(page);
  await expect(badge(page)).toHaveText('Đang nằm viện');

  // In hospital: the form offers the return (and escape, discharge is elsewhere), never a bed move, and the back end refuses one.
  await page.getByRole('button', { name: 'Ghi diễn biến' }).click();
  await page.getByRole('dialog').getByRole('combobox', { name: 'Loại diễn biến' }).click();
  await expect(page.getByRole('option')).toHaveText(['Từ bệnh viện trở về', 'Bỏ trốn']);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();
  const move = await call('beds.move', { stayId, toBedId: bedIds[1], reason: 'Thử chuyển' });
  expect(move.ok).toBe(false);
  expect(move.error?.message).toContain('đang nằm viện');

  await openRecord(page, 'Từ bệnh viện trở về');
  await field(page, 'Ngày xảy ra').fill(formatDateVN(addDays(today, -15)));
  await save(page);
  await expect(badge(page)).toHaveText('Có mặt');
  await expect(releaseFigure(page)).toContainText(formatDateVN(release));

  // An escape noticed late: it happened 12 days ago at night, with the head's search decision.
  const escapedOn = addDays(today, -12);
  await openRecord(page, 'Bỏ trốn');
  await field(page, 'Ngày xảy ra').fill(formatDateVN(escapedOn));
  await page.getByRole('dialog').getByLabel('Giờ xảy ra').fill('21:30');
  await field(page, 'Số quyết định truy tìm').fill('05/QĐ-CS');
  await save(page);
  await expect(badge(page)).toHaveText('Bỏ trốn');

  await openRecord(page, 'Trở lại cơ sở');
  await field(page, 'Lý do / ghi chú').fill('Gia đình đưa trở lại cơ sở');
  await save(page);
  await expect(badge(page)).toHaveText('Có mặt');
  await expect(releaseFigure(page)).toContainText(formatDateVN(addDays(release, 12)));
  await shot(page, '02-release-moved');

  // The return was entered by mistake: cancel it with a reason; it stays on the list, struck through.
  await page.getByRole('button', { name: 'Hủy bỏ (ghi đảo)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ghi đảo' }).click();
  await expect(page.getByRole('dialog')).toContainText('Lý do hủy bỏ: không được để trống');
  await page.getByRole('dialog').getByRole('textbox', { name: 'Lý do hủy bỏ' }).fill('Nhầm học viên, người trở lại là người khác');
  await page.getByRole('dialog').getByRole('button', { name: 'Ghi đảo' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(badge(page)).toHaveText('Bỏ trốn');
  const returned = page.getByRole('row').filter({ hasText: 'Gia đình đưa trở lại cơ sở' });
  await expect(returned).toHaveCSS('text-decoration-line', 'line-through');
  await expect(returned).toContainText('Đã hủy bỏ');
  await expect(page.getByRole('row').filter({ hasText: 'Nhầm học viên' })).toContainText('Hủy bỏ diễn biến ngày');
  await shot(page, '03-reversal');
});
