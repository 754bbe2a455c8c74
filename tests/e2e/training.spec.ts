import type { APIRequestContext, Page } from '@playwright/test';
import { addDays, addMonths, formatDateVN, vnDate } from '../../shared/domain/dates';
import { newFacility } from './api';
import { expect, shot, test, type AppUnderTest } from './fixtures';
import { pick } from './select';

/**
 * A trainer's class end to end: she opens a welding class, enrols three residents (one already trained on an
 * earlier compulsory stay, so flagged and enrolled only with a reason), takes today's attendance with the resident
 * in hospital marked by his movement, records results and certificates, finishes the class and prints the roster.
 */

const today = vnDate(new Date());
const TRAINER = { username: 'giaovien', fullName: 'Phạm Thị Hồng', password: 'giao-vien-han-2026' };
/** ISO weekday of today (Monday 1 … Sunday 7): the class meets today. */
const weekday = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
const weekdayNames = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

async function setUp(request: APIRequestContext, app: AppUnderTest) {
  const { ok, bedIds } = await newFacility(request, app);
  const trainerId = (await ok('users.create', { ...TRAINER, role: 'trainer' })).id as number;
  const tradeId = (await ok('trades.create', { name: 'Hàn điện', level: 'so_cap', durationHours: 300 })).id as number;
  const admit = async (fullName: string, citizenId: string, bedId: number, broughtInOn: string, personId?: number) =>
    (await ok('admissions.admit', {
      kind: 'compulsory_adult',
      person: { fullName, birthDate: '1991-07-15', sex: 'male', citizenId, residence: { province: 'Đồng Nai', commune: 'Xuân Tâm', address: 'Ấp 3' } },
      ...(personId ? { personId } : {}),
      decision: { court: 'Tòa án nhân dân khu vực 1 - Đồng Nai', decisionNumber: '30/2024/QĐ-TA', decisionDate: addDays(broughtInOn, -5), termMonths: 12 },
      broughtInOn,
      bedId,
      health: { onArrival: 'Tỉnh táo' },
      handover: { handedOverBy: 'Đại úy Lê Văn Bình', items: [] },
    })) as { stayId: number; personId: number };

  // Tuấn's first stay, 30 months ago: trained in welding, passed, discharged at the end of his term.
  const firstOn = addMonths(today, -30);
  const first = await admit('Lê Văn Tuấn', '079091003333', bedIds[2]!, firstOn);
  const oldStart = addMonths(today, -28);
  const oldClass = (
    await ok('classes.create', {
      tradeId,
      name: 'Hàn điện K1',
      trainerId,
      place: 'Xưởng hàn',
      startsOn: oldStart,
      endsOn: addDays(oldStart, 60),
      schedule: [{ weekday: 1, start: '08:00', hours: 3 }],
      capacity: 10,
    })
  ).id as number;
  await ok('classes.setStatus', { classId: oldClass, status: 'running' });
  await ok('classes.enrol', { classId: oldClass, enrolledOn: oldStart, stays: [{ stayId: first.stayId }] });
  const oldEnrolment = ((await ok('classes.get', { classId: oldClass })).enrolments as { id: number }[])[0]!.id;
  await ok('classes.recordResults', {
    classId: oldClass,
    results: [{ enrolmentId: oldEnrolment, result: 'pass', certificateNumber: 'HAN-2024/001', certificateDate: addDays(oldStart, 60) }],
  });
  await ok('classes.setStatus', { classId: oldClass, status: 'finished' });
  await ok('discharge.record', {
    stayId: first.stayId,
    reason: 'completed',
    occurredAt: `${addMonths(firstOn, 12)}T08:00:00+07:00`,
    settlement: { items: [], roadMealDays: 0, fareDong: 0, clothes: false, certificateHandedOver: true },
  });

  // Today: Hùng, Nam (in hospital since yesterday) and Tuấn again, on a new compulsory stay.
  const broughtInOn = addDays(today, -40);
  await admit('Nguyễn Văn Hùng', '079091001111', bedIds[0]!, broughtInOn);
  const nam = await admit('Trần Văn Nam', '079091002222', bedIds[1]!, broughtInOn);
  await admit('Lê Văn Tuấn', '079091003333', bedIds[2]!, broughtInOn, first.personId);
  await ok('movements.record', { stayId: nam.stayId, type: 'to_hospital', occurredAt: `${addDays(today, -1)}T15:00:00+07:00`, destination: 'Bệnh viện Đa khoa Đồng Nai' });
}

