import { Badge, Group, NativeSelect, Switch, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { attendanceReasons, type AttendanceReason } from '../../../../shared/domain/vocabulary';
import { residentPath } from '../../../app/routes';
import { Link } from '../../../router/Link';
import { draftOf, type Line, type LineDraft } from './attendance-model';

export type RowErrors = Map<number, { reason?: string; note?: string }>;

interface Props {
  lines: Line[];
  drafts: Map<number, LineDraft>;
  errors: RowErrors;
  frozen: boolean;
  onToggle: (line: Line, present: boolean) => void;
  onChange: (line: Line, draft: LineDraft) => void;
}

/**
 * The residents of the session, each present by default: a switch per row (Space toggles it), and when absent
 * a reason and a note, reached with Tab. Someone away by a movement is shown absent with its reason, locked.
 */
export function AttendanceTable({ lines, drafts, errors, frozen, onToggle, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder verticalSpacing={6} data-testid="attendance-sheet">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={48}>#</Table.Th>
          <Table.Th>{t('attendance.sheet.name')}</Table.Th>
          <Table.Th w={110}>{t('attendance.sheet.fileNumber')}</Table.Th>
          <Table.Th w={140}>{t('attendance.sheet.mark')}</Table.Th>
          <Table.Th w={320}>{t('attendance.sheet.reason')}</Table.Th>
          <Table.Th>{t('attendance.sheet.note')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((l, i) => (
          <Row key={l.enrolmentId} index={i} line={l} draft={draftOf(drafts, l)} error={errors.get(l.enrolmentId)} frozen={frozen} onToggle={onToggle} onChange={onChange} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Row({
  index,
  line,
  draft,
  error,
  frozen,
  onToggle,
  onChange,
}: { index: number; line: Line; draft: LineDraft; error: { reason?: string; note?: string } | undefined } & Pick<Props, 'frozen' | 'onToggle' | 'onChange'>) {
  const { t } = useTranslation();
  const reasonRef = useRef<HTMLSelectElement>(null);
  const justMarked = useRef(false);
  useEffect(() => {
    if (justMarked.current && !draft.present) reasonRef.current?.focus();
    justMarked.current = false;
  }, [draft.present]);
  const locked = frozen || line.awayByMovement;
  const reasonLabel = draft.reason ? t(`attendance.reasons.${draft.reason}`) : '';
  const options = [
    { value: '', label: `— ${t('attendance.sheet.reasonRequired')} —` },
    ...attendanceReasons.map((r) => ({ value: r, label: t(`attendance.reasons.${r}`) })),
  ];
  return (
    <Table.Tr
      data-testid={`attendance-row-${line.enrolmentId}`}
      bg={draft.present ? undefined : line.awayByMovement ? 'var(--mantine-color-orange-0)' : 'var(--mantine-color-red-0)'}
    >
      <Table.Td c="dimmed">{index + 1}</Table.Td>
      <Table.Td fw={500}>
        <Link to={residentPath(line.stayId)} c="inherit" fw={500}>{line.fullName}</Link>
      </Table.Td>
      <Table.Td>{line.fileNumber}</Table.Td>
      <Table.Td>
        <Switch
          aria-label={t('attendance.sheet.presentOf', { name: line.fullName })}
          checked={draft.present}
          disabled={locked}
          color="teal"
          onChange={(e) => {
            justMarked.current = true;
            onToggle(line, e.currentTarget.checked);
          }}
          label={draft.present ? t('attendance.sheet.present') : t('attendance.sheet.absent')}
        />
      </Table.Td>
      <Table.Td>
        {!draft.present &&
          (locked ? (
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" fw={500}>{reasonLabel}</Text>
              {line.awayByMovement && (
                <Badge color="orange" variant="light" title={t('attendance.sheet.byMovementHint')} style={{ flexShrink: 0 }}>
                  {t('attendance.sheet.byMovement')}
                </Badge>
              )}
            </Group>
          ) : (
            <NativeSelect
              ref={reasonRef}
              aria-label={t('attendance.sheet.reasonOf', { name: line.fullName })}
              data={options}
              value={draft.reason ?? ''}
              onChange={(e) => onChange(line, { ...draft, reason: (e.currentTarget.value || null) as AttendanceReason | null })}
              error={error?.reason}
              size="xs"
            />
          ))}
      </Table.Td>
      <Table.Td>
        {frozen || line.awayByMovement || draft.present ? (
          <Text size="sm" c={line.awayByMovement ? 'dimmed' : undefined}>{draft.note}</Text>
        ) : (
          <TextInput
            aria-label={t('attendance.sheet.noteOf', { name: line.fullName })}
            value={draft.note}
            onChange={(e) => onChange(line, { ...draft, note: e.currentTarget.value })}
            error={error?.note}
            size="xs"
            maxLength={300}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}
