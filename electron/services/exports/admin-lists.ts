import dayjs from 'dayjs';
import type { MethodInput } from '../../../shared/contract';
import { productUnitLabels, roleLabels, tradeLevelLabels } from '../../../shared/domain/admin-labels';
import { formatDateVN, vnDate } from '../../../shared/domain/dates';
import type { Ctx } from '../../router/types';
import { listStaff } from '../auth/accounts';
import { listHolidays } from '../settings/handlers';
import { listTrades } from '../training/trades';
import { listProducts } from '../work/products';
import { COUNT, DATE, date, listTitle, xlsxFile, type XlsxFile } from './sheet';
import { vnTime } from './time';

const weekdays = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
const yesNo = (b: boolean, yes: string, no: string) => (b ? yes : no);

/** The staff accounts as the administrator's list shows them (no password hashes: the view never carries them). */
export function usersWorkbook(ctx: Ctx): XlsxFile {
  const today = ctx.today();
  return xlsxFile('tai-khoan', today, [
    {
      name: 'Tài khoản',
      title: listTitle(ctx.sqlite, 'Danh sách tài khoản', today),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Tên đăng nhập', width: 18 },
        { header: 'Họ và tên', width: 28 },
        { header: 'Vai trò', width: 20 },
        { header: 'Trạng thái', width: 16 },
        { header: 'Phải đổi mật khẩu', width: 18 },
        { header: 'Số lần sai liên tiếp', width: 18, numFmt: '0' },
        { header: 'Bị khóa từ', width: 20 },
      ],
      rows: listStaff(ctx).map((u, i) => ({
        cells: [
          i + 1,
          u.username,
          u.fullName,
          roleLabels[u.role],
          yesNo(u.active, 'Đang dùng', 'Đã ngừng'),
          yesNo(u.mustChangePassword, 'Có', 'Không'),
          u.failedLogins,
          u.lockedAt ? `${formatDateVN(vnDate(new Date(u.lockedAt)))} ${vnTime(u.lockedAt)}` : null,
        ],
      })),
    },
  ]);
}

export function tradesWorkbook(ctx: Ctx): XlsxFile {
  const today = ctx.today();
  return xlsxFile('nghe-dao-tao', today, [
    {
      name: 'Nghề đào tạo',
      title: listTitle(ctx.sqlite, 'Danh mục nghề đào tạo', today),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Tên nghề', width: 32 },
        { header: 'Trình độ', width: 16 },
        { header: 'Thời lượng (giờ)', width: 16, numFmt: COUNT },
        { header: 'Trạng thái', width: 16 },
      ],
      rows: listTrades(ctx.sqlite).trades.map((t, i) => ({
        cells: [i + 1, t.name, tradeLevelLabels[t.level], t.durationHours, yesNo(t.active, 'Đang dạy', 'Ngừng dạy')],
      })),
    },
  ]);
}

export function productsWorkbook(ctx: Ctx, input: MethodInput<'products.list'>): XlsxFile {
  const on = input.on ?? ctx.today();
  return xlsxFile('san-pham-lao-dong', ctx.today(), [
    {
      name: 'Sản phẩm',
      title: listTitle(ctx.sqlite, 'Danh mục sản phẩm lao động trị liệu', ctx.today(), [`Đơn giá áp dụng ngày ${formatDateVN(on)}`]),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Sản phẩm', width: 32 },
        { header: 'Đơn vị', width: 12 },
        { header: 'Đơn giá (đồng)', width: 16, numFmt: COUNT },
        { header: 'Áp dụng từ', width: 12, numFmt: DATE },
        { header: 'Các mức đơn giá', width: 50 },
        { header: 'Trạng thái', width: 14 },
      ],
      rows: listProducts(ctx, input).products.map((p, i) => ({
        cells: [
          i + 1,
          p.name,
          productUnitLabels[p.unit],
          p.rateDong,
          date(p.rateFrom),
          p.rates.map((r) => `${r.rateDong.toLocaleString('vi-VN')} đ từ ${formatDateVN(r.validFrom)}`).join('; '),
          yesNo(p.active, 'Đang dùng', 'Ngừng'),
        ],
      })),
    },
  ]);
}

export function holidaysWorkbook(ctx: Ctx): XlsxFile {
  const today = ctx.today();
  const days = [...listHolidays(ctx.sqlite)].sort();
  return xlsxFile('ngay-nghi-le', today, [
    {
      name: 'Ngày nghỉ lễ',
      title: listTitle(ctx.sqlite, 'Ngày nghỉ lễ, Tết', today),
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Ngày', width: 12, numFmt: DATE },
        { header: 'Thứ', width: 12 },
      ],
      rows: days.map((d, i) => ({ cells: [i + 1, date(d), weekdays[dayjs(d).day()] ?? ''] })),
    },
  ]);
}
