import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { splitApiError } from './form-errors';

const fields = ['person.citizenId', 'decision.termMonths', 'bedId'] as const;

describe('splitApiError', () => {
  it('puts each Vietnamese message under the field its dot path names', () => {
    const error = new ApiError({
      code: 'rule_violation',
      message: 'Thời hạn…',
      field: 'decision.termMonths',
      issues: [
        { field: 'decision.termMonths', message: 'Thời hạn cai nghiện bắt buộc người thành niên phải từ 12 đến 24 tháng' },
        { field: 'bedId', message: 'Không thể xếp vào giường này' },
      ],
    });
    expect(splitApiError(error, fields)).toEqual({
      fieldErrors: {
        'decision.termMonths': 'Thời hạn cai nghiện bắt buộc người thành niên phải từ 12 đến 24 tháng',
        bedId: 'Không thể xếp vào giường này',
      },
      general: [],
    });
  });

  it('keeps the first message of a field and sends unknown fields and bare refusals above the form', () => {
    const error = new ApiError({
      code: 'invalid_input',
      message: 'x',
      issues: [
        { field: 'person.citizenId', message: 'Số CCCD phải gồm 12 chữ số' },
        { field: 'person.citizenId', message: 'second' },
        { field: 'person.residence.ward', message: 'Phường: bắt buộc' },
      ],
    });
    expect(splitApiError(error, fields)).toEqual({
      fieldErrors: { 'person.citizenId': 'Số CCCD phải gồm 12 chữ số' },
      general: ['Phường: bắt buộc'],
    });
    const forbidden = new ApiError({ code: 'forbidden', message: 'Vai trò của bạn không được phép' });
    expect(splitApiError(forbidden, fields)).toEqual({ fieldErrors: {}, general: ['Vai trò của bạn không được phép'] });
  });
});
