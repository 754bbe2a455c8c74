import { useTranslation } from 'react-i18next';

/**
 * Words for codes the back end stores as free strings (notice kinds, item kinds): the translation when there is
 * one, else the code as stored, so a kind added later still shows.
 */
export function useCodeText(group: 'discharge.noticeKinds' | 'discharge.itemKinds' | 'profile.dischargeReasons'): (code: string) => string {
  const { t, i18n } = useTranslation();
  return (code) => {
    const key = `${group}.${code}`;
    return i18n.exists(key) ? (t as (k: string) => string)(key) : code;
  };
}

export const useNoticeKindText = () => useCodeText('discharge.noticeKinds');
export const useItemKindText = () => useCodeText('discharge.itemKinds');
export const useReasonText = () => useCodeText('profile.dischargeReasons');
