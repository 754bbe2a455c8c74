import { keepPreviousData } from '@tanstack/react-query';
import type { AuditListInput } from '../../../../shared/contract/audit';
import { useMethodQuery } from '../../../api/query';

export const AUDIT_PAGE_SIZE = 50;

/** The filters the viewer sends; paging is added by the page number. */
export type AuditFilters = Omit<AuditListInput, 'limit' | 'offset'>;

export const useAuditPage = (filters: AuditFilters, page: number) =>
  useMethodQuery(
    'audit.list',
    { ...filters, limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE },
    // The previous page stays on screen while the next one loads, so the table does not jump.
    { placeholderData: keepPreviousData },
  );

/** Run only when asked: it reads the whole log. */
export const useAuditVerify = () => useMethodQuery('audit.verify', {}, { enabled: false, staleTime: 0 });

export const useResidentOptions = (query: string) =>
  useMethodQuery('residents.list', { query, scope: 'all', limit: 20 }, { enabled: query.length >= 2, placeholderData: keepPreviousData });
