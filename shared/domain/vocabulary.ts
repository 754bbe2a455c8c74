/** The register's fixed vocabularies, shared by the schema, the contract and the screens (DOMAIN.md §2). */

export const stayKinds = ['compulsory_adult', 'compulsory_minor', 'voluntary', 'pending_decision', 'assessment'] as const;
export type StayKind = (typeof stayKinds)[number];

export const stayStates = ['present', 'in_hospital', 'on_leave', 'at_court', 'escaped', 'suspended', 'discharged'] as const;
export type StayState = (typeof stayStates)[number];

/** Area purposes the law separates (Luật 73/2021 Điều 35 k2). */
export const areaPurposes = ['temporary', 'compulsory', 'voluntary', 'minors', 'infectious', 'discipline'] as const;
export type AreaPurpose = (typeof areaPurposes)[number];

export const movementTypes = [
  'admitted',
  'bed_move',
  'to_hospital',
  'from_hospital',
  'funeral_leave',
  'funeral_return',
  'to_court',
  'from_court',
  'escaped',
  'returned',
  'suspended',
  'suspension_return',
  'discharged',
  'reversal',
] as const;
export type MovementType = (typeof movementTypes)[number];

/** Mẫu 19 asks for these; the screen offers them as choices and the register keeps the code. */
export const maritalStatuses = ['single', 'married', 'divorced', 'separated', 'widowed'] as const;

/** The six groups whose voluntary treatment the state pays (NĐ 116/2021 Điều 39), or none. */
export const priorityGroups = [
  'none',
  'meritorious',
  'toxic_chemicals',
  'poor_household',
  'lonely_elderly',
  'orphan',
  'severe_disability',
] as const;

/**
 * Every way a stay ends (DOMAIN.md §8). The first ten are chosen on the discharge screen; `to_compulsory` is written
 * by the admission that opens the compulsory stay after a pending-decision one.
 */
export const dischargeReasons = [
  'completed',
  'reduced',
  'exempted',
  'voluntary_completed',
  'self_terminated',
  'suspended',
  'transferred',
  'to_education',
  'criminal_proceedings',
  'died',
  'no_decision',
  'not_addicted',
  'community_rehab',
  'to_compulsory',
] as const;
export type DischargeReason = (typeof dischargeReasons)[number];

/** Completion certificates: Mẫu 46 for a compulsory stay, Mẫu 26b for a voluntary one. */
export const certificateKinds = ['mau46', 'mau26b'] as const;
export type CertificateKind = (typeof certificateKinds)[number];

/** Grounds for exemption from the rest of the term (NĐ 116/2021 Điều 58 k2). */
export const exemptionGrounds = ['serious_illness', 'pregnancy', 'prison_sentence'] as const;
export type ExemptionGround = (typeof exemptionGrounds)[number];

/** Who must be told before a release (15 days) and after a death (24 hours). */
export const noticeRecipients = ['court', 'commune', 'family', 'procuracy', 'police'] as const;
export type NoticeRecipient = (typeof noticeRecipients)[number];

/** Vocational courses are short: elementary level (sơ cấp) or under 3 months (TT 62/2022 Điều 5 k6). */
export const tradeLevels = ['so_cap', 'under_3_months'] as const;
export type TradeLevel = (typeof tradeLevels)[number];

export const classStatuses = ['planned', 'running', 'finished', 'cancelled'] as const;
export type ClassStatus = (typeof classStatuses)[number];

export const enrolmentResults = ['pass', 'fail', 'dropped'] as const;
export type EnrolmentResult = (typeof enrolmentResults)[number];

/** Why a resident missed a session; hospital, leave, court and escaped come from his movements. */
export const attendanceReasons = ['sick', 'hospital', 'leave', 'court', 'escaped', 'refused', 'other'] as const;
export type AttendanceReason = (typeof attendanceReasons)[number];

/** Units of work-therapy output. */
export const productUnits = ['piece', 'kg', 'set', 'workday'] as const;
export type ProductUnit = (typeof productUnits)[number];

/** Lines of a deposit account: money handed in, earnings, purchases at the shop, withdrawals, the payout, reversals. */
export const depositKinds = ['handed_in', 'earning', 'purchase', 'withdrawal', 'payout', 'reversal'] as const;
export type DepositKind = (typeof depositKinds)[number];
