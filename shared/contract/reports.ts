import { z } from 'zod';
import { figureKeys, reportColumns, yearEndKeys } from '../domain/report-figures';
import { periodConventions } from '../domain/report-period';
import { stayKinds } from '../domain/vocabulary';
import { method, type MethodDef } from './define';
import { isoDate, text } from './fields';

const convention = z.enum(periodConventions, { error: 'Cách tính kỳ: theo tháng dương lịch hoặc từ ngày 15 đến ngày 14' });
const year = z
  .number({ error: 'Năm: bắt buộc' })
  .int('Năm: không hợp lệ')
  .min(2000, 'Năm: từ 2000')
  .max(2100, 'Năm: đến 2100');
const ordinal = (label: string, max: number) =>
  z
    .number({ error: `${label}: bắt buộc` })
    .int(`${label}: không hợp lệ`)
    .min(1, `${label}: từ 1 đến ${max}`)
    .max(max, `${label}: từ 1 đến ${max}`);

/** A month, quarter, half-year or year under either convention, or any date range (at most ten years). */
export const reportPeriod = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('month'), convention, year, month: ordinal('Tháng', 12) }),
    z.object({ kind: z.literal('quarter'), convention, year, quarter: ordinal('Quý', 4) }),
    z.object({ kind: z.literal('half'), convention, year, half: ordinal('Nửa năm', 2) }),
    z.object({ kind: z.literal('year'), convention, year }),
    z
      .object({ kind: z.literal('custom'), from: isoDate('Từ ngày'), to: isoDate('Đến ngày') })
      .refine((p) => p.from <= p.to, { message: 'Đến ngày phải sau hoặc bằng từ ngày', path: ['to'] })
      .refine((p) => Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) <= 10, {
        message: 'Khoảng thời gian tối đa 10 năm',
        path: ['from'],
      }),
  ],
  { error: 'Kỳ báo cáo: chọn tháng, quý, 6 tháng, năm hoặc khoảng ngày' },
);
export type ReportPeriodInput = z.infer<typeof reportPeriod>;

const range = z.object({ from: z.string(), to: z.string() });

/** Which slice of a figure: kind of stay and sex for the headcount; a reason, status or grade code; a trade or product. */
export const figureDims = z
  .object({
    kind: z.enum(stayKinds).optional(),
    sex: z.enum(['male', 'female']).optional(),
    code: z.string().max(40).optional(),
    itemId: z.number().int().positive().optional(),
  })
  .strict();
export type FigureDims = z.infer<typeof figureDims>;

export const figureKey = z.enum(figureKeys, { error: 'Chỉ tiêu không có trong báo cáo' });

const columnValues = z.object(Object.fromEntries(reportColumns.map((c) => [c, z.number().nullable()])) as Record<
  (typeof reportColumns)[number],
  z.ZodNullable<z.ZodNumber>
>);

export const figureRow = z.object({
  key: figureKey,
  dims: figureDims,
  /** The trade's or product's name for per-item rows; null otherwise. */
  itemName: z.string().nullable(),
  /** Unit of a product's quantity (piece, kg…), for work.output rows; null otherwise. */
  itemUnit: z.string().nullable(),
  values: columnValues,
});
export type FigureRow = z.infer<typeof figureRow>;

const balanceProblem = z.object({
  stayId: z.number(),
  fullName: z.string(),
  fileNumber: z.string(),
  /** 1 if on the books when the period began, by the movements. */
  start: z.number(),
  admitted: z.number(),
  left: z.number(),
  end: z.number(),
});

const difference = z.object({ key: figureKey, dims: figureDims, itemName: z.string().nullable(), finalised: z.number(), current: z.number() });

export const finalView = z.object({
  id: z.number(),
  number: z.string(),
  signedOn: z.string(),
  signerName: z.string(),
  signerTitle: z.string(),
  finalisedAt: z.string(),
  finalisedBy: z.string().nullable(),
  /** The figures as finalised (current column only). */
  figures: z.array(z.object({ key: figureKey, dims: figureDims, itemName: z.string().nullable(), itemUnit: z.string().nullable(), value: z.number() })),
  /** Figures whose value today differs from the finalised one, because the underlying data changed since. */
  differences: z.array(difference),
});

export const reportSettings = z.object({
  /** Top-left first line: the governing unit (e.g. CÔNG AN TỈNH …, SỞ Y TẾ …). */
  governingUnit: text('Cơ quan chủ quản', 200),
  /** Top-left second line, bold: the issuing unit (the facility). */
  issuingUnit: text('Đơn vị ban hành', 200),
  /** The symbol after the number: Số: 12/BC-CSCN. */
  numberSymbol: text('Ký hiệu văn bản', 40),
  place: text('Địa danh', 100),
  signerTitle: text('Chức vụ người ký', 100),
  signerName: text('Họ tên người ký', 100),
  recipients: z.array(text('Nơi nhận', 200)).min(1, 'Nơi nhận: ít nhất một dòng').max(12, 'Nơi nhận: tối đa 12 dòng'),
  defaultConvention: convention,
});
export type ReportSettings = z.infer<typeof reportSettings>;

/** As stored: a fresh register has no signer yet, and the screen asks for one before printing. */
export const reportSettingsView = z.object({
  governingUnit: z.string(),
  issuingUnit: z.string(),
  numberSymbol: z.string(),
  place: z.string(),
  signerTitle: z.string(),
  signerName: z.string(),
  recipients: z.array(z.string()),
  defaultConvention: convention,
});

