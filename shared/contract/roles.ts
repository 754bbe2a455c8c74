/** Roles of facility staff and what each may do; `permissionMatrix` spells it out per method, as the router enforces it. */
export const roles = ['admin', 'head', 'officer', 'trainer', 'medical'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'facility.read',
  'residents.read',
  'admissions.write',
  'beds.read',
  'beds.manage',
  'settings.read',
  'users.manage',
  'audit.read',
  'settings.manage',
  'persons.correct',
  'health.read',
  'beds.move',
  'placement.override',
  'movements.write',
  'roll.take',
  'visits.write',
  'teams.manage',
  'ratings.write',
  'ratings.confirm',
  'release.grounds',
  'reductions.manage',
  'reductions.approve',
  'discharge.write',
  'discharge.undo',
  'notices.write',
  'training.manage',
  'training.write',
  'work.rates',
  'work.write',
  'work.exempt',
  'pay.approve',
  'deposit.write',
  'reports.read',
  'reports.finalise',
  'reports.configure',
  'backup.run',
  'backup.manage',
  'import.manage',
] as const;
export type Permission = (typeof permissions)[number];

const everyone: Role[] = [...roles];

export const grants: Record<Permission, readonly Role[]> = {
  'facility.read': everyone,
  'residents.read': everyone,
  'admissions.write': ['admin', 'head', 'officer'],
  'beds.read': everyone,
  'beds.manage': ['admin'],
  'settings.read': everyone,
  'users.manage': ['admin'],
  'audit.read': ['admin', 'head'],
  'settings.manage': ['admin'],
  'persons.correct': ['admin', 'head', 'officer'],
  // Health flags are sensitive (NĐ 116 Điều 4): the medical team and the head, no one else.
  'health.read': ['head', 'medical'],
  'beds.move': ['admin', 'head', 'officer'],
  // Placing a resident where the separation rules refuse is the head's decision alone, and is audited.
  'placement.override': ['head'],
  'movements.write': ['admin', 'head', 'officer'],
  'roll.take': ['admin', 'head', 'officer'],
  'visits.write': ['admin', 'head', 'officer'],
  'teams.manage': ['admin', 'head', 'officer'],
  // The officer in charge of a team rates it; the head confirms the month, after which ratings are final.
  'ratings.write': ['admin', 'head', 'officer'],
  'ratings.confirm': ['head'],
  // Illness and pregnancy grounds come from the medical team.
  'release.grounds': ['admin', 'head', 'officer', 'medical'],
  'reductions.manage': ['admin', 'head', 'officer'],
  'reductions.approve': ['head'],
  'discharge.write': ['admin', 'head', 'officer'],
  // Undoing a discharge is the head's decision alone, with a reason.
  'discharge.undo': ['head'],
  'notices.write': ['admin', 'head', 'officer'],
  'training.manage': ['admin'],
  // Trainers run their classes: enrolment, attendance, results.
  'training.write': ['admin', 'head', 'trainer'],
  // The head sets the rates (TT 62/2022 Điều 5 k9) and approves the pay run; work supervisors hold the trainer role.
  'work.rates': ['head'],
  'work.write': ['admin', 'head', 'officer', 'trainer'],
  'work.exempt': ['medical', 'head'],
  'pay.approve': ['head'],
  'deposit.write': ['admin', 'head', 'officer'],
  'reports.read': ['admin', 'head', 'officer'],
  // The head signs the report; once finalised its figures are kept as signed.
  'reports.finalise': ['head'],
  'reports.configure': ['admin', 'head'],
  // The head may take a copy now and see the copies; the folder, rotation and restoring are the administrator's.
  'backup.run': ['admin', 'head'],
  'backup.manage': ['admin'],
  // Bringing in a register from Excel creates residents by the thousand; the administrator does it, and undoes it.
  'import.manage': ['admin'],
};

/** 'public' needs no session (setup, login, health); 'session' needs any signed-in user. */
export type Access = 'public' | 'session' | Permission;

export function roleAllows(role: Role, access: Access): boolean {
  if (access === 'public' || access === 'session') return true;
  return grants[access].includes(role);
}

/**
 * Drug history (the drugs used, years of use, earlier treatments) is sensitive data (NĐ 116 Điều 4): those who
 * write the admission file (Mẫu 19) and the medical team read it; a trainer gets it masked by the back end.
 */
export const drugHistoryFields = ['drugsUsed', 'yearsOfUse', 'previousRehabCount'] as const;
export function mayReadDrugHistory(role: Role): boolean {
  return roleAllows(role, 'admissions.write') || roleAllows(role, 'health.read');
}

/** Whether each role may call each method: the matrix the router enforces, one row per method. */
export function permissionMatrix(access: Record<string, { access: Access }>): { method: string; allowed: Record<Role, boolean> }[] {
  return Object.entries(access).map(([method, def]) => ({
    method,
    allowed: Object.fromEntries(roles.map((r) => [r, roleAllows(r, def.access)])) as Record<Role, boolean>,
  }));
}
