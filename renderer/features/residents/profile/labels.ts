import type { i18n as I18n, TFunction } from 'i18next';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { formatBirth } from '../../../format/format';

type Residence = ResidentProfile['person']['permanentResidence'];

/**
 * A stored code in the words of a translation group (marital status, priority group, notice kind…); a value
 * written before codes existed, or imported from paper, is shown as it was written.
 */
export function codeLabel(t: TFunction, i18n: I18n, group: string, value: string | null): string | null {
  if (value === null) return null;
  const key = `${group}.${value}`;
  return i18n.exists(key) ? (t as (k: string) => string)(key) : value;
}

/** "Tổ 3, Phường Long Khánh (Thị xã Long Khánh cũ), Tỉnh Đồng Nai" */
export function residenceText(r: Residence, t: TFunction): string {
  const commune = r.commune && r.oldDistrict ? `${r.commune} (${t('profile.oldDistrict', { district: r.oldDistrict })})` : r.commune;
  return [r.address, commune, r.province].filter(Boolean).join(', ');
}

export function birthText(person: ResidentProfile['person'], t: TFunction): string {
  return person.birthDate ? formatBirth(person.birthDate, person.birthYear) : t('profile.birthYearOnly', { year: person.birthYear });
}