const yearEndValues = z.object(
  Object.fromEntries(yearEndKeys.map((k) => [k, z.number().int('Số liệu phải là số nguyên').min(0, 'Số liệu không được âm').max(1e15).nullable()])) as Record<
    (typeof yearEndKeys)[number],
    z.ZodNullable<z.ZodNumber>
  >,
);

const chartDay = z.object({ date: z.string(), census: z.number(), designCapacity: z.number() });

const drillRow = z.object({
  stayId: z.number(),
  personId: z.number(),
  fullName: z.string(),
  fileNumber: z.string(),
  kind: z.enum(stayKinds),
  sex: z.enum(['male', 'female']),
  birthYear: z.number(),
  admittedOn: z.string(),
  dischargedOn: z.string().nullable(),
  /** The date of what is counted: the admission, the escape, the notice's due date… */
  date: z.string().nullable(),
  /** A code the screen translates (discharge reason, status, grade) or a name (trade, product, recipient). */
  detail: z.string().nullable(),
  /** The person's share of the figure: days, hours, đồng, quantity; null when each row counts one. */
  value: z.number().nullable(),
});
export type DrillRow = z.infer<typeof drillRow>;

const drillOutput = z.object({
  key: figureKey,
  dims: figureDims,
  range,
  total: z.number(),
  /** Lists stop at 10.000 rows; the Excel export has them all. */
  truncated: z.boolean(),
  rows: z.array(drillRow),
});

export const reportsMethods = {
  'reports.figures': method({
    summary:
      'The report of a period: every figure of DOMAIN.md §9 with the previous period, the same period last year and the ' +
      'year to date; the headcount balance (start + admitted − left = end) and, if it does not hold, the residents where ' +
      'it breaks; the daily census, weekly admissions and departures and occupancy by area for the charts; the finalised ' +
      'version and its differences from today, if the period was finalised; the staff and funding figures in December.',
    access: 'reports.read',
    kind: 'query',
    input: z.object({ period: reportPeriod, compare: z.boolean().default(true) }),
    output: z.object({
      range,
      columns: z.array(z.object({ column: z.enum(reportColumns), range })),
      figures: z.array(figureRow),
      balance: z.object({ holds: z.boolean(), problems: z.array(balanceProblem) }),
      charts: z.object({
        daily: z.array(chartDay),
        weekly: z.array(z.object({ weekStart: z.string(), admitted: z.number(), left: z.number() })),
        areas: z.array(z.object({ areaId: z.number(), code: z.string(), name: z.string(), beds: z.number(), occupied: z.number() })),
      }),
      final: finalView.nullable(),
      /** Null outside December and the year report. */
      yearEnd: yearEndValues.nullable(),
    }),
  }),
  'reports.drill': method({
    summary:
      'The residents behind one figure of a period (for a column other than the period itself pass its range as a custom ' +
      'period). Health figures need health.read.',
    access: 'reports.read',
    kind: 'query',
    input: z.object({ period: reportPeriod, key: figureKey, dims: figureDims.default({}) }),
    output: drillOutput,
  }),
  'reports.exportXlsx': method({
    summary:
      'The report (with its comparison columns and definitions), or one figure’s list of residents, as an .xlsx workbook ' +
      'with Vietnamese headers, number formats and a frozen header row; base64.',
    access: 'reports.read',
    kind: 'query',
    input: z.object({ period: reportPeriod, drill: z.object({ key: figureKey, dims: figureDims.default({}) }).optional() }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
  'reports.finalise': method({
    summary:
      'The head finalises the report of a period with its number, date and signer: the figures are stored as they are. ' +
      'A period is finalised once; later changes to the data show as differences, never silently.',
    access: 'reports.finalise',
    kind: 'command',
    input: z.object({
      period: reportPeriod,
      number: text('Số báo cáo', 20),
      signedOn: isoDate('Ngày ký'),
      signerName: text('Họ tên người ký', 100),
      signerTitle: text('Chức vụ người ký', 100),
    }),
    output: finalView,
  }),
  'reports.settings': method({
    summary: 'The report header (governing and issuing unit, number symbol, place, signer, recipients) and the default period convention.',
    access: 'reports.read',
    kind: 'query',
    input: z.object({}),
    output: reportSettingsView,
  }),
  'reports.setSettings': method({
    summary: 'Replaces the report header settings; audited with before and after.',
    access: 'reports.configure',
    kind: 'command',
    input: reportSettings,
    output: reportSettings,
  }),
  'reports.setYearEnd': method({
    summary: 'The staff and whole-year funding figures of a year, entered by hand for the December and year reports; audited.',
    access: 'reports.configure',
    kind: 'command',
    input: z.object({ year, values: yearEndValues }),
    output: yearEndValues,
  }),
  'reports.overview': method({
    summary:
      'The facility at a glance for the overview screen: who is on the books now by kind of stay and area (away included, ' +
      'by status), and the census of each of the last 30 days against the design capacity.',
    access: 'residents.read',
    kind: 'query',
    input: z.object({}),
    output: z.object({
      date: z.string(),
      designCapacity: z.number(),
      cells: z.array(z.object({ areaId: z.number().nullable(), kind: z.enum(stayKinds), present: z.number(), away: z.number() })),
      areas: z.array(z.object({ areaId: z.number(), code: z.string(), name: z.string(), beds: z.number(), workingCapacity: z.number() })),
      daily: z.array(chartDay),
    }),
  }),
} satisfies Record<string, MethodDef>;
