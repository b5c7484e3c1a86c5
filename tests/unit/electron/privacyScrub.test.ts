// How an erased person is recognised in other people's texts and taken out of them.
import { describe, expect, it } from 'vitest';
import {
  confirmsName,
  ERASED_TEXT,
  scrubDetail,
  scrubText,
  termsOf,
} from '../../../electron/services/privacy/scrub';

const zeb = {
  firstName: 'Zebulon',
  lastName: 'Quackenbush',
  phone: '+13125550199',
  email: 'zeb@example.com',
};

describe('termsOf', () => {
  it('is the full name, the e-mail and the phone as stored, as written and as digits, longest first', () => {
    expect(termsOf(zeb, 'US')).toEqual([
      'Zebulon Quackenbush',
      'zeb@example.com',
      '(312) 555-0199',
      '+13125550199',
      '3125550199',
    ]);
  });

  it('leaves out a first name alone, which would hit every namesake', () => {
    expect(termsOf({ firstName: 'Al', lastName: '', phone: null, email: null }, 'US')).toEqual([]);
  });
});

describe('scrubText', () => {
  it('replaces every occurrence in any letter case, and nothing else', () => {
    const terms = termsOf(zeb, 'US');
    expect(scrubText('Referred by zebulon QUACKENBUSH, call (312) 555-0199 or +13125550199', terms)).toBe(
      `Referred by ${ERASED_TEXT}, call ${ERASED_TEXT} or ${ERASED_TEXT}`,
    );
    expect(scrubText('Zebulon alone stays', terms)).toBe('Zebulon alone stays');
  });

  it('treats the terms as text, not patterns', () => {
    expect(scrubText('a.b+c (x)', ['a.b+c (x)'])).toBe(ERASED_TEXT);
    expect(scrubText('axb+c (x)', ['a.b+c (x)'])).toBe('axb+c (x)');
  });
});

describe('scrubDetail', () => {
  it('keeps keys, numbers and ids; scrubs the texts of nested values', () => {
    const detail = JSON.stringify({
      why: 'Sold to Zebulon Quackenbush',
      walkout: 7,
      was: { note: ['zeb@example.com'] },
    });
    expect(JSON.parse(scrubDetail(detail, termsOf(zeb, 'US')))).toEqual({
      why: `Sold to ${ERASED_TEXT}`,
      walkout: 7,
      was: { note: [ERASED_TEXT] },
    });
  });

  it("erases every text of the person's own rows", () => {
    const detail = JSON.stringify({
      reopened: 'He changed his mind',
      was: { closer: 'rep', amountCents: 5000 },
    });
    expect(JSON.parse(scrubDetail(detail, 'all'))).toEqual({
      reopened: ERASED_TEXT,
      was: { closer: ERASED_TEXT, amountCents: 5000 },
    });
  });
});

it('confirmsName ignores letter case and spacing, but not a different name', () => {
  expect(confirmsName('  zebulon   QUACKENBUSH ', 'Zebulon Quackenbush')).toBe(true);
  expect(confirmsName('Zebulon', 'Zebulon Quackenbush')).toBe(false);
  expect(confirmsName('', '')).toBe(false);
});
