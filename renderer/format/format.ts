import { formatDateVN, vnDate } from '../../shared/domain/dates';

/** Numbers the Vietnamese way whatever the interface language: 1.091 and 108,7. */
const numberFormat = new Intl.NumberFormat('vi-VN');

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export { formatDateVN };

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An ISO instant as Vietnam's date and time: "05/03/2026 14:30". */
export function formatInstantVN(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDateVN(vnDate(d))} ${timeFormat.format(d)}`;
}

/** The Vietnamese calendar date of an ISO instant: "05/03/2026". */
export function formatInstantDateVN(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatDateVN(vnDate(d));
}

/** A birth date when known, else the birth year old records carry. */
export function formatBirth(birthDate: string | null, birthYear: number): string {
  return birthDate ? formatDateVN(birthDate) : String(birthYear);
}
