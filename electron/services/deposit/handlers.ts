import { AppError } from '../../../shared/errors';
import type { HandlerMap } from '../../router/types';
import { depositAccount, depositStatement } from './account';
import { recordDepositLine, reverseDepositLine } from './write';

/** Handlers of the deposit account (lưu ký): the account, a line, its reversal, a period's statement. */
export const depositHandlers: HandlerMap<'deposit.account' | 'deposit.record' | 'deposit.reverse' | 'deposit.statement'> = {
  'deposit.account': (input, ctx) => depositAccount(ctx.sqlite, input.stayId),
  'deposit.record': (input, ctx) => recordDepositLine(ctx, input),
  'deposit.reverse': (input, ctx) => reverseDepositLine(ctx, input),
  'deposit.statement': (input, ctx) => {
    if (input.from > input.to) throw new AppError('invalid_input', 'Từ ngày phải trước hoặc bằng đến ngày.', { field: 'to' });
    return depositStatement(ctx.sqlite, input);
  },
};
