import { Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateVN } from '../../format/format';
import { stateColor } from '../residents/ResidentTable';
import { capsFigures, capsValues, emptyLine, formatDong, formatHours, previewAmount, type LineDraft, type Product, type RowError, type WorkRow } from './work-model';

interface Props {
  row: WorkRow;
  products: Product[];
  draft: LineDraft | undefined;
  error: RowError | undefined;
  editable: boolean;
  onChange: (draft: LineDraft) => void;
  onReverse: (line: WorkRow['lines'][number]) => void;
}

/** One member: where he is, his hours against the caps of his age, the entry line, and what is recorded. */
export function OutputRow({ row: r, products, draft, error, editable, onChange, onReverse }: Props) {
  const { t } = useTranslation();
  const d = draft ?? emptyLine;
  const blocked = r.blocked !== null;
  const caps = capsFigures(r, draft);
  const amount = previewAmount(draft, products);
  const options = [{ value: '', label: t('work.chooseProduct') }, ...products.map((p) => ({ value: String(p.id), label: `${p.name} (${t(`work.products.units.${p.unit}`)})` }))];
  const messages = error ? [error.row, error.productId, error.quantity, error.hours].filter((m): m is string => Boolean(m)) : [];
  return (
    <>
    <Table.Tr data-testid={`work-row-${r.stayId}`} bg={blocked ? 'gray.1' : undefined}>
      <Table.Td w={300}>
        <Stack gap={2}>
          <Group gap={6}>
            <Text size="sm" fw={500} c={blocked ? 'dimmed' : undefined}>
              {r.fullName}
            </Text>
            <Badge size="xs" variant="light" color={stateColor(r.state)}>
              {t(`stayState.${r.state}`)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {r.fileNumber} · {t(`work.ageBand.${r.ageBand}`)}
          </Text>
          <Text size="xs" c={caps.overDay || caps.overWeek ? 'red' : undefined} fw={caps.overDay || caps.overWeek ? 600 : undefined}>
            {t('work.caps', capsValues(r, caps))}
          </Text>
          {r.exemption && !blocked && (
            <Text size="xs" c="orange">
              {t('work.exempted', { from: formatDateVN(r.exemption.fromOn), to: formatDateVN(r.exemption.toOn) })}
            </Text>
          )}
          {blocked && (
            <Text size="xs" c="orange.8" fw={600} data-testid="work-blocked">
              {r.blocked}
            </Text>
          )}
        </Stack>
      </Table.Td>
      {editable && (
        <>
          <Table.Td w={240}>
            {!blocked && (
              <NativeSelect
                aria-label={t('work.productOf', { name: r.fullName })}
                data={options}
                value={d.productId}
                onChange={(e) => onChange({ ...d, productId: e.currentTarget.value })}
                error={Boolean(error?.productId)}
                size="xs"
              />
            )}
          </Table.Td>
          <Table.Td w={110}>
            {!blocked && (
              <TextInput
                aria-label={t('work.quantityOf', { name: r.fullName })}
                value={d.quantity}
                onChange={(e) => onChange({ ...d, quantity: e.currentTarget.value })}
                error={Boolean(error?.quantity)}
                inputMode="decimal"
                size="xs"
              />
            )}
          </Table.Td>
          <Table.Td w={90}>
            {!blocked && (
              <TextInput
                aria-label={t('work.hoursOf', { name: r.fullName })}
                value={d.hours}
                onChange={(e) => onChange({ ...d, hours: e.currentTarget.value })}
                error={Boolean(error?.hours)}
                inputMode="decimal"
                size="xs"
              />
            )}
          </Table.Td>
          <Table.Td w={110}>
            <Text size="sm" c="dimmed">
              {amount === null ? '' : formatDong(amount)}
            </Text>
          </Table.Td>
        </>
      )}
      <Table.Td>
        {r.lines.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('work.noLines')}
          </Text>
        ) : (
          <Stack gap={2}>
            {r.lines.map((l) => (
              <Group key={l.id} gap={6} wrap="nowrap">
                <Text size="xs" td={l.reversed ? 'line-through' : undefined} c={l.reversed ? 'dimmed' : undefined}>
                  {l.productName}: {formatHours(l.quantity)} · {formatHours(l.hours)} {t('work.hoursUnit')} · {formatDong(l.amountDong)}
                </Text>
                {l.reversed ? (
                  <Text size="xs" c="dimmed" title={l.reversed.reason ?? undefined}>
                    ({t('work.reversedLine')})
                  </Text>
                ) : (
                  editable && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('work.reverseOf', { product: l.productName, name: r.fullName })}
                      onClick={() => onReverse(l)}
                    >
                      {t('work.reverse')}
                    </Button>
                  )
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
    {messages.length > 0 && (
      <Table.Tr>
        <Table.Td colSpan={editable ? 6 : 2} pt={0}>
          <Text size="xs" c="red" role="alert" data-testid={`work-error-${r.stayId}`}>
            {/* The back end's messages already name the resident; a form check's do not. */}
            {messages.map((m) => (m.startsWith(r.fullName) ? m : `${r.fullName}: ${m}`)).join(' · ')}
          </Text>
        </Table.Td>
      </Table.Tr>
    )}
    </>
  );
}
