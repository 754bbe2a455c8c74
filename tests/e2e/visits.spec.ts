import type { APIRequestContext, Page } from '@playwright/test';
import { addDays, formatDateVN, vnDate } from '../../shared/domain/dates';
import { expect, shot, test, type AppUnderTest } from './fixtures';
import { apiClient } from './api';

/**
 * Visits as the duty officer records them on the profile: a visit in the first 15 days after admission is refused
 * with the rule and its citation, and goes in only as an exception with a reason; a visit within the rules, with
 * money handed in, appears in the log. The overview shows an assessment kept past its legal limit.
 */

const today = vnDate(new Date());
const OFFICER = { username: 'canbo', fullName: 'Phạm Thị Thu', password: 'can-bo-truc-ban-1' };

/** Sets the facility up through the web host's API and admits three residents with past dates. */
async function seed(request: APIRequestContext, app: AppUnderTest): Promise<Record<'recent' | 'settled' | 'assessed', number>> {
  const { ok: call, signIn } = await apiClient(request, app);
  await call('setup.create', {
    facility: { name: 'Cơ sở cai nghiện ma túy số 1', governingUnit: 'Công an tỉnh Thanh Hóa', address: 'Xã Quảng Phú, tỉnh Thanh Hóa', designCapacity: 400 },
    admin: { username: 'quantri', fullName: 'Lê Thị Mai', password: 'mat-khau-du-dai' },
  });
  await signIn('quantri', 'mat-khau-du-dai');
  await call('users.create', { ...OFFICER, role: 'officer' });
  const beds: Record<string, number[]> = {};
  for (const [code, purpose] of [['A', 'compulsory'], ['T', 'temporary']] as const) {
    const areaId = (await call('beds.createArea', { code, name: `Khu ${code}`, purpose, sex: 'male' })).id;
    beds[code] = (await call('beds.createRoom', { areaId, code: 'P01', name: 'Phòng 1', designCapacity: 4, workingCapacity: 4, bedCount: 4 })).bedIds as number[];
  }
  const admit = async (fullName: string, citizenId: string, daysAgo: number, bedId: number, basis: Record<string, unknown>) => {
    const broughtInOn = addDays(today, -daysAgo);
    const r = await call('admissions.admit', {
      person: { fullName, birthDate: '1990-05-01', sex: 'male', citizenId, residence: { province: 'Thanh Hóa', commune: 'Quảng Phú', address: 'Thôn 3' } },
      broughtInOn,
      bedId,
      health: { onArrival: 'Tỉnh táo, không sốt' },
      handover: { handedOverBy: 'Công an xã Quảng Phú', items: [{ kind: 'document', description: 'Hồ sơ', quantity: 1 }] },
      ...basis,
    });
    return r.stayId as number;
  };
  const court = (daysAgo: number) => ({
    kind: 'compulsory_adult',
    decision: { court: 'Tòa án nhân dân khu vực 1 - Thanh Hóa', decisionNumber: `${daysAgo}/2026/QĐ-TA`, decisionDate: addDays(today, -daysAgo - 3), termMonths: 18 },
  });
  return {
    recent: await admit('Nguyễn Văn Hùng', '038090001111', 5, beds.A?.[0] ?? 0, court(5)),
    settled: await admit('Trần Văn Nam', '038090002222', 30, beds.A?.[1] ?? 0, court(30)),
    assessed: await admit('Lê Văn Tâm', '038090003333', 6, beds.T?.[0] ?? 0, {
      kind: 'assessment',
      referral: { documentNumber: '102/CV-CAX', documentDate: addDays(today, -7), issuer: 'Công an xã Quảng Phú' },
    }),
  };
}

