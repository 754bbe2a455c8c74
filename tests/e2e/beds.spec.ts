import type { Locator, Page } from '@playwright/test';
import { formatDateVN, vnDate } from '../../shared/domain/dates';
import { expect, shot, test } from './fixtures';

/**
 * Beds end to end on the demo facility: the administrator builds a minors' area with a room (working capacity
 * from the floor area) and takes a bed out of service; an officer's move into it is refused with the rule and
 * the article, and a move within the compulsory area goes through and shows on the board and in the resident
 * list; the head then overrides the rule with a reason and the board marks it; the bed's history names who
 * was in the old bed today.
 */

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toBeVisible();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
}

async function goBeds(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Giường', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Giường', exact: true })).toBeVisible();
}

/** Narrows the board to some areas with its filter (rooms far off screen are not painted until scrolled to). */
async function showOnly(page: Page, names: (string | RegExp)[]): Promise<void> {
  const filter = page.getByRole('combobox', { name: 'Khu', exact: true });
  for (const name of names) {
    await filter.click();
    await page.getByRole('option', { name }).click();
  }
  await page.keyboard.press('Escape');
}

const area = (page: Page, code: string): Locator => page.locator(`section[aria-label^="${code} · "]`);
const cell = (page: Page, code: string, room: string, bed: string): Locator =>
  area(page, code).getByRole('group', { name: new RegExp(`^${code}-${room} `) }).getByTitle(new RegExp(`^Giường ${bed}:`));

