import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admissionIssues, effectiveBirthDate, wholeMonthsBetween, type AdmissionFacts, type AdmissionRules } from '../../../shared/domain/admission-rules';
import { addMonths } from '../../../shared/domain/dates';

const citations = {
  adult: 'Luật XLVPHC Điều 95',
  minor: 'Luật 73/2021 Điều 33 k3',
  voluntary: 'Luật 73/2021 Điều 31',
  age: 'Luật 73/2021 Điều 33',
};

function rules(term: [number, number, string] | null): AdmissionRules {
  return {
    today: '2026-11-23',
    term: term ? { value: { minMonths: term[0], maxMonths: term[1] }, citation: term[2] } : null,
    adultAge: { value: 18, citation: citations.adult },
    minimumAge: { value: 12, citation: citations.age },
  };
}
const adultRules = rules([12, 24, citations.adult]);
const minorRules = rules([6, 12, citations.minor]);
const voluntaryRules = rules([6, 12, citations.voluntary]);
const noTerm = rules(null);

const adult: AdmissionFacts = {
  kind: 'compulsory_adult',
  birth: { date: '1990-05-01', year: 1990 },
  broughtInOn: '2026-11-10',
  decision: { decisionDate: '2026-11-01', termMonths: 18 },
  heldDays: 0,
};
const minor: AdmissionFacts = { ...adult, kind: 'compulsory_minor', birth: { date: '2011-03-01', year: 2011 }, decision: { decisionDate: '2026-11-01', termMonths: 9 } };
const voluntary: AdmissionFacts = {
  kind: 'voluntary',
  birth: { date: '1995-01-01', year: 1995 },
  broughtInOn: '2026-11-10',
  contract: { signedOn: '2026-11-09', startsOn: '2026-11-10', endsOn: '2027-05-10' },
};
const pending: AdmissionFacts = { kind: 'pending_decision', birth: { date: '1990-05-01', year: 1990 }, broughtInOn: '2026-11-10', management: { decisionDate: '2026-11-09' } };
const assessment: AdmissionFacts = { kind: 'assessment', birth: { date: '1990-05-01', year: 1990 }, broughtInOn: '2026-11-20', referral: { documentDate: '2026-11-19' } };

const fields = (f: AdmissionFacts, r: AdmissionRules) => admissionIssues(f, r).map((i) => i.field);

describe('admission rules by kind', () => {
  it('accepts a valid admission of every kind', () => {
    expect(admissionIssues(adult, adultRules)).toEqual([]);
    expect(admissionIssues(minor, minorRules)).toEqual([]);
    expect(admissionIssues(voluntary, voluntaryRules)).toEqual([]);
    expect(admissionIssues(pending, noTerm)).toEqual([]);
    expect(admissionIssues(assessment, noTerm)).toEqual([]);
  });

  it('holds an adult term to 12–24 months, citing the law, the bounds included', () => {
    for (const termMonths of [11, 25]) {
      const issues = admissionIssues({ ...adult, decision: { ...adult.decision, termMonths } }, adultRules);
      expect(issues).toEqual([{ field: 'decision.termMonths', message: expect.stringContaining(`từ 12 đến 24 tháng (${citations.adult})`) }]);
    }
    for (const termMonths of [12, 24]) expect(admissionIssues({ ...adult, decision: { ...adult.decision, termMonths } }, adultRules)).toEqual([]);
  });

  it('holds a minor term to 6–12 months and cites the minors’ article', () => {
    const issues = admissionIssues({ ...minor, decision: { ...minor.decision, termMonths: 13 } }, minorRules);
    expect(issues[0]?.message).toContain(`người từ đủ 12 đến dưới 18 tuổi phải từ 6 đến 12 tháng (${citations.minor})`);
    expect(admissionIssues({ ...minor, decision: { ...minor.decision, termMonths: 6 } }, minorRules)).toEqual([]);
  });

  it('judges age on the decision date: 18 that day is an adult, a day short is a minor', () => {
    const on = (date: string, kind: 'compulsory_adult' | 'compulsory_minor') =>
      fields({ ...adult, kind, birth: { date, year: Number(date.slice(0, 4)) }, decision: { decisionDate: '2026-11-01', termMonths: kind === 'compulsory_adult' ? 18 : 9 } }, kind === 'compulsory_adult' ? adultRules : minorRules);
    expect(on('2008-11-01', 'compulsory_adult')).toEqual([]);
    expect(on('2008-11-02', 'compulsory_adult')).toEqual(['person.birthDate']);
    expect(on('2008-11-02', 'compulsory_minor')).toEqual([]);
    expect(on('2008-11-01', 'compulsory_minor')).toEqual(['person.birthDate']);
    // Under 12 is no kind of resident at all.
    expect(on('2014-11-02', 'compulsory_minor')).toEqual(['person.birthDate']);
    expect(admissionIssues({ ...minor, birth: { date: '2014-11-02', year: 2014 } }, minorRules)[0]?.message).toContain('chưa đủ 12 tuổi');
  });

  it('reads a year-only birth as 31/12 of that year and reports on the year field', () => {
    expect(effectiveBirthDate({ date: null, year: 2008 })).toBe('2008-12-31');
    // Born "2008": not certainly 18 on 01/11/2026, so not a compulsory adult; certainly a minor.
    expect(fields({ ...adult, birth: { date: null, year: 2008 } }, adultRules)).toEqual(['person.birthYear']);
    expect(fields({ ...minor, birth: { date: null, year: 2008 } }, minorRules)).toEqual([]);
  });

  it('refuses a future arrival, a decision after the arrival, and held days that swallow the term', () => {
    expect(fields({ ...adult, broughtInOn: '2026-11-24' }, adultRules)).toContain('broughtInOn');
    expect(fields({ ...adult, decision: { ...adult.decision, decisionDate: '2026-11-11' } }, adultRules)).toEqual(['decision.decisionDate']);
    expect(fields({ ...adult, heldDays: 40 }, adultRules)).toEqual([]);
    expect(fields({ ...adult, heldDays: 547 }, adultRules)).toEqual(['heldDays']);
  });

  it('checks the handover date against the arrival and today', () => {
    expect(fields({ ...adult, handoverOn: '2026-11-10' }, adultRules)).toEqual([]);
    expect(fields({ ...adult, handoverOn: '2026-11-09' }, adultRules)).toEqual(['handover.receivedOn']);
    expect(fields({ ...adult, handoverOn: '2026-11-24' }, adultRules)).toEqual(['handover.receivedOn']);
  });
});

