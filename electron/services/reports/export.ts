import type Database from 'better-sqlite3';
import type { FigureDims } from '../../../shared/contract/reports';
import { formatDateVN } from '../../../shared/domain/dates';
import { reportFigures, type FigureKey } from '../../../shared/domain/report-figures';
import {
  columnLabels,
  dischargeReasonLabels,
  figureLabels,
  kindLabels,
  sexLabels,
  statusLabels,
  unitLabels,
  yearEndLabels,
} from '../../../shared/domain/report-labels';
import type { ReportPeriod } from '../../../shared/domain/report-period';
import { workbookBuffer, type SheetRow } from '../export/workbook';
import { ratingScale } from '../ratings/scale';
import { drillList } from './drill';
import { buildReport } from './report';
import { reportSettingsView } from './settings';

const COUNT = '#,##0';
const DECIMAL = '#,##0.0#';
const rangeText = (r: { from: string; to: string }) => `${formatDateVN(r.from)}–${formatDateVN(r.to)}`;

/** The part of a file name that names the period: 2026-11, 2026-q4, 2026-h1, 2026, or the range. */
export function periodSlug(p: ReportPeriod): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const cut = 'convention' in p && p.convention === 'cutoff15' ? '-tu-15' : '';
  switch (p.kind) {
    case 'month':
      return `${p.year}-${pad(p.month)}${cut}`;
    case 'quarter':
      return `${p.year}-q${p.quarter}${cut}`;
    case 'half':
      return `${p.year}-h${p.half}${cut}`;
    case 'year':
      return `${p.year}${cut}`;
    case 'custom':
      return `${p.from}-den-${p.to}`;
  }
}

/** Names a code the screen would translate: discharge reason, census status, rating grade; else the code itself. */
function codeLabel(code: string, grades: Map<string, string>): string {
  return (
    (dischargeReasonLabels as Record<string, string>)[code] ?? (statusLabels as Record<string, string>)[code] ?? grades.get(code) ?? code
  );
}

function sliceLabel(dims: FigureDims, itemName: string | null, grades: Map<string, string>): string {
  return [dims.kind && kindLabels[dims.kind], dims.sex && sexLabels[dims.sex], itemName ?? (dims.code && codeLabel(dims.code, grades))]
    .filter(Boolean)
    .join(', ');
}

const numFmtOf = (key: FigureKey) =>
  key === 'occupancy.averageDaily' ? '0.0' : ['hours', 'quantity'].includes(reportFigures[key].unit) ? DECIMAL : COUNT;

const gradesOf = (sqlite: Database.Database) => new Map(ratingScale(sqlite).map((g) => [g.code, g.label]));

