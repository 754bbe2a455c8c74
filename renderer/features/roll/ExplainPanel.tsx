import { Card, Group, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollEntryView } from '../../../shared/contract/roll';
import { DateField } from '../../components/DateField';
import type { Mark } from './roll-model';

interface Props {
  entry: RollEntryView;
  mark: Mark;
  onChange: (mark: Mark) => void;
  focusKey: number;
}

/** The explanation of the selected absence: a reason, or an escape with the head's search decision. */
export function ExplainPanel({ entry, mark, onChange, focusKey }: Props) {
  const { t } = useTranslation();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusKey > 0) first.current?.focus();
  }, [focusKey]);
  return (
    <Card withBorder padding="sm" data-testid="roll-explain">
      <Group align="flex-end" wrap="wrap">
        <Text fw={600}>{t('roll.explain')}: {entry.fullName}</Text>
        <SegmentedControl
          value={mark.status}
          onChange={(v) => onChange({ ...mark, status: v as Mark['status'] })}
          data={[
            { value: 'absent', label: t('roll.kindAbsent') },
            { value: 'escaped', label: t('roll.kindEscaped') },
            { value: 'present', label: t('roll.markPresent') },
          ]}
        />
        {mark.status === 'absent' && (
          <TextInput ref={first} label={t('roll.reason')} value={mark.reason} onChange={(e) => onChange({ ...mark, reason: e.currentTarget.value })} w={320} />
        )}
        {mark.status === 'escaped' && (
          <>
            <TextInput
              ref={first}
              label={t('roll.decisionNumber')}
              value={mark.decisionNumber}
              onChange={(e) => onChange({ ...mark, decisionNumber: e.currentTarget.value })}
              w={200}
            />
            <DateField label={t('roll.decisionDate')} value={mark.decisionDate} onChange={(v) => onChange({ ...mark, decisionDate: v })} w={180} />
          </>
        )}
      </Group>
    </Card>
  );
}
