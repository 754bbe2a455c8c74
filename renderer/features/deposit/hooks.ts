import { useMethodMutation, useMethodQuery } from '../../api/query';

export const useDepositAccount = (stayId: number) => useMethodQuery('deposit.account', { stayId });
export const useDepositStatement = (stayId: number, from: string, to: string) => useMethodQuery('deposit.statement', { stayId, from, to });

/** A new or cancelled line changes the balance everywhere it shows: the account, its statement, the discharge settlement. */
const afterLine = ['deposit.account', 'deposit.statement', 'discharge.prepare'] as const;

export const useRecordDepositLine = () => useMethodMutation('deposit.record', [...afterLine]);
export const useReverseDepositLine = () => useMethodMutation('deposit.reverse', [...afterLine]);
