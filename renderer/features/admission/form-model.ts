import type { AdmitInput } from '../../../shared/contract/admissions';
import type { maritalStatuses, priorityGroups } from '../../../shared/domain/vocabulary';
import type { handoverItemKinds } from '../../../shared/contract/admission-record';
import type { Sex } from '../../../shared/contract/fields';
import { vnDate } from '../../../shared/domain/dates';
import type { StayKind } from '../../../shared/domain/vocabulary';
import { required, requiredNumber } from '../../components/form-values';

/**
 * The admission form's values and how they become the contract's input. Empty optional inputs are left out;
 * empty required ones are sent absent so the back end answers with its own message under the field.
 */
export type ItemKind = (typeof handoverItemKinds)[number];

const residence = () => ({ province: null as string | null, commune: '', oldDistrict: '', address: '' });
export type ResidenceValues = ReturnType<typeof residence>;

/** A list row carries a key of its own so React keeps each row's inputs when another row is removed. */
let rowKey = 0;
const nextKey = () => `row-${++rowKey}`;

export const newContact = () => ({ key: nextKey(), name: '', relation: '', phone: '', address: '' });
export const newItem = (kind: ItemKind) => ({ key: nextKey(), kind, description: '', quantity: 1 as number | string, note: '' });

export function initialValues() {
  // Residents are usually entered on the day they are brought in.
  const today = vnDate(new Date());
  return {
    kind: null as StayKind | null,
    personId: null as number | null,
    confirmNewPerson: false,
    person: {
      fullName: '',
      otherNames: '',
      birthUnknown: false,
      birthDate: null as string | null,
      birthYear: '' as number | string,
      sex: '' as Sex | '',
      physicalSexDiffers: false,
      citizenId: '',
      ethnicity: '',
      religion: '',
      education: '',
      occupation: '',
      maritalStatus: null as (typeof maritalStatuses)[number] | null,
      residence: residence(),
      sameAsPermanent: true,
      currentResidence: residence(),
      familyContacts: [] as ReturnType<typeof newContact>[],
      drugsUsed: '',
      yearsOfUse: '' as number | string,
      previousRehabCount: '' as number | string,
      photo: null as { mime: 'image/jpeg' | 'image/png' | 'image/webp'; base64: string } | null,
    },
    decision: { court: '', decisionNumber: '', decisionDate: null as string | null, termMonths: '' as number | string },
    heldDays: '' as number | string,
    contract: {
      contractNumber: '',
      signedOn: null as string | null,
      startsOn: null as string | null,
      endsOn: null as string | null,
      feeDong: '' as number | string,
      payer: '',
      priorityGroup: 'none' as (typeof priorityGroups)[number],
    },
    management: { decisionNumber: '', decisionDate: null as string | null, issuer: '' },
    referral: { documentNumber: '', documentDate: null as string | null, issuer: '' },
    broughtInOn: today as string | null,
    bedId: null as number | null,
    override: false,
    overrideReason: '',
    health: { onArrival: '', hiv: false, tuberculosis: false, hepatitis: false, mentalDisorder: false, infectiousGroupAB: false },
    handover: { handedOverBy: '', receivedOn: null as string | null, note: '', items: [] as ReturnType<typeof newItem>[] },
  };
}

export type AdmissionValues = ReturnType<typeof initialValues>;

const optional = (s: string) => s.trim() || undefined;
const optionalNumber = (v: number | string) => (typeof v === 'number' ? v : undefined);

function residenceInput(r: ResidenceValues) {
  return { province: required(r.province), commune: r.commune, oldDistrict: optional(r.oldDistrict), address: optional(r.address) };
}

function personInput(p: AdmissionValues['person']): AdmitInput['person'] {
  return {
    fullName: p.fullName,
    otherNames: optional(p.otherNames),
    ...(p.birthUnknown ? { birthYear: requiredNumber(p.birthYear) } : { birthDate: required(p.birthDate) }),
    sex: required(p.sex),
    physicalSexDiffers: p.physicalSexDiffers,
    citizenId: optional(p.citizenId),
    ethnicity: optional(p.ethnicity),
    religion: optional(p.religion),
    education: optional(p.education),
    occupation: optional(p.occupation),
    maritalStatus: p.maritalStatus ?? undefined,
    residence: residenceInput(p.residence),
    currentResidence: p.sameAsPermanent ? undefined : residenceInput(p.currentResidence),
    familyContacts: p.familyContacts.map((c) => ({ name: c.name, relation: c.relation, phone: optional(c.phone), address: optional(c.address) })),
    drugsUsed: optional(p.drugsUsed),
    yearsOfUse: optionalNumber(p.yearsOfUse),
    previousRehabCount: optionalNumber(p.previousRehabCount),
    photo: p.photo ?? undefined,
  };
}

