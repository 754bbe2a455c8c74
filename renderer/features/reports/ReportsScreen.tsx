import { Button, Card, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureDims, FigureRow } from '../../../shared/contract/reports';
import { vnDate } from '../../../shared/domain/dates';
import { reportSections, type ReportColumn } from '../../../shared/domain/report-figures';
import { periodRange, reportYear } from '../../../shared/domain/report-period';
import { useCan } from '../../app/current-user';
import { FormAlert } from '../../components/FormAlert';
import { splitApiError } from '../../components/form-errors';
import { PageTitle } from '../../components/PageTitle';
import { QueryStatus } from '../../components/QueryStatus';
import { formatDateVN } from '../../format/format';
import { navigate } from '../../router/history';
import { reportPrintPath } from '../print/paths';
import { BalanceState } from './BalanceState';
import { DrillModal, type DrillTarget } from './DrillModal';
import { ExportButton } from '../../components/ExportButton';
import { columnPeriod, sectionGroups } from './figure-model';
import { FinaliseButton } from './FinaliseButton';
import { FinalState } from './FinalState';
import { HeadcountTable } from './HeadcountTable';
import { useReport, useReportSettings } from './hooks';
import { useFigureText } from './labels';
import { PeriodPicker } from './PeriodPicker';
import { defaultForm, periodEnded, periodFields, periodOf, rangeText, type PeriodForm } from './period-model';
import { ReportCharts } from './ReportCharts';
import { SectionTable } from './SectionTable';
import type { ReportView } from './report-view';
import { SettingsForm } from './SettingsForm';
import { YearEndForm } from './YearEndForm';

/** "Báo cáo": the head's report of any period, its figures balanced and explained, drill-down, charts, finalising. */
export function ReportsScreen() {
  const settings = useReportSettings();
  if (!settings.data) return <QueryStatus error={settings.error} onRetry={() => void settings.refetch()} />;
  return <ReportsBody settings={settings.data} />;
}

type Settings = NonNullable<ReturnType<typeof useReportSettings>['data']>;
type Tab = 'figures' | 'charts' | 'settings';

function ReportsBody({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const text = useFigureText();
  const today = vnDate(new Date());
  const canFinalise = useCan('reports.finalise');
  const canConfigure = useCan('reports.configure');
  const [form, setForm] = useState<PeriodForm>(() => defaultForm(today, settings.defaultConvention));
  const [tab, setTab] = useState<Tab>('figures');
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const period = periodOf(form);
  const q = useReport({ period, compare: true });
  const errors = q.error ? splitApiError(q.error, periodFields) : { fieldErrors: {}, general: [] };
  const report = q.error ? undefined : q.data;
  const balanced = report?.balance.holds ?? false;

  const open = (row: Pick<FigureRow, 'key' | 'dims' | 'itemName' | 'itemUnit'>, column: ReportColumn) => {
    if (!report) return;
    const target = columnPeriod(period, column, report.columns);
    setDrill({
      period: target,
      key: row.key,
      dims: row.dims,
      title: t('reports.drill.title', { figure: text.full(row), column: t(`reports.columns.${column}`), range: rangeText(target) ?? '' }),
    });
  };

  return (
    <>
      <PageTitle
        actions={
          report && (
            <Group gap="sm">
              <ExportButton method="reports.exportXlsx" input={{ period }} />
              <Button
                variant="light"
                onClick={() => navigate(reportPrintPath(period))}
                disabled={!balanced}
                title={balanced ? undefined : t('reports.printBlocked')}
              >
                {t('reports.print')}
              </Button>
              {canFinalise && !report.final && <FinaliseButton period={period} disabled={!balanced} />}
            </Group>
          )
        }
      >
        {t('reports.title')}
      </PageTitle>
      <Stack gap="md">
        <Card withBorder>
          <PeriodPicker form={form} onChange={setForm} errors={errors.fieldErrors} />
          {report && !periodEnded(period, today) && (
            <Text size="sm" c="orange.8" mt={4}>
              {t('reports.period.running', { to: formatDateVN(periodRange(period).to) })}
            </Text>
          )}
        </Card>
        <FormAlert messages={errors.general} />
        {!report ? (
          Object.keys(errors.fieldErrors).length === 0 && errors.general.length === 0 && <QueryStatus error={null} onRetry={() => void q.refetch()} />
        ) : (
          <Tabs value={tab} onChange={(v) => setTab((v as Tab | null) ?? 'figures')} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="figures">{t('reports.tabs.figures')}</Tabs.Tab>
              <Tabs.Tab value="charts">{t('reports.tabs.charts')}</Tabs.Tab>
              {canConfigure && <Tabs.Tab value="settings">{t('reports.tabs.settings')}</Tabs.Tab>}
            </Tabs.List>
            <Tabs.Panel value="figures">
              <Figures report={report} year={reportYear(period)} canConfigure={canConfigure} onDrill={open} />
            </Tabs.Panel>
            <Tabs.Panel value="charts">
              <ReportCharts charts={report.charts} />
            </Tabs.Panel>
            {canConfigure && (
              <Tabs.Panel value="settings">
                <SettingsForm settings={settings} />
              </Tabs.Panel>
            )}
          </Tabs>
        )}
      </Stack>
      <DrillModal target={drill} onClose={() => setDrill(null)} />
    </>
  );
}

interface FiguresProps {
  report: ReportView;
  year: number;
  canConfigure: boolean;
  onDrill: (row: Pick<FigureRow, 'key' | 'dims' | 'itemName' | 'itemUnit'>, column: ReportColumn) => void;
}

/** The figures section by section, in the order of DOMAIN.md §9; the headcount first, as its balance. */
function Figures({ report, year, canConfigure, onDrill }: FiguresProps) {
  const { t } = useTranslation();
  const headcountTotals = sectionGroups(report.figures, 'headcount')
    .filter((g) => g.total)
    .map((g) => ({ ...g, parts: [] }));
  const drillHeadcount = (key: FigureRow['key'], dims: FigureDims) => onDrill({ key, dims, itemName: null, itemUnit: null }, 'current');
  return (
    <Stack gap="lg">
      {report.final && <FinalState final={report.final} />}
      <section aria-labelledby="report-headcount">
        <Title order={3} id="report-headcount" mb="xs">
          {t('reports.sections.headcount')}
        </Title>
        <Stack gap="sm">
          <BalanceState report={report} />
          <HeadcountTable rows={report.figures} onDrill={drillHeadcount} />
          {headcountTotals.length > 0 && <SectionTable groups={headcountTotals} report={report} onDrill={onDrill} />}
        </Stack>
      </section>
      {reportSections
        .filter((s) => s !== 'headcount')
        .map((section) => {
          const groups = sectionGroups(report.figures, section);
          if (groups.length === 0) return null;
          return (
            <section key={section} aria-labelledby={`report-${section}`}>
              <Title order={3} id={`report-${section}`} mb="xs">
                {t(`reports.sections.${section}`)}
              </Title>
              <SectionTable groups={groups} report={report} onDrill={onDrill} />
            </section>
          );
        })}
      {report.yearEnd && <YearEndForm key={year} year={year} values={report.yearEnd} canEdit={canConfigure} />}
    </Stack>
  );
}
