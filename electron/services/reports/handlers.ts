import type { ReportPeriod } from '../../../shared/domain/report-period';
import { periodRange } from '../../../shared/domain/report-period';
import type { HandlerMap } from '../../router/types';
import { checkDrill, drillList } from './drill';
import { drillWorkbook, reportWorkbook } from './export';
import { finalise } from './finals';
import { overview } from './overview';
import { buildReport, currentFigures } from './report';
import { reportSettingsView, setReportSettings } from './settings';
import { setYearEnd } from './year-end';

type ReportsMethods =
  | 'reports.figures'
  | 'reports.drill'
  | 'reports.exportXlsx'
  | 'reports.finalise'
  | 'reports.settings'
  | 'reports.setSettings'
  | 'reports.setYearEnd'
  | 'reports.overview';

/** The head's report (DOMAIN.md §9): figures that balance, the residents behind each, Excel, finalising, the overview. */
export const reportsHandlers: HandlerMap<ReportsMethods> = {
  'reports.figures': (input, ctx) => buildReport(ctx.sqlite, input.period as ReportPeriod, input.compare),

  'reports.drill': (input, ctx) => {
    checkDrill(input.key, ctx.user?.role ?? null);
    return drillList(ctx.sqlite, input.period as ReportPeriod, input.key, input.dims);
  },

  'reports.exportXlsx': (input, ctx) => {
    const period = input.period as ReportPeriod;
    if (!input.drill) return reportWorkbook(ctx.sqlite, period);
    checkDrill(input.drill.key, ctx.user?.role ?? null);
    return drillWorkbook(ctx.sqlite, period, input.drill.key, input.drill.dims);
  },

  'reports.finalise': (input, ctx) => {
    const period = input.period as ReportPeriod;
    const { figures, problems } = currentFigures(ctx.sqlite, period);
    return finalise(ctx, periodRange(period), input, figures, problems);
  },

  'reports.settings': (_input, ctx) => reportSettingsView(ctx.sqlite),

  'reports.setSettings': (input, ctx) => setReportSettings(ctx, input),

  'reports.setYearEnd': (input, ctx) => setYearEnd(ctx, input.year, input.values),

  'reports.overview': (_input, ctx) => overview(ctx.sqlite, ctx.today()),
};
