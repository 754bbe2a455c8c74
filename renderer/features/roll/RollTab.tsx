import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollEntryView } from '../../../shared/contract/roll';
import { useCan } from '../../app/current-user';
import { ExportButton } from '../../components/ExportButton';
import { QueryStatus } from '../../components/QueryStatus';
import { Link } from '../../router/Link';
import { rollSheetPath } from '../print/paths';
import { formatInstantVN, formatNumber } from '../../format/format';
import { AmendModal } from './AmendModal';
import { ExplainPanel } from './ExplainPanel';
import { useRollExpected, useSaveRoll } from './hooks';
import { RollList } from './RollList';
import { defaultMark, presentMark, saveEntries, tally, type Mark } from './roll-model';

/**
 * One roll of one area: everyone present by default, absences explained, saved once, then frozen. Without an
 * area it shows the whole facility read-only, since rolls are taken and saved per area.
 */
export function RollTab({ areaId, date, slot }: { areaId: number | null; date: string; slot: string }) {
  const { t } = useTranslation();
  const canTake = useCan('roll.take');
  const q = useRollExpected({ areaId, date, slot });
  const save = useSaveRoll();
  const [marks, setMarks] = useState<Map<number, Mark>>(new Map());
  const [selected, setSelected] = useState(0);
  const [focusKey, setFocusKey] = useState(0);
  const [amending, setAmending] = useState<RollEntryView | null>(null);
  // A new roll (area, day or time) starts clean.
  useEffect(() => {
    setMarks(new Map());
    setSelected(0);
    save.reset();
  }, [areaId, date, slot]);

  if (!q.data) return <QueryStatus error={q.error} onRetry={() => void q.refetch()} />;
  const { entries, roll } = q.data;
  const frozen = roll !== null || !canTake || areaId === null;
  const markOf = (e: RollEntryView) => marks.get(e.stayId) ?? defaultMark(e);
  const setMark = (e: RollEntryView, m: Mark) => setMarks((prev) => new Map(prev).set(e.stayId, m));
  const statuses = entries.map((e) => (roll ? (e.amendments.at(-1)?.toStatus ?? e.status) : markOf(e).status));
  const c = tally(statuses);
  const current = entries[selected];
  const currentMark = current ? markOf(current) : null;

  const toggle = (i: number) => {
    const e = entries[i];
    if (!e || e.expected === 'away') return;
    const m = markOf(e);
    setMark(e, m.status === 'present' ? { ...m, status: 'absent' } : presentMark);
    if (m.status === 'present') setFocusKey((k) => k + 1);
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text data-testid="roll-counts">
          {t('roll.counts', { expected: formatNumber(entries.length), present: formatNumber(c.present), away: formatNumber(c.away), absent: formatNumber(c.absent), escaped: formatNumber(c.escaped) })}
        </Text>
        <ExportButton method="exports.roll" input={{ areaId, date, slot }} />
        {areaId !== null && (
          <Link to={rollSheetPath(areaId, date, slot)} size="sm">
            {t('print.rollSheet.link')}
          </Link>
        )}
        {!frozen && (
          <Button loading={save.isPending} onClick={() => save.mutate({ areaId, date, slot, entries: saveEntries(entries, marks) })}>
            {t('roll.save')}
          </Button>
        )}
      </Group>
      {areaId === null && <Alert color="gray">{t('roll.allAreasHint')}</Alert>}
      {roll && <Alert color="blue">{t('roll.frozen', { at: formatInstantVN(roll.savedAt), by: roll.takenBy ?? '' })}</Alert>}
      {save.data && <Alert color="teal">{t('roll.saved', { present: formatNumber(save.data.presentCount), expected: formatNumber(save.data.expectedCount) })}</Alert>}
      {save.error && (
        <Alert color="red" data-testid="roll-error">
          {(save.error.issues ?? [{ field: '', message: save.error.message }]).map((i) => <div key={i.field + i.message}>{i.message}</div>)}
        </Alert>
      )}
      {!frozen && current && currentMark && (currentMark.status === 'absent' || currentMark.status === 'escaped') && (
        <ExplainPanel entry={current} mark={currentMark} focusKey={focusKey} onChange={(m) => setMark(current, m)} />
      )}
      {entries.length === 0 ? (
        <Card><Text>{t('roll.empty')}</Text></Card>
      ) : (
        <RollList
          entries={entries}
          marks={marks}
          selected={selected}
          onSelect={setSelected}
          onToggle={toggle}
          onExplain={() => setFocusKey((k) => k + 1)}
          frozen={frozen}
          onAmend={canTake ? setAmending : () => undefined}
        />
      )}
      {roll && amending && <AmendModal rollId={roll.id} entry={amending} onClose={() => setAmending(null)} />}
    </Stack>
  );
}
