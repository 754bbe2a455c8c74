import { describe, expect, it } from 'vitest';
import { awaitsDecision, clampMonths, proposalUpdate, servedOn, type Proposal, type Review } from './proposal-model';

const proposal = (over: Partial<Proposal> = {}): Proposal => ({
  id: 4,
  stayId: 9,
  fullName: 'Nguyễn Văn Hùng',
  fileNumber: 'HS-9',
  birthYear: 1990,
  admittedOn: '2025-01-10',
  termMonths: 24,
  releaseDate: '2027-01-10',
  kind: 'reduction',
  monthsProposed: 2,
  grounds: '3 tháng khá',
  merit: false,
  included: true,
  note: null,
  monthsMin: 1,
  monthsMax: 3,
  eligibility: null,
  decision: null,
  ...over,
});

const review = (status: Review['status']): Review => ({
  id: 1,
  title: 'Đợt xét quý I',
  reviewOn: '2026-03-31',
  status,
  postingFrom: null,
  postingTo: null,
  draftedBy: null,
  approvedBy: null,
  approvedAt: null,
  included: 1,
  decided: 0,
});

describe('a proposal as edited', () => {
  it('keeps the months inside the legal range', () => {
    expect(clampMonths(0, 1, 3)).toBe(1);
    expect(clampMonths(7, 3, 6)).toBe(6);
    expect(clampMonths(2.4, 1, 3)).toBe(2);
    expect(clampMonths(Number.NaN, 1, 3)).toBe(1);
  });

  it('sends the whole proposal after one change, with no months for an exemption', () => {
    expect(proposalUpdate(proposal(), { included: false })).toEqual({ proposalId: 4, included: false, note: '', monthsProposed: 2 });
    expect(proposalUpdate(proposal({ note: 'x' }), { monthsProposed: 3 })).toEqual({ proposalId: 4, included: true, note: 'x', monthsProposed: 3 });
    expect(proposalUpdate(proposal({ kind: 'exemption' }), { note: 'Bản án số 12' })).toEqual({ proposalId: 4, included: true, note: 'Bản án số 12' });
  });

  it('waits for the court only once approved and included, until decided', () => {
    expect(awaitsDecision(review('draft'), proposal())).toBe(false);
    expect(awaitsDecision(review('approved'), proposal())).toBe(true);
    expect(awaitsDecision(review('approved'), proposal({ included: false }))).toBe(false);
    expect(awaitsDecision(review('approved'), proposal({ decision: { outcome: 'refused', decisionNumber: '1', decidedOn: '2026-04-20', monthsGranted: null } }))).toBe(false);
  });
});

describe('time served on the review day', () => {
  it('is the term less what remains', () => {
    expect(servedOn(proposal(), '2026-03-31')).toEqual({ months: 14, days: 21 });
    expect(servedOn(proposal(), '2025-01-10')).toEqual({ months: 0, days: 0 });
  });

  it('leaves out the days escaped, which moved the release date later', () => {
    expect(servedOn(proposal({ releaseDate: '2027-01-20' }), '2026-03-31')).toEqual({ months: 14, days: 11 });
  });

  it('counts from the half-term date when the eligibility gives it, so a later reduction does not inflate it', () => {
    const eligibility = {
      asOf: '2026-03-31',
      halfTermDate: '2026-01-20',
      halfTermReached: true,
      months: [],
      goodMonths: 3,
      merit: false,
      eligible: true,
      monthsMin: 1,
      monthsMax: 3,
      reasons: [],
    };
    expect(servedOn(proposal({ eligibility, releaseDate: '2026-11-20' }), '2026-03-31')).toEqual({ months: 14, days: 11 });
  });

  it('adds back the months granted in this review when only the release date is known', () => {
    const decision = { outcome: 'granted' as const, decisionNumber: '45/2026/QĐ-TA', decidedOn: '2026-04-20', monthsGranted: 2 };
    expect(servedOn(proposal({ releaseDate: '2026-11-10', decision }), '2026-03-31')).toEqual({ months: 14, days: 21 });
  });

  it('is unknown without a term', () => {
    expect(servedOn(proposal({ termMonths: null }), '2026-03-31')).toBeNull();
  });
});
