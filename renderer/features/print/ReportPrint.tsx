import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureRow, ReportPeriodInput } from '../../../shared/contract/reports';
import type { MethodOutput } from '../../../shared/contract';
import { vnDate } from '../../../shared/domain/dates';
import { reportFigures, reportSections, yearEndKeys, type FigureKey } from '../../../shared/domain/report-figures';
import { periodRange, reportYear } from '../../../shared/domain/report-period';
import { stayKinds, type StayKind } from '../../../shared/domain/vocabulary';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN, formatNumber } from '../../format/format';
import { CopiesFooter } from './CopiesFooter';
import { useReportFigures, useReportSettings } from './hooks';
import { DocumentHeader, PrintPage } from './PrintPage';
import print from './print.module.css';
import { periodFromSegments } from './report-period-path';
import { headcountValue, printedKeys, printedRows, sectionRows, type ReportFigures } from './report-print-model';
import { reportSubject, roman, rowDetail } from './report-print-text';
import classes from './report-print.module.css';
import { SavePdfButton } from './SavePdfButton';

type Settings = MethodOutput<'reports.settings'>;

const cell = (v: number | null | undefined) => (v === null || v === undefined ? '–' : formatNumber(v));

/** The content tables in one table: a heading row per section, a numbered row per figure, its parts under it. */
function ContentTable({ report, rows }: { report: ReportFigures; rows: FigureRow[] }) {
  const { t } = useTranslation();
  const columns = report.columns;
  let sectionNo = 0;
  const body: ReactNode[] = [];
  for (const section of reportSections) {
    const inSection = sectionRows(rows, section);
    if (inSection.length === 0) continue;
    sectionNo += 1;
    body.push(
      <tr key={section} className={classes.sectionRow}>
        <td className={print.center}>{roman(sectionNo)}</td>
        <td colSpan={columns.length + 2}>{t(`reports.sections.${section}`)}</td>
      </tr>,
    );
    let figureNo = 0;
    for (const key of [...new Set(inSection.map((r) => r.key))]) {
      figureNo += 1;
      const ofKey = inSection.filter((r) => r.key === key);
      const total = ofKey.find((r) => rowDetail(t, r) === null);
      const label = t(`reports.figure.${key}`);
      const unit = t(`reports.units.${reportFigures[key].unit}`);
      body.push(
        <tr key={`${key}-total`}>
          <td className={print.center}>{figureNo}</td>
          <td>{label}</td>
          <td className={print.center}>{unit}</td>
          {columns.map((c) => (
            <td key={c.column} className={classes.num}>
              {total ? cell(total.values[c.column]) : ''}
            </td>
          ))}
        </tr>,
      );
      ofKey
        .filter((r) => r !== total)
        .forEach((r, i) => {
          body.push(
            <tr key={`${key}-${i}`}>
              <td />
              <td className={classes.part}>– {rowDetail(t, r)}</td>
              <td className={print.center}>{r.itemUnit ?? unit}</td>
              {columns.map((c) => (
                <td key={c.column} className={classes.num}>
                  {cell(r.values[c.column])}
                </td>
              ))}
            </tr>,
          );
        });
    }
  }
  return (
    <table className={`${print.items} ${classes.figures}`}>
      <thead>
        <tr>
          <th className={classes.noCol}>{t('reportPrint.column.no')}</th>
          <th>{t('reportPrint.column.figure')}</th>
          <th className={classes.unitCol}>{t('reportPrint.column.unit')}</th>
          {columns.map((c) => (
            <th key={c.column} className={classes.valueCol}>
              {t(`reportPrint.column.${c.column}`)}
              <div className={classes.colRange}>
                {formatDateVN(c.range.from)}
                <br />– {formatDateVN(c.range.to)}
              </div>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}

/** The balance table's columns: each headcount figure and its column heading. */
const balanceColumns = [
  ['headcount.start', 'start'],
  ['headcount.admitted', 'admitted'],
  ['headcount.left', 'left'],
  ['headcount.end', 'end'],
  ['headcount.turns', 'turns'],
] as const satisfies [FigureKey, string][];
const balanceKeys = balanceColumns.map(([k]) => k);

/** Start + admitted − left = end, by kind of stay and sex; a kind with nobody in the period takes one line. */
function BalanceTable({ rows }: { rows: FigureRow[] }) {
  const { t } = useTranslation();
  const line = (key: string, label: string, kind: StayKind | undefined, sex: 'male' | 'female' | undefined, look: 'kind' | 'part' | 'total') => (
    <tr key={key} className={look === 'total' ? classes.totalRow : undefined}>
      <td className={look === 'part' ? classes.part : undefined}>{label}</td>
      {balanceKeys.map((k) => (
        <td key={k} className={classes.num}>
          {formatNumber(headcountValue(rows, k, kind, sex))}
        </td>
      ))}
    </tr>
  );
  const bySex = (prefix: string, kind: StayKind | undefined) => [
    line(`${prefix}-m`, `– ${t('sex.male')}`, kind, 'male', 'part'),
    line(`${prefix}-f`, `– ${t('sex.female')}`, kind, 'female', 'part'),
  ];
  const active = (kind: StayKind) => balanceKeys.some((k) => headcountValue(rows, k, kind) !== 0);
  return (
    <section className={classes.block}>
      <div className={print.heading}>{t('reportPrint.balance.heading')}</div>
      <table className={`${print.items} ${classes.figures}`}>
        <thead>
          <tr>
            <th>{t('reportPrint.balance.kind')}</th>
            {balanceColumns.map(([k, heading]) => (
              <th key={k} className={classes.valueCol}>
                {t(`reportPrint.balance.${heading}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stayKinds.flatMap((kind) => [line(kind, t(`stayKind.${kind}`), kind, undefined, 'kind'), ...(active(kind) ? bySex(kind, kind) : [])])}
          {line('total', t('reportPrint.balance.total'), undefined, undefined, 'total')}
          {bySex('total', undefined)}
        </tbody>
      </table>
      <p className={classes.small}>{t('reportPrint.balance.equation')}</p>
    </section>
  );
}

/** Staff and the year's funding (December and the year report), as entered by hand. */
function YearEndTable({ values, year }: { values: NonNullable<ReportFigures['yearEnd']>; year: number }) {
  const { t } = useTranslation();
  return (
    <section className={classes.block}>
      <div className={print.heading}>{t('reportPrint.yearEnd.heading', { year })}</div>
      <table className={`${print.items} ${classes.figures}`}>
        <thead>
          <tr>
            <th className={classes.noCol}>{t('reportPrint.column.no')}</th>
            <th>{t('reportPrint.column.figure')}</th>
            <th className={classes.unitCol}>{t('reportPrint.column.unit')}</th>
            <th className={classes.moneyCol}>{t('reportPrint.yearEnd.value')}</th>
          </tr>
        </thead>
        <tbody>
          {yearEndKeys.map((k, i) => {
            const v = values[k];
            return (
              <tr key={k}>
                <td className={print.center}>{i + 1}</td>
                <td>{t(`reports.yearEnd.field.${k}`)}</td>
                <td className={print.center}>{t(`reports.units.${k.startsWith('funding.') ? 'dong' : 'persons'}`)}</td>
                <td className={classes.num}>{v === null ? t('reportPrint.yearEnd.notEntered') : formatNumber(v)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** "Ghi chú": what each printed figure counts, so a reader can check the numbers against the register. */
function Notes({ keys }: { keys: FigureKey[] }) {
  const { t } = useTranslation();
  return (
    <section className={classes.notes}>
      <div className={classes.notesHeading}>{t('reportPrint.notes')}</div>
      {keys.map((k) => (
        <div key={k}>- {t('reportPrint.note', { label: t(`reports.figure.${k}`), definition: t(`reports.definition.${k}`) })}</div>
      ))}
    </section>
  );
}

/** Instead of wrong numbers: where the balance breaks, resident by resident, for the head to correct first. */
function Unbalanced({ problems }: { problems: ReportFigures['balance']['problems'] }) {
  const { t } = useTranslation();
  const u = 'reportPrint.unbalanced';
  return (
    <section className={classes.unbalanced} role="alert">
      <div className={print.heading}>{t(`${u}.heading`)}</div>
      <p className={print.para}>{t(`${u}.text`)}</p>
      <table className={`${print.items} ${classes.figures}`}>
        <thead>
          <tr>
            <th className={classes.noCol}>{t('reportPrint.column.no')}</th>
            <th>{t(`${u}.name`)}</th>
            <th>{t(`${u}.fileNumber`)}</th>
            {(['start', 'admitted', 'left', 'end'] as const).map((k) => (
              <th key={k} className={classes.valueCol}>
                {t(`reportPrint.balance.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={p.stayId}>
              <td className={print.center}>{i + 1}</td>
              <td>{p.fullName}</td>
              <td className={print.center}>{p.fileNumber}</td>
              {[p.start, p.admitted, p.left, p.end].map((v, j) => (
                <td key={j} className={classes.num}>
                  {formatNumber(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ReportDocument({ period, report, settings }: { period: ReportPeriodInput; report: ReportFigures; settings: Settings }) {
  const { t } = useTranslation();
  const final = report.final;
  const rows = printedRows(report);
  const today = vnDate(new Date());
  return (
    <>
      <DocumentHeader
        number={t('reportPrint.number', { number: final?.number ?? t('reportPrint.numberBlank'), symbol: settings.numberSymbol })}
        date={final?.signedOn ?? today}
        units={settings}
      />
      <h1 className={print.title}>{t('reportPrint.title')}</h1>
      <div className={print.subtitle}>{reportSubject(t, period)}</div>
      {final ? (
        final.differences.length > 0 && <p className={classes.status}>{t('reportPrint.changedSince', { count: final.differences.length })}</p>
      ) : (
        <p className={classes.status}>{t('reportPrint.draft', { date: formatDateVN(today) })}</p>
      )}
      {!report.balance.holds ? (
        <Unbalanced problems={report.balance.problems} />
      ) : rows.length === 0 ? (
        <p className={print.para}>{t('reportPrint.empty')}</p>
      ) : (
        <>
          <ContentTable report={report} rows={rows} />
          <BalanceTable rows={rows} />
          {report.yearEnd && <YearEndTable values={report.yearEnd} year={reportYear(period)} />}
          <Notes keys={printedKeys(rows)} />
        </>
      )}
      <CopiesFooter
        copies={settings.recipients.map((r) => (r.startsWith('-') ? r : `- ${r}`))}
        signer={final?.signerTitle ?? settings.signerTitle}
        name={final?.signerName ?? settings.signerName}
      />
    </>
  );
}

/**
 * The head's report of a period, printed per Nghị định 30/2020 (A4, page numbers from page 2): the finalised
 * figures if the period was finalised, else today's as a draft; never figures that do not balance.
 */
export function ReportPrint({ period }: { period: ReportPeriodInput }) {
  const { t } = useTranslation();
  const figures = useReportFigures(period);
  const settings = useReportSettings();
  const { from, to } = periodRange(period);
  return (
    <PrintPage backTo="/bao-cao" backLabel={t('reportPrint.back')} actions={<SavePdfButton fileName={`Bao-cao-${from}-${to}`} />}>
      <div className={classes.report}>
        {figures.data && settings.data ? (
          <ReportDocument period={period} report={figures.data} settings={settings.data} />
        ) : (
          <QueryStatus
            error={figures.error ?? settings.error}
            onRetry={() => {
              void figures.refetch();
              void settings.refetch();
            }}
          />
        )}
      </div>
    </PrintPage>
  );
}

/** The report for a path like /in/bao-cao/thang/calendar/2026/11; a wrong period says so; null if not a report path. */
export function reportPrintFor(pathname: string): ReactNode {
  const segments = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  if (segments[0] !== 'in' || segments[1] !== 'bao-cao') return null;
  const period = periodFromSegments(segments.slice(2).map(decodeURIComponent));
  return period ? <ReportPrint key={segments.join('/')} period={period} /> : <BadPeriod />;
}

function BadPeriod() {
  const { t } = useTranslation();
  return (
    <PrintPage backTo="/bao-cao" backLabel={t('reportPrint.back')}>
      <p className={print.para}>{t('reportPrint.badPeriod')}</p>
    </PrintPage>
  );
}