test('beds: areas and rooms, a refused placement, a move, the head\'s override and the bed\'s history', async ({ page, demoApp }) => {
  const today = formatDateVN(vnDate(new Date()));
  await page.goto(demoApp.url);

  // The administrator adds a minors' area with a 36 m² room: the working capacity comes from 6 m² per person.
  await signIn(page, 'admin', 'demo-admin-2026');
  await goBeds(page);
  await page.getByRole('button', { name: 'Thêm khu' }).click();
  const areaDialog = page.getByRole('dialog', { name: 'Thêm khu' });
  await areaDialog.getByLabel('Mã khu').fill('M');
  await areaDialog.getByLabel('Tên khu').fill('Khu thử người chưa thành niên');
  await areaDialog.getByRole('combobox', { name: 'Mục đích' }).click();
  await page.getByRole('option', { name: 'Người từ đủ 12 đến dưới 18 tuổi' }).click();
  await areaDialog.getByRole('radio', { name: 'Nam' }).check();
  await areaDialog.getByRole('button', { name: 'Thêm khu' }).click();
  await expect(areaDialog).toBeHidden();
  await area(page, 'M').getByRole('button', { name: 'Thêm phòng' }).click();
  const roomDialog = page.getByRole('dialog');
  await roomDialog.getByLabel('Mã phòng').fill('P01');
  await roomDialog.getByLabel('Tên phòng').fill('Phòng 1');
  await roomDialog.getByLabel('Diện tích (m²)').fill('36');
  await roomDialog.getByLabel('Công suất thiết kế').fill('6');
  await roomDialog.getByLabel('Số giường').fill('4');
  await expect(roomDialog.getByText('36 m² ÷ 6 m²/người = 6 người (Nghị định 116/2021/NĐ-CP, Điều 6)')).toBeVisible();
  await shot(page, '01-room-form');
  await roomDialog.getByRole('button', { name: 'Thêm phòng' }).click();
  await expect(roomDialog).toBeHidden();
  await expect(area(page, 'M')).toContainText('Công suất thực tế 6 / thiết kế 6 · 4 giường · 36 m²');

  // A broken bed goes out of service with its reason.
  await cell(page, 'M', 'P01', 'G04').click();
  const bedDialog = page.getByRole('dialog', { name: 'Giường M-P01-G04' });
  await bedDialog.getByRole('tab', { name: 'Quản trị' }).click();
  await bedDialog.getByLabel(/^Lý do/).fill('Hỏng khung giường, chờ sửa chữa');
  await bedDialog.getByRole('button', { name: 'Ngừng sử dụng' }).click();
  await expect(bedDialog).toBeHidden();
  await expect(cell(page, 'M', 'P01', 'G04')).toHaveAttribute('data-status', 'out');
  await showOnly(page, ['M · Khu thử người chưa thành niên', 'VTN · Khu người chưa thành niên']);
  await expect(page.locator('section[aria-label]')).toHaveCount(2);
  await shot(page, '02-admin-minors-area');
  await signOut(page);

  // An officer tries to move an adult from the compulsory area into the minors' area: refused, with the article.
  await signIn(page, 'officer', 'demo-officer-2026');
  await goBeds(page);
  const firstTaken = area(page, 'A').locator('[data-status="occupied"]:not([title*="—"])').first();
  const oldTitle = (await firstTaken.getAttribute('title')) ?? '';
  const name = oldTitle.split(': ')[1] ?? '';
  const oldBed = oldTitle.split(':')[0]?.replace('Giường ', '') ?? '';
  const oldRoomLabel = (await firstTaken.locator('xpath=ancestor::div[@role="group"][1]').getAttribute('aria-label')) ?? '';
  const oldRoom = oldRoomLabel.split(' ')[0]?.split('-')[1] ?? '';
  await firstTaken.click();
  const moveDialog = page.getByRole('dialog', { name: /^Giường A-/ });
  await expect(moveDialog.getByText(name, { exact: true })).toBeVisible();
  await moveDialog.getByRole('combobox', { name: 'Chuyển đến giường' }).fill('M-P01-G01');
  await page.getByRole('option', { name: 'M-P01-G01' }).click();
  await moveDialog.getByLabel(/^Lý do/).fill('Sắp xếp lại phòng');
  await moveDialog.getByRole('button', { name: 'Chuyển giường' }).click();
  await expect(moveDialog.getByRole('alert')).toContainText(
    'Khu này chỉ dành cho người từ đủ 12 đến dưới 18 tuổi, không dành cho diện cai nghiện của người thành niên (Luật Phòng, chống ma túy 2021, Điều 35 khoản 2)',
  );
  await expect(moveDialog.getByLabel(/Trưởng Cơ sở quyết định/)).toHaveCount(0);
  await shot(page, '03-refused-placement');

  // Moved within the compulsory area instead: the board and the resident list follow.
  await moveDialog.getByRole('combobox', { name: 'Chuyển đến giường' }).fill('A-P0');
  const target = page.getByRole('option').first();
  const newLabel = (await target.textContent()) ?? '';
  await target.click();
  await moveDialog.getByRole('button', { name: 'Chuyển giường' }).click();
  await expect(page.getByText(`Đã chuyển ${name} sang giường ${newLabel}.`)).toBeVisible();
  const [, newRoom, newBed] = newLabel.split('-');
  await expect(cell(page, 'A', newRoom ?? '', newBed ?? '')).toHaveAttribute('title', `Giường ${newBed}: ${name}`);
  await shot(page, '04-moved');
  await page.getByRole('navigation').getByRole('link', { name: 'Học viên', exact: true }).click();
  await page.getByLabel('Tìm học viên').fill(name);
  await expect(page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) }).first()).toContainText(newLabel);
  await signOut(page);

  // The head places him in the minors' area against the rule, with a reason: the board marks the override.
  await signIn(page, 'head', 'demo-head-2026');
  await goBeds(page);
  await cell(page, 'A', newRoom ?? '', newBed ?? '').click();
  const headDialog = page.getByRole('dialog', { name: `Giường ${newLabel}` });
  await headDialog.getByRole('combobox', { name: 'Chuyển đến giường' }).fill('M-P01-G01');
  await page.getByRole('option', { name: 'M-P01-G01' }).click();
  const reason = 'Khu A đang sửa chữa, Trưởng Cơ sở quyết định bố trí tạm';
  await headDialog.getByLabel(/^Lý do/).fill(reason);
  await headDialog.getByLabel(/Trưởng Cơ sở quyết định xếp trái quy định/).check();
  await headDialog.getByRole('button', { name: 'Chuyển giường' }).click();
  await expect(page.getByText(`Đã xếp ${name} vào giường M-P01-G01 theo quyết định của Trưởng Cơ sở.`)).toBeVisible();
  const overridden = cell(page, 'M', 'P01', 'G01');
  await expect(overridden).toHaveAttribute('data-override', 'true');
  await expect(overridden).toHaveAttribute('title', new RegExp(`${name} — xếp trái quy định theo quyết định của Trưởng Cơ sở: ${reason}`));
  await showOnly(page, ['M · Khu thử người chưa thành niên']);
  await shot(page, '05-override-marked');

  // The old bed's history names him for today, from the movements.
  await showOnly(page, [/^A · /]);
  await cell(page, 'A', oldRoom, oldBed).click();
  const historyDialog = page.getByRole('dialog', { name: /^Giường A-/ });
  await historyDialog.getByRole('tab', { name: 'Lịch sử giường' }).click();
  await expect(historyDialog.getByTestId('bed-history-on')).toContainText(`Ngày ${today}: ${name}`);
  await shot(page, '06-bed-history');

  // Privacy mode: initials only.
  await page.keyboard.press('Escape');
  await page.getByRole('switch', { name: 'Chỉ hiện chữ viết tắt tên' }).check({ force: true });
  await expect(overridden.locator('span').nth(1)).toHaveText(/^([A-ZĐÂĂÊÔƠƯ\p{Lu}]\.)+$/u);
  await expect(area(page, 'M')).not.toContainText(name);
  await area(page, 'M').scrollIntoViewIfNeeded();
  await shot(page, '07-privacy');
});
