import { formatNumber } from '../../format/format';

/**
 * The place on the date line of a document (Nghị định 30/2020: the administrative unit where the issuing body
 * sits). The facility's address ends with it: "Xã Quảng Phú, tỉnh Thanh Hóa" → "Thanh Hóa".
 */
export function placeName(address: string): string {
  const last = address.split(',').map((s) => s.trim()).filter(Boolean).at(-1) ?? '';
  return last.replace(/^(tỉnh|thành phố|tp\.?|xã|phường|thị trấn|đặc khu)\s+/iu, '');
}

/**
 * Day, month and year as the date line writes them (Nghị định 30/2020): a day below 10 and the months 1 and 2
 * take a leading zero, other months do not ("ngày 05 tháng 3", "ngày 15 tháng 02").
 */
export function dateParts(date: string): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = date.split('-');
  const m = Number(month);
  return { day, month: m <= 2 ? month : String(m), year };
}

/** Money in đồng the Vietnamese way: 1.872.000 đ. */
export function formatMoney(dong: number): string {
  return `${formatNumber(dong)} đ`;
}