/** The report with its comparison columns, and a sheet saying what each figure counts. */
export function reportWorkbook(sqlite: Database.Database, period: ReportPeriod): { fileName: string; base64: string } {
  const report = buildReport(sqlite, period, true);
  const settings = reportSettingsView(sqlite);
  const grades = gradesOf(sqlite);
  const rows: SheetRow[] = report.figures.map((f) => {
    const slice = sliceLabel(f.dims, f.itemName, grades);
    const fmt = numFmtOf(f.key);
    return {
      cells: [
        slice ? `${figureLabels[f.key].label}: ${slice}` : figureLabels[f.key].label,
        f.itemUnit ?? unitLabels[reportFigures[f.key].unit],
        ...report.columns.map((c) => f.values[c.column]),
      ],
      numFmts: [undefined, undefined, ...report.columns.map(() => fmt)],
      bold: slice === '',
    };
  });
  if (report.yearEnd) {
    for (const [key, value] of Object.entries(report.yearEnd) as [keyof typeof yearEndLabels, number | null][]) {
      rows.push({ cells: [yearEndLabels[key], key.startsWith('funding.') ? 'đồng' : 'người', value], numFmts: [undefined, undefined, COUNT] });
    }
  }
  const title = [`${settings.issuingUnit.toUpperCase()}: BÁO CÁO KẾT QUẢ CÔNG TÁC CAI NGHIỆN`, `Kỳ báo cáo: từ ngày ${formatDateVN(report.range.from)} đến ngày ${formatDateVN(report.range.to)}`];
  if (!report.balance.holds) {
    const names = report.balance.problems.map((p) => `${p.fullName} (${p.fileNumber})`).join('; ');
    title.push(`Số liệu không cân đối (đầu kỳ + vào − ra ≠ cuối kỳ) ở ${report.balance.problems.length} học viên: ${names}`);
  }
  const buffer = workbookBuffer([
    {
      name: 'Báo cáo',
      title,
      columns: [
        { header: 'Chỉ tiêu', width: 60 },
        { header: 'Đơn vị', width: 10 },
        ...report.columns.map((c) => ({ header: `${columnLabels[c.column]} (${rangeText(c.range)})`, width: 18, numFmt: COUNT })),
      ],
      rows,
    },
    {
      name: 'Giải thích',
      title: ['Giải thích các chỉ tiêu'],
      columns: [
        { header: 'Chỉ tiêu', width: 40 },
        { header: 'Cách tính', width: 110 },
      ],
      rows: [...new Set(report.figures.map((f) => f.key))].map((key) => ({ cells: [figureLabels[key].label, figureLabels[key].definition] })),
    },
  ]);
  return { fileName: `bao-cao-${periodSlug(period)}.xlsx`, base64: buffer.toString('base64') };
}

/** One figure's residents, every row (no screen limit), dates as real Excel dates. */
export function drillWorkbook(sqlite: Database.Database, period: ReportPeriod, key: FigureKey, dims: FigureDims): { fileName: string; base64: string } {
  const list = drillList(sqlite, period, key, dims, Number.MAX_SAFE_INTEGER);
  const grades = gradesOf(sqlite);
  const slice = sliceLabel(dims, null, grades);
  const date = (d: string | null) => (d ? { date: d } : null);
  const buffer = workbookBuffer([
    {
      name: 'Danh sách',
      title: [
        `Danh sách học viên: ${figureLabels[key].label}${slice ? ` (${slice})` : ''}`,
        `Kỳ báo cáo: từ ngày ${formatDateVN(list.range.from)} đến ngày ${formatDateVN(list.range.to)}; số liệu: ${list.total.toLocaleString('vi-VN')}`,
      ],
      columns: [
        { header: 'STT', width: 6, numFmt: '0' },
        { header: 'Họ và tên', width: 28 },
        { header: 'Số hồ sơ', width: 14 },
        { header: 'Loại', width: 30 },
        { header: 'Giới tính', width: 10 },
        { header: 'Năm sinh', width: 10, numFmt: '0' },
        { header: 'Ngày vào', width: 12, numFmt: 'dd/mm/yyyy' },
        { header: 'Ngày ra', width: 12, numFmt: 'dd/mm/yyyy' },
        { header: 'Ngày', width: 12, numFmt: 'dd/mm/yyyy' },
        { header: 'Chi tiết', width: 36 },
        { header: 'Giá trị', width: 12, numFmt: DECIMAL },
      ],
      rows: list.rows.map((r, i) => ({
        cells: [
          i + 1,
          r.fullName,
          r.fileNumber,
          kindLabels[r.kind],
          sexLabels[r.sex],
          r.birthYear,
          date(r.admittedOn),
          date(r.dischargedOn),
          date(r.date),
          r.detail === null ? null : codeLabel(r.detail, grades),
          r.value,
        ],
        numFmts: r.value !== null && Number.isInteger(r.value) ? [...new Array<string | undefined>(10).fill(undefined), COUNT] : undefined,
      })),
    },
  ]);
  const parts = [dims.kind, dims.sex, dims.code, dims.itemId].filter((x) => x !== undefined).join('-');
  const fileName = `danh-sach-${key.replace('.', '-')}${parts ? `-${parts}` : ''}-${periodSlug(period)}.xlsx`;
  return { fileName, base64: buffer.toString('base64') };
}