describe('voluntary contract', () => {
  const contract = (c: Partial<{ signedOn: string; startsOn: string; endsOn: string }>) => ({ ...voluntary, contract: { ...(voluntary as { contract: object }).contract, ...c } }) as AdmissionFacts;

  it('derives the term from the contract months and holds it to 6–12 with the citation', () => {
    const five = admissionIssues(contract({ endsOn: '2027-04-10' }), voluntaryRules);
    expect(five).toEqual([{ field: 'contract.endsOn', message: expect.stringContaining(`từ 6 đến 12 tháng (${citations.voluntary}); hợp đồng này 5 tháng`) }]);
    expect(fields(contract({ endsOn: '2027-11-10' }), voluntaryRules)).toEqual([]);
    expect(fields(contract({ endsOn: '2027-12-10' }), voluntaryRules)).toEqual(['contract.endsOn']);
  });

  it('wants an end after the start, whole months, a start on the day brought in, and a signature before it', () => {
    expect(fields(contract({ endsOn: '2026-11-10' }), voluntaryRules)).toEqual(['contract.endsOn']);
    const ragged = admissionIssues(contract({ endsOn: '2027-05-09' }), voluntaryRules);
    expect(ragged[0]?.message).toContain('6 tháng kết thúc ngày 10/05/2027');
    expect(fields(contract({ startsOn: '2026-11-11', endsOn: '2027-05-11' }), voluntaryRules)).toEqual(['contract.startsOn']);
    expect(fields(contract({ signedOn: '2026-11-11' }), voluntaryRules)).toEqual(['contract.signedOn']);
  });

  it('counts whole months the way the calendar does, month ends included', () => {
    expect(wholeMonthsBetween('2026-08-31', '2027-02-28')).toBe(6);
    expect(wholeMonthsBetween('2026-11-10', '2027-11-10')).toBe(12);
    expect(wholeMonthsBetween('2026-11-10', '2027-11-11')).toBeNull();
    expect(wholeMonthsBetween('2026-11-10', '2026-11-10')).toBeNull();
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), fc.integer({ min: 1, max: 36 }), (d, m) => {
        const start = d.toISOString().slice(0, 10);
        expect(wholeMonthsBetween(start, addMonths(start, m))).toBe(m);
      }),
    );
  });
});

describe('temporary stays', () => {
  it('a pending-decision stay needs a decision dated no later than the arrival, and a person of at least 12', () => {
    expect(fields({ ...pending, management: { decisionDate: '2026-11-11' } } as AdmissionFacts, noTerm)).toEqual(['management.decisionDate']);
    expect(fields({ ...pending, birth: { date: '2015-01-01', year: 2015 } }, noTerm)).toEqual(['person.birthDate']);
  });

  it('an assessment needs a referral dated no later than the arrival', () => {
    expect(fields({ ...assessment, referral: { documentDate: '2026-11-21' } } as AdmissionFacts, noTerm)).toEqual(['referral.documentDate']);
  });
});
