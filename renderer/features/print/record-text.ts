import type { TFunction } from 'i18next';
import type { AdmissionRecord } from '../../../shared/contract/admission-record';
import { priorityGroups } from '../../../shared/domain/vocabulary';
import { formatBirth, formatDateVN } from '../../format/format';
import { formatMoney } from './print-text';

type Residence = AdmissionRecord['person']['residence'];

/** "Ấp 3, Xã Xuân Tâm, Tỉnh Đồng Nai (huyện cũ: Xuân Lộc)"; empty when nothing is recorded. */
export function residenceText(t: TFunction, r: Residence): string {
  const place = [r.address, r.commune, r.province].filter(Boolean).join(', ');
  return r.oldDistrict ? `${place} ${t('print.admission.oldDistrict', { name: r.oldDistrict })}` : place;
}

export function citizenIdText(t: TFunction, p: AdmissionRecord['person']): string {
  if (!p.citizenId) return '';
  return p.citizenIdKind === 'cmnd' ? t('print.admission.cmnd', { number: p.citizenId }) : p.citizenId;
}

export const birthText = (p: AdmissionRecord['person']) => formatBirth(p.birthDate, p.birthYear);

/** The legal basis as one sentence of the document. */
export function basisText(t: TFunction, basis: AdmissionRecord['basis']): string {
  if (!basis) return t('print.admission.noBasis');
  switch (basis.kind) {
    case 'court':
      return t('print.admission.court', { number: basis.decisionNumber, date: formatDateVN(basis.decisionDate), court: basis.court, months: basis.termMonths });
    case 'contract': {
      const main = t('print.admission.contract', {
        number: basis.contractNumber,
        signed: formatDateVN(basis.signedOn),
        from: formatDateVN(basis.startsOn),
        to: formatDateVN(basis.endsOn),
        fee: formatMoney(basis.feeDong),
        payer: basis.payer,
      });
      const group = priorityGroups.find((g) => g !== 'none' && g === basis.priorityGroup);
      return group ? `${main} ${t('print.admission.priority', { group: t(`admission.priority.${group}`) })}` : main;
    }
    case 'management':
      return t('print.admission.management', { number: basis.decisionNumber, date: formatDateVN(basis.decisionDate), issuer: basis.issuer });
    case 'referral':
      return t('print.admission.referral', { number: basis.documentNumber ?? '', date: formatDateVN(basis.documentDate), text: basis.description ?? '' });
  }
}
