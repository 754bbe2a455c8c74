import type { i18n as I18n, TFunction } from 'i18next';
import type { ResidentProfile } from '../../../../shared/contract/residents';
import { formatDateVN } from '../../../format/format';
import { codeLabel, residenceText } from './labels';

/** The label each correctable field has on the screens that show it. */
const labelKeys: Record<string, string> = {
  fullName: 'admission.fullName',
  otherNames: 'admission.otherNames',
  birthDate: 'admission.birthDate',
  birthYear: 'admission.birthYear',
  citizenId: 'admission.citizenId',
  citizenIdKind: 'profile.citizenIdKindLabel',
  ethnicity: 'admission.ethnicity',
  religion: 'admission.religion',
  education: 'admission.education',
  occupation: 'admission.occupation',
  maritalStatus: 'admission.maritalStatus',
  permanentResidence: 'admission.residence',
  currentResidence: 'admission.currentResidence',
  drugsUsed: 'admission.drugsUsed',
  yearsOfUse: 'admission.yearsOfUse',
  previousRehabCount: 'admission.previousRehabCount',
  court: 'profile.courtName',
  decisionNumber: 'profile.decisionNumber',
  issuer: 'admission.issuer',
  contractNumber: 'admission.contractNumber',
  payer: 'admission.payer',
  priorityGroup: 'profile.priorityGroup',
};

const tr = (t: TFunction, key: string) => (t as (k: string) => string)(key);

export function correctionFieldLabel(t: TFunction, field: string): string {
  const key = labelKeys[field];
  return key ? tr(t, key) : field;
}

/** A value as it read before or after a correction, in the words the profile uses. */
export function correctionValueText(t: TFunction, i18n: I18n, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return tr(t, 'correction.empty');
  if (field === 'birthDate' && typeof value === 'string') return formatDateVN(value);
  if (field === 'maritalStatus' && typeof value === 'string') return codeLabel(t, i18n, 'admission.marital', value) ?? value;
  if (field === 'priorityGroup' && typeof value === 'string') return codeLabel(t, i18n, 'admission.priority', value) ?? value;
  if (field === 'citizenIdKind' && typeof value === 'string') return codeLabel(t, i18n, 'profile.citizenIdKind', value) ?? value;
  if (typeof value === 'object') return residenceText(value as ResidentProfile['person']['currentResidence'], t);
  return String(value);
}