async function signIn(page: Page, app: AppUnderTest) {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(OFFICER.username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(OFFICER.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText(OFFICER.fullName);
}

async function openProfile(page: Page, app: AppUnderTest, stayId: number) {
  await page.goto(`${app.url}hoc-vien/${stayId}`);
  await expect(page.getByRole('region', { name: 'Thăm gặp' })).toBeVisible();
}

async function fillVisitor(page: Page, name: string, relation: string, idNumber: string) {
  const dialog = page.getByRole('dialog');
  const row = dialog.getByTestId('visitor-row').last();
  await row.getByRole('textbox', { name: 'Họ tên' }).fill(name);
  await row.getByRole('textbox', { name: 'Quan hệ' }).fill(relation);
  await row.getByRole('textbox', { name: 'Số CCCD' }).fill(idNumber);
}

test('a visit in the first 15 days is refused, and recorded only as an exception with a reason', async ({ page, app, request }) => {
  const stays = await seed(request, app);
  await signIn(page, app);
  await openProfile(page, app, stays.recent);
  const card = page.getByRole('region', { name: 'Thăm gặp' });
  await expect(card).toContainText('Chưa có lần thăm gặp nào.');

  await card.getByRole('button', { name: 'Ghi thăm gặp' }).click();
  const dialog = page.getByRole('dialog');
  await fillVisitor(page, 'Nguyễn Thị Lan', 'Mẹ', '038065004321');
  await dialog.getByRole('button', { name: 'Lưu lần thăm' }).click();
  const refusal = dialog.getByRole('alert').filter({ hasText: 'Lần thăm này trái quy định' });
  await expect(refusal).toContainText(
    `Không thăm gặp trong 15 ngày đầu sau khi vào cơ sở: ngày thăm là ngày thứ 6, được thăm từ ngày ${formatDateVN(addDays(today, 10))}. Căn cứ: Nghị định 116/2021/NĐ-CP (thăm gặp).`,
  );
  await shot(page, '01-refused');

  // As an exception: the reason is required, then the visit is kept with it.
  await refusal.getByRole('checkbox', { name: 'Ghi là ngoại lệ' }).check();
  await dialog.getByRole('button', { name: 'Ghi là ngoại lệ' }).click();
  await expect(dialog.getByText('Lý do cho thăm ngoài quy định: bắt buộc để ghi lần thăm là ngoại lệ')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Lý do cho thăm ngoài quy định' }).fill('Mẹ ốm nặng, Trưởng Cơ sở đồng ý');
  await shot(page, '02-exception-reason');
  await dialog.getByRole('button', { name: 'Ghi là ngoại lệ' }).click();
  await expect(dialog).toBeHidden();
  const row = card.getByTestId('visit');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(formatDateVN(today));
  await expect(row).toContainText('Nguyễn Thị Lan (Mẹ) · 038065004321');
  await expect(row).toContainText('Ngoại lệ');
  await expect(row).toContainText('Mẹ ốm nặng, Trưởng Cơ sở đồng ý');
  await shot(page, '03-exception-logged');
});

test('a visit within the rules, with money handed in, appears in the log; the overview shows an overdue assessment', async ({ page, app, request }) => {
  const stays = await seed(request, app);
  await signIn(page, app);
  await openProfile(page, app, stays.settled);
  const card = page.getByRole('region', { name: 'Thăm gặp' });
  await card.getByRole('button', { name: 'Ghi thăm gặp' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Thời gian (phút)' }).fill('90');
  await fillVisitor(page, 'Trần Thị Hoa', 'Vợ', '038092005555');
  await dialog.getByRole('button', { name: 'Thêm tiền gửi' }).click();
  const money = dialog.getByTestId('handed-in-row').last();
  await money.getByRole('textbox', { name: 'Nội dung' }).fill('Tiền mặt gửi lưu ký');
  await money.getByRole('textbox', { name: 'Số tiền (đồng)' }).fill('1872000');
  await expect(money.getByRole('textbox', { name: 'Số tiền (đồng)' })).toHaveValue('1.872.000 đ');
  await expect(dialog).toContainText('tài khoản lưu ký');
  await shot(page, '01-visit-form');
  await dialog.getByRole('button', { name: 'Lưu lần thăm' }).click();
  await expect(dialog).toBeHidden();
  const row = card.getByTestId('visit');
  await expect(row).toContainText('90 phút');
  await expect(row).toContainText('Trần Thị Hoa (Vợ)');
  await expect(row).toContainText('Tiền mặt gửi lưu ký: 1.872.000 đ');
  await expect(row).not.toContainText('Ngoại lệ');
  await shot(page, '02-visit-logged');

  await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Cần xử lý' });
  const alert = panel.getByTestId('alert').filter({ hasText: 'Lê Văn Tâm' });
  await expect(alert).toContainText('Quá hạn xác định tình trạng nghiện');
  await expect(alert).toContainText(`từ ${formatDateVN(addDays(today, -6))}, tối đa 5 ngày (đến ${formatDateVN(addDays(today, -1))}): quá 1 ngày`);
  await expect(alert).toContainText('Căn cứ: Thông tư 18/2021/TT-BYT, Điều 5');
  await expect(panel.getByTestId('alert-count-assessment_overdue')).toContainText('1');
  await shot(page, '03-overview-alerts');
  await alert.getByRole('link', { name: /Lê Văn Tâm/ }).click();
  await expect(page.getByRole('region', { name: 'Thăm gặp' })).toBeVisible();
});
