import { Button, Group, MultiSelect, Paper, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AreaView } from '../../../shared/contract/beds';
import { ExportButton } from '../../components/ExportButton';
import { formatNumber } from '../../format/format';
import classes from './BedBoard.module.css';
import { boardTotals } from './board-model';

interface Props {
  board: AreaView[];
  areaFilter: string[];
  onAreaFilter: (ids: string[]) => void;
  privacy: boolean;
  onPrivacy: (on: boolean) => void;
  compact: boolean;
  onCompact: (on: boolean) => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
}

const swatches = [
  ['free', 'var(--mantine-color-green-6)', 'var(--mantine-color-white)'],
  ['occupied', 'var(--mantine-color-teal-5)', 'var(--mantine-color-teal-1)'],
  ['over', 'var(--mantine-color-orange-6)', 'var(--mantine-color-orange-1)'],
  ['out', 'var(--mantine-color-gray-5)', 'var(--mantine-color-gray-2)'],
] as const;

/** Filters and view switches above the board, the facility's totals and the colour legend. */
export function BoardToolbar(p: Props) {
  const { t } = useTranslation();
  const total = boardTotals(p.board);
  return (
    <Paper withBorder p="sm" mb="md">
      <Group gap="md" align="end" wrap="wrap">
        <MultiSelect
          label={t('beds.toolbar.filter')}
          placeholder={p.areaFilter.length === 0 ? t('beds.toolbar.allAreas') : undefined}
          data={p.board.map((a) => ({ value: String(a.id), label: `${a.code} · ${a.name}` }))}
          value={p.areaFilter}
          onChange={p.onAreaFilter}
          clearable
          searchable
          w={320}
        />
        <Switch label={t('beds.toolbar.privacy')} checked={p.privacy} onChange={(e) => p.onPrivacy(e.currentTarget.checked)} />
        <Switch label={t('beds.toolbar.compact')} checked={p.compact} onChange={(e) => p.onCompact(e.currentTarget.checked)} />
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={p.onExpandAll}>
            {t('beds.toolbar.expandAll')}
          </Button>
          <Button variant="default" size="xs" onClick={p.onCollapseAll}>
            {t('beds.toolbar.collapseAll')}
          </Button>
        </Group>
        <ExportButton method="exports.beds" input={{ privacy: p.privacy, areaIds: p.areaFilter.map(Number) }} />
      </Group>
      <Text size="sm" mt="sm" data-testid="bed-totals">
        {t('beds.totals', {
          occupied: formatNumber(total.occupied),
          present: formatNumber(total.present),
          free: formatNumber(total.free),
          beds: formatNumber(total.beds),
          working: formatNumber(total.working),
        })}
      </Text>
      <Group gap="md" mt={6} wrap="wrap" aria-label={t('beds.legend.title')}>
        {swatches.map(([key, border, bg]) => (
          <Text key={key} size="xs">
            <span className={classes.swatch} style={{ borderColor: border, background: bg }} />
            {t(`beds.legend.${key}`)}
          </Text>
        ))}
        <Text size="xs" c="red.7">
          {t('beds.legend.override')}
        </Text>
        <Text size="xs">{t('beds.legend.away')}</Text>
      </Group>
    </Paper>
  );
}