function basisInput(v: AdmissionValues) {
  switch (v.kind) {
    case 'compulsory_adult':
    case 'compulsory_minor':
      return {
        decision: { ...v.decision, decisionDate: required(v.decision.decisionDate), termMonths: requiredNumber(v.decision.termMonths) },
        heldDays: optionalNumber(v.heldDays),
      };
    case 'voluntary':
      return {
        contract: {
          ...v.contract,
          signedOn: required(v.contract.signedOn),
          startsOn: required(v.contract.startsOn),
          endsOn: required(v.contract.endsOn),
          feeDong: requiredNumber(v.contract.feeDong),
        },
      };
    case 'pending_decision':
      return { management: { ...v.management, decisionDate: required(v.management.decisionDate) } };
    case 'assessment':
      return { referral: { ...v.referral, documentDate: required(v.referral.documentDate) } };
    default:
      return {};
  }
}

export function toInput(v: AdmissionValues): AdmitInput {
  return {
    kind: required(v.kind),
    personId: v.personId ?? undefined,
    confirmNewPerson: v.confirmNewPerson,
    person: personInput(v.person),
    broughtInOn: required(v.broughtInOn),
    bedId: required(v.bedId),
    placementOverride: v.override ? { reason: v.overrideReason } : undefined,
    health: v.health,
    handover: {
      handedOverBy: v.handover.handedOverBy,
      receivedOn: v.handover.receivedOn ?? undefined,
      note: optional(v.handover.note),
      items: v.handover.items.map((i) => ({ kind: i.kind, description: i.description, quantity: requiredNumber(i.quantity), note: optional(i.note) })),
    },
    ...basisInput(v),
  } as AdmitInput;
}

const residenceFields = (prefix: string) => ['province', 'commune', 'oldDistrict', 'address'].map((f) => `${prefix}.${f}`);

/** Every path the back end may name in an issue that an input on the form shows (list rows included). */
export function formFields(v: AdmissionValues): string[] {
  const person = [
    'fullName', 'otherNames', 'birthDate', 'birthYear', 'sex', 'citizenId', 'ethnicity', 'religion', 'education', 'occupation',
    'maritalStatus', 'drugsUsed', 'yearsOfUse', 'previousRehabCount', 'photo',
  ].map((f) => `person.${f}`);
  const contacts = v.person.familyContacts.flatMap((_, i) => ['name', 'relation', 'phone', 'address'].map((f) => `person.familyContacts.${i}.${f}`));
  const items = v.handover.items.flatMap((_, i) => ['kind', 'description', 'quantity', 'note'].map((f) => `handover.items.${i}.${f}`));
  return [
    'personId', ...person, ...residenceFields('person.residence'), ...residenceFields('person.currentResidence'), ...contacts,
    'decision.court', 'decision.decisionNumber', 'decision.decisionDate', 'decision.termMonths', 'heldDays',
    ...['contractNumber', 'signedOn', 'startsOn', 'endsOn', 'feeDong', 'payer', 'priorityGroup'].map((f) => `contract.${f}`),
    'management.decisionNumber', 'management.decisionDate', 'management.issuer',
    'referral.documentNumber', 'referral.documentDate', 'referral.issuer',
    'broughtInOn', 'bedId', 'overrideReason',
    'health.onArrival', 'handover.handedOverBy', 'handover.receivedOn', 'handover.note', ...items,
  ];
}

/** The form path an issue belongs under: the photo's parts under the one photo input, a birth under what is shown. */
export function formPathOf(field: string, v: AdmissionValues): string {
  if (field.startsWith('person.photo.')) return 'person.photo';
  if (field === 'placementOverride.reason') return 'overrideReason';
  if (field === 'person.birthDate' && v.person.birthUnknown) return 'person.birthYear';
  return field;
}
