import type { TFunction } from 'i18next';
import type { AdmissionRecord } from '../../../shared/contract/admission-record';
import type { DischargeRecord } from './DischargePrint';
import { residenceText } from './record-text';

type Discharge = NonNullable<DischargeRecord['current']>;

/** The discharge a paper prints: the one in force, else the latest undone one (its certificate then shows voided). */
export function printedDischarge(d: DischargeRecord, withCertificate = false): Discharge | null {
  if (d.current && (!withCertificate || d.current.certificate)) return d.current;
  if (!withCertificate) return d.current;
  return [...d.undone].reverse().find((u) => u.certificate) ?? null;
}

/** The court that decided, as the copies and the notices name it. */
export function courtName(t: TFunction, r: AdmissionRecord): string {
  return r.basis?.kind === 'court' ? r.basis.court : t('discharge.print.courtFallback');
}

/** "Ủy ban nhân dân Xã Quảng Phú, Tỉnh Thanh Hóa", or the generic name when no commune is recorded. */
export function communeName(t: TFunction, r: AdmissionRecord): string {
  const c = r.person.residence;
  const place = [c.commune, c.province].filter(Boolean).join(', ');
  return place ? t('discharge.print.communeOf', { commune: place }) : t('discharge.print.communeFallback');
}

/** The family member a notice is addressed to: the first contact of the admission record. */
export function familyName(t: TFunction, r: AdmissionRecord): string {
  const c = r.person.familyContacts[0];
  return c ? t('discharge.print.familyOf', { name: c.name, relation: c.relation }) : t('discharge.print.familyFallback');
}

/** Where the person lives, or a dotted line to fill in by hand. */
export function residenceOrBlank(t: TFunction, r: AdmissionRecord): string {
  return residenceText(t, r.person.residence) || t('print.blank');
}