async function signIn(page: Page, app: AppUnderTest) {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }).fill(TRAINER.username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(TRAINER.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText(TRAINER.fullName);
}

async function choose(page: Page, label: string, option: string) {
  await pick(page.getByRole('dialog').getByRole('combobox', { name: label, exact: true }), option);
}

test('a trainer opens a class, enrols one flagged resident, takes attendance, records results and prints the roster', async ({ page, app }) => {
  await setUp(page.request, app);
  await signIn(page, app);
  await page.getByRole('navigation').getByRole('link', { name: 'Dạy nghề', exact: true }).click();
  await page.getByRole('tab', { name: 'Lớp học' }).click();

  await page.getByRole('button', { name: 'Mở lớp' }).click();
  const form = page.getByRole('dialog');
  await choose(page, 'Nghề', 'Hàn điện (Sơ cấp, 300 giờ)');
  await form.getByRole('textbox', { name: 'Tên lớp' }).fill('Hàn điện K2');
  await form.getByRole('textbox', { name: 'Phòng học / xưởng' }).fill('Xưởng hàn');
  await form.getByRole('textbox', { name: 'Ngày khai giảng' }).fill(formatDateVN(today));
  await form.getByRole('textbox', { name: 'Ngày kết thúc' }).fill(formatDateVN(addMonths(today, 3)));
  await choose(page, 'Thứ', weekdayNames[weekday - 1]!);
  await form.getByRole('textbox', { name: 'Giờ bắt đầu' }).fill('07:00');
  await form.getByRole('textbox', { name: 'Số giờ' }).fill('3');
  await form.getByRole('textbox', { name: 'Sĩ số tối đa' }).fill('25');
  await shot(page, '01-open-class');
  await form.getByRole('button', { name: 'Mở lớp' }).click();
  await expect(page.getByRole('heading', { name: 'Hàn điện K2' })).toBeVisible();

  // Enrol all three: Tuấn was trained on his earlier stay, so he needs a reason (one-time state funding).
  await page.getByRole('button', { name: 'Ghi danh học viên' }).click();
  const enrol = page.getByRole('dialog');
  for (const name of ['Nguyễn Văn Hùng', 'Trần Văn Nam', 'Lê Văn Tuấn']) await enrol.getByRole('checkbox', { name: new RegExp(name) }).check();
  await expect(enrol).toContainText('Đã học nghề ở lượt trước: Hàn điện, lớp Hàn điện K1');
  await enrol.getByRole('button', { name: 'Ghi danh' }).click();
  await expect(enrol).toContainText('ghi lý do vẫn cho học');
  await enrol.getByRole('textbox', { name: 'Lý do vẫn cho học: Lê Văn Tuấn' }).fill('Học lại để thi tay nghề bậc cao, gia đình tự chi trả');
  await shot(page, '02-enrol-flagged');
  await enrol.getByRole('button', { name: 'Ghi danh' }).click();
  await expect(page.getByText('Đã ghi danh 3 học viên vào lớp, 0 học viên vào danh sách chờ.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Lê Văn Tuấn' })).toContainText('Đã học nghề ở lượt trước');
  await page.getByRole('button', { name: 'Bắt đầu lớp' }).click();
  await expect(page.getByText('Lớp đã bắt đầu.')).toBeVisible();

  // Today's session: Nam is in hospital, marked so by his movement and not switchable to present.
  await page.getByRole('navigation').getByRole('link', { name: 'Dạy nghề', exact: true }).click();
  await page.getByTestId('home-today').getByRole('link', { name: 'Điểm danh' }).click();
  const sheet = page.getByTestId('attendance-sheet');
  await expect(sheet).toContainText('Trần Văn Nam');
  await expect(page.getByRole('switch', { name: 'Có mặt: Trần Văn Nam' })).toBeDisabled();
  await expect(page.getByRole('row').filter({ hasText: 'Trần Văn Nam' })).toContainText('Đang nằm viện');
  await expect(page.getByRole('row').filter({ hasText: 'Trần Văn Nam' })).toContainText('Theo diễn biến');
  await page.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await expect(page.getByTestId('attendance-taken')).toBeVisible();
  await expect(page.getByTestId('attendance-counts')).toContainText('Có mặt 2 · Vắng 1');
  await shot(page, '03-attendance');

  // Results: Hùng and Tuấn pass with certificates, Nam fails; then the class is finished.
  await page.getByTestId('attendance-class').click();
  await page.getByRole('button', { name: 'Ghi kết quả' }).click();
  await page.getByLabel('Kết quả Nguyễn Văn Hùng').selectOption('Đạt');
  await page.getByRole('textbox', { name: 'Số chứng chỉ Nguyễn Văn Hùng' }).fill('HAN-2026/001');
  await page.getByRole('textbox', { name: 'Ngày cấp Nguyễn Văn Hùng' }).fill(formatDateVN(today));
  await page.getByLabel('Kết quả Lê Văn Tuấn').selectOption('Đạt');
  await page.getByRole('textbox', { name: 'Số chứng chỉ Lê Văn Tuấn' }).fill('HAN-2026/002');
  await page.getByRole('textbox', { name: 'Ngày cấp Lê Văn Tuấn' }).fill(formatDateVN(today));
  await page.getByLabel('Kết quả Trần Văn Nam').selectOption('Không đạt');
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByText('Đã lưu kết quả của 3 học viên.')).toBeVisible();
  await page.getByRole('button', { name: 'Kết thúc lớp' }).click();
  await expect(page.getByText('Lớp đã kết thúc.')).toBeVisible();
  await shot(page, '04-class-finished');

  await page.getByRole('link', { name: 'In danh sách lớp' }).click();
  const roster = page.locator('article');
  await expect(roster).toContainText('Hàn điện K2');
  await expect(roster).toContainText('HAN-2026/001');
  await expect(roster).toContainText('Lê Văn Tuấn');
  await expect(roster).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await shot(page, '05-roster');
});
