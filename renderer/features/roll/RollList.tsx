import { Badge, Box, Button, Group, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollEntryView } from '../../../shared/contract/roll';
import { formatInstantVN } from '../../format/format';
import { defaultMark, jumpIndex, type Mark } from './roll-model';

const ROW_HEIGHT = 44;

interface Props {
  entries: RollEntryView[];
  marks: Map<number, Mark>;
  selected: number;
  onSelect: (index: number) => void;
  /** Space on a row expected present: absent ↔ present. */
  onToggle: (index: number) => void;
  /** Enter on an absent row: focus its explanation. */
  onExplain: () => void;
  frozen: boolean;
  onAmend: (entry: RollEntryView) => void;
}

const color = { present: 'teal', away: 'orange', escaped: 'red', absent: 'red' } as const;

/**
 * The roll as a virtualised list (only the rows on screen exist, so 1.500 render at once), driven from the
 * keyboard: letters and digits jump to the first name or bed containing them (accent-free), arrows move, Space
 * marks absent, Enter goes to the explanation.
 */
export function RollList({ entries, marks, selected, onSelect, onToggle, onExplain, frozen, onAmend }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [typed, setTyped] = useState('');
  const typedAt = useRef(0);
  const virtualizer = useVirtualizer({ count: entries.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });

  useEffect(() => {
    if (selected >= 0) virtualizer.scrollToIndex(selected, { align: 'auto' });
  }, [selected, virtualizer]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      onSelect(Math.max(0, Math.min(entries.length - 1, selected + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === ' ' && !frozen) {
      e.preventDefault();
      onToggle(selected);
    } else if (e.key === 'Enter' && !frozen) {
      e.preventDefault();
      onExplain();
    } else if (e.key === 'Escape') {
      setTyped('');
    } else if (e.key.length === 1 && /[\p{L}\p{N}-]/u.test(e.key) && !e.ctrlKey && !e.metaKey) {
      const now = Date.now();
      const next = now - typedAt.current > 1500 ? e.key : typed + e.key;
      typedAt.current = now;
      setTyped(next);
      const i = jumpIndex(entries, next, Math.max(0, selected));
      if (i >= 0) onSelect(i);
    }
  };

  return (
    <Box>
      <Group justify="space-between" mb={4}>
        <Text size="xs" c="dimmed">{t('roll.keys')}</Text>
        {typed && <Badge variant="light" data-testid="roll-typed">{typed}</Badge>}
      </Group>
      <div
        ref={scrollRef}
        role="listbox"
        aria-label={t('roll.title')}
        aria-activedescendant={selected >= 0 ? `roll-row-${selected}` : undefined}
        tabIndex={0}
        data-testid="roll-list"
        onKeyDown={onKeyDown}
        style={{ height: 'calc(100vh - 330px)', minHeight: 320, overflow: 'auto', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const entry = entries[v.index];
            if (!entry) return null;
            const mark = frozen ? { ...defaultMark(entry), status: entry.status, reason: entry.reason ?? '' } : (marks.get(entry.stayId) ?? defaultMark(entry));
            const last = entry.amendments.at(-1);
            return (
              <div
                key={entry.stayId}
                id={`roll-row-${v.index}`}
                role="option"
                aria-selected={v.index === selected}
                onClick={() => onSelect(v.index)}
                style={{
                  position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)`,
                  display: 'flex', alignItems: 'center', gap: 12, padding: '0 12px', cursor: 'pointer',
                  background: v.index === selected ? 'var(--mantine-color-blue-0)' : undefined,
                  borderBottom: '1px solid var(--mantine-color-gray-2)',
                }}
              >
                <Text w={110} size="sm" ff="monospace">{entry.bedLabel ?? '—'}</Text>
                <Text fw={500} style={{ flex: 1, minWidth: 220 }} truncate>{entry.fullName}</Text>
                <Text size="sm" c="dimmed" w={90}>{entry.fileNumber}</Text>
                <Badge color={color[mark.status]} variant={mark.status === 'present' ? 'light' : 'filled'} w={170}>
                  {entry.awayStatus ? t(`roll.away.${entry.awayStatus}`) : t(`roll.status.${mark.status}`)}
                </Badge>
                <Text size="xs" c="dimmed" maw={260} style={{ flexShrink: 1 }} truncate>
                  {entry.movement ? `${formatInstantVN(entry.movement.occurredAt)} ${entry.movement.reason ?? ''}` : mark.reason}
                </Text>
                {last && (
                  <Text size="xs" c="blue" maw={320} style={{ flexShrink: 1 }} truncate title={last.reason}>
                    {t('roll.amended', { from: t(`roll.status.${last.fromStatus}`), to: t(`roll.status.${last.toStatus}`), reason: last.reason, by: last.amendedBy ?? '' })}
                  </Text>
                )}
                {frozen && (entry.status === 'present' || entry.status === 'absent') && (
                  <Button size="compact-xs" variant="subtle" onClick={() => onAmend(entry)}>{t('roll.amend')}</Button>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </Box>
  );
}
