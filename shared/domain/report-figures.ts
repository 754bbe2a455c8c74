/**
 * The figures of the head's report (DOMAIN.md §9), shared by the back end that counts them, the screen that
 * shows them with their definition and drill-down, the print and the Excel export. Labels and definitions are in
 * the renderer's i18n under `reports.figure.<key>` and `reports.definition.<key>`.
 */
export const figureUnits = ['persons', 'times', 'days', 'hours', 'dong', 'quantity', 'classes'] as const;
export type FigureUnit = (typeof figureUnits)[number];

export const reportSections = [
  'headcount',
  'admissions',
  'departures',
  'events',
  'outside',
  'occupancy',
  'health',
  'training',
  'work',
  'ratings',
  'conduct',
  'reductions',
  'notices',
] as const;
export type ReportSection = (typeof reportSections)[number];

interface FigureDef {
  section: ReportSection;
  unit: FigureUnit;
  /** Whether the figure opens the list of residents behind it. */
  drill: boolean;
  /** Drill-down of health figures needs `health.read` (NĐ 116 Điều 4). */
  sensitive?: boolean;
}

const f = (section: ReportSection, unit: FigureUnit, drill = true, sensitive = false): FigureDef => ({ section, unit, drill, sensitive });

export const reportFigures = {
  // Balance: start + admitted − left = end, by kind of stay and sex (dims.kind, dims.sex); turns = start + admitted.
  'headcount.start': f('headcount', 'persons'),
  'headcount.admitted': f('headcount', 'persons'),
  'headcount.left': f('headcount', 'persons'),
  'headcount.end': f('headcount', 'persons'),
  'headcount.turns': f('headcount', 'persons'),
  'admissions.new': f('admissions', 'persons'),
  'admissions.readmitted': f('admissions', 'persons'),
  // dims.code: the discharge reason.
  'departures.reason': f('departures', 'persons'),
  'events.escaped': f('events', 'times'),
  'events.returned': f('events', 'times'),
  'events.toHospital': f('events', 'times'),
  'events.deaths': f('events', 'persons'),
  // dims.code: the census status at the end of the period (in_hospital, on_leave, at_court, escaped, suspended).
  'outside.end': f('outside', 'persons'),
  'occupancy.designCapacity': f('occupancy', 'persons', false),
  'occupancy.workingCapacity': f('occupancy', 'persons', false),
  'occupancy.averageDaily': f('occupancy', 'persons', false),
  'occupancy.peak': f('occupancy', 'persons'),
  'occupancy.bedDays': f('occupancy', 'days'),
  'occupancy.overCapacityDays': f('occupancy', 'days', false),
  'health.hiv': f('health', 'persons', true, true),
  'health.tuberculosis': f('health', 'persons', true, true),
  'health.hepatitis': f('health', 'persons', true, true),
  'health.mentalDisorder': f('health', 'persons', true, true),
  // Training and work rows come as a total (no dims) and per trade or product (dims.itemId, itemName).
  'training.classesRunning': f('training', 'classes', false),
  'training.enrolled': f('training', 'persons'),
  'training.completed': f('training', 'persons'),
  'training.certificates': f('training', 'persons'),
  'work.participants': f('work', 'persons'),
  'work.workdays': f('work', 'days'),
  'work.hours': f('work', 'hours'),
  'work.output': f('work', 'quantity'),
  'work.earnings': f('work', 'dong'),
  'work.handedIn': f('work', 'dong'),
  'work.balanceHeld': f('work', 'dong'),
  // dims.code: the rating grade (rating.scale); counts confirmed person-months.
  'ratings.grade': f('ratings', 'persons'),
  'conduct.merits': f('conduct', 'times'),
  'conduct.discipline': f('conduct', 'times'),
  'reductions.proposed': f('reductions', 'persons'),
  'reductions.granted': f('reductions', 'persons'),
  'notices.onTime': f('notices', 'times'),
  'notices.late': f('notices', 'times'),
  'notices.overdue': f('notices', 'times'),
} as const satisfies Record<string, FigureDef>;

export type FigureKey = keyof typeof reportFigures;
export const figureKeys = Object.keys(reportFigures) as FigureKey[];

/**
 * Staff and the year's funding, entered by hand for the December and whole-year reports (DOMAIN.md §9). Numbers
 * of people or đồng.
 */
export const yearEndKeys = [
  'staff.total',
  'staff.female',
  'staff.medical',
  'staff.trainers',
  'funding.stateBudgetDong',
  'funding.voluntaryFeesDong',
  'funding.workIncomeDong',
  'funding.otherDong',
  'funding.spentDong',
] as const;
export type YearEndKey = (typeof yearEndKeys)[number];

/** The comparison columns beside the period's own. */
export const reportColumns = ['current', 'previous', 'lastYear', 'yearToDate'] as const;
export type ReportColumn = (typeof reportColumns)[number];
