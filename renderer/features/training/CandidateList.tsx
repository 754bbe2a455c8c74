import { Badge, Checkbox, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Candidate } from './class-model';

/** The residents who may join, a checkbox each, with why one may need a second look (trained before, schooling). */
export function CandidateList({
  candidates,
  chosen,
  onToggle,
}: {
  candidates: Candidate[];
  chosen: ReadonlySet<number>;
  onToggle: (c: Candidate, on: boolean) => void;
}) {
  const { t } = useTranslation();
  if (candidates.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('training.enrol.none')}
      </Text>
    );
  }
  return (
    <ScrollArea.Autosize mah={300} type="auto" offsetScrollbars>
      <Stack gap="xs" data-testid="candidates">
        {candidates.map((c) => (
          <Checkbox
            key={c.stayId}
            checked={chosen.has(c.stayId)}
            onChange={(e) => onToggle(c, e.currentTarget.checked)}
            label={
              <Group gap={6}>
                <span>{t('training.enrol.choose', { name: c.fullName, fileNumber: c.fileNumber })}</span>
                {c.state !== 'present' && (
                  <Badge size="xs" variant="light" color="gray">
                    {t(`stayState.${c.state}`)}
                  </Badge>
                )}
              </Group>
            }
            description={<CandidateFlags c={c} />}
          />
        ))}
      </Stack>
    </ScrollArea.Autosize>
  );
}

function CandidateFlags({ c }: { c: Candidate }) {
  const { t } = useTranslation();
  if (!c.alreadyTrained && !c.needsSchooling) return null;
  return (
    <Stack gap={2} component="span">
      {c.alreadyTrained && (
        <Text span size="xs" c="orange.8">
          {t('training.enrol.trained', { ...c.alreadyTrained, result: t(`training.result.${c.alreadyTrained.result}`) })}
        </Text>
      )}
      {c.needsSchooling && (
        <Text span size="xs" c="blue.8">
          {t('training.enrol.schooling')}
        </Text>
      )}
    </Stack>
  );
}
