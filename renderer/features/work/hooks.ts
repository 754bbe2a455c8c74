import type { MethodName } from '../../../shared/contract';
import { useMethodMutation, useMethodQuery } from '../../api/query';

/** Output feeds the day's sheet, the month's pay run and the report's figures. */
const outputViews: MethodName[] = ['work.sheet', 'pay.get', 'pay.list', 'work.figures'];
/** A rate shows on the products list and, through the sheet's preview, on the output grid. */
const productViews: MethodName[] = ['products.list'];
/** Approval credits every line to a deposit account. */
const payViews: MethodName[] = ['pay.get', 'pay.list', 'work.figures', 'deposit.account', 'deposit.statement'];

export const useProducts = () => useMethodQuery('products.list', {});
export const useCreateProduct = () => useMethodMutation('products.create', productViews);
export const useSetRate = () => useMethodMutation('products.setRate', productViews);

export const useWorkSheet = (teamId: number, date: string) => useMethodQuery('work.sheet', { teamId, date });
export const useRecordWork = () => useMethodMutation('work.record', outputViews);
export const useReverseWork = () => useMethodMutation('work.reverse', outputViews);

export const useExemptions = (stayId: number) => useMethodQuery('work.exemptions', { stayId });
export const useExempt = () => useMethodMutation('work.exempt', ['work.exemptions', 'work.sheet']);

export const usePayRun = (month: string) => useMethodQuery('pay.get', { month });
export const useDraftPay = () => useMethodMutation('pay.draft', ['pay.get', 'pay.list']);
export const useApprovePay = () => useMethodMutation('pay.approve', payViews);
