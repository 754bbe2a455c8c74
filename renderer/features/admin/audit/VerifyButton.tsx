import { Alert, Button, Code, List, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { methodKey } from '../../../api/query';
import { formatNumber } from '../../../format/format';
import { useAuditVerify } from './hooks';

/** "Kiểm tra tính toàn vẹn": recomputes the whole hash chain and says plainly whether and where it breaks. */
export function VerifyButton() {
  const { t } = useTranslation();
  const verify = useAuditVerify();
  const queryClient = useQueryClient();
  // The list is read again too, so the rows on screen are those the check just read from the file.
  const check = () => {
    void verify.refetch();
    void queryClient.invalidateQueries({ queryKey: methodKey('audit.list') });
  };
  const r = verify.data;
  return (
    <Stack gap="sm">
      <div>
        <Button variant="light" loading={verify.isFetching} onClick={check}>
          {t('admin.auditViewer.verify')}
        </Button>
      </div>
      {verify.error && (
        <Alert color="red" role="alert">
          {verify.error.message}
        </Alert>
      )}
      {r && !verify.isFetching && (
        <Alert
          color={r.ok ? 'teal' : 'red'}
          role="status"
          data-testid="audit-verify-result"
          title={r.ok ? t('admin.auditViewer.verifyOkTitle') : t('admin.auditViewer.verifyBrokenTitle')}
        >
          {r.ok ? (
            <Text size="sm">
              {r.checked === 0 ? t('admin.auditViewer.verifyEmpty') : t('admin.auditViewer.verifyOk', { n: formatNumber(r.checked) })}
            </Text>
          ) : (
            <>
              <Text size="sm">
                {t('admin.auditViewer.verifyBroken', { n: formatNumber(r.checked), problems: formatNumber(r.problemCount) })}
              </Text>
              <List size="sm" mt={4}>
                {r.problems.map((p, i) => (
                  <List.Item key={i}>{p.message}</List.Item>
                ))}
              </List>
              {r.problemCount > r.problems.length && (
                <Text size="sm">{t('admin.auditViewer.verifyMore', { n: formatNumber(r.problemCount - r.problems.length) })}</Text>
              )}
            </>
          )}
          {r.headHash && (
            <Text size="xs" mt="xs">
              {t('admin.auditViewer.headHash', { id: r.lastId ?? '' })} <Code>{r.headHash}</Code>
            </Text>
          )}
          <Text size="xs" c="dimmed" mt="xs">
            {r.limitation}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
