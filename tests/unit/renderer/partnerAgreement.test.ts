import { describe, expect, it } from 'vitest';
import { agreementAge, resentText, territoryText } from '../../../renderer/features/partners/agreement';
import { areaCodeOf } from '../../../shared/domain/phone';
import { inTerritory, parseAreaCodes } from '../../../shared/domain/territory';

describe('territory area codes', () => {
  it.each([
    ['312, 773, 630', ['312', '773', '630']],
    [' (312) 773;630  312 ', ['312', '773', '630']],
    ['', []],
  ])('reads %j', (text, codes) => {
    expect(parseAreaCodes(text)).toEqual({ ok: true, codes });
  });

  it.each([
    ['312, 31', '"31" is not an area code: an area code is 3 digits, like 312'],
    ['3125', '"3125" is not an area code: an area code is 3 digits, like 312'],
    ['abc', '"abc" is not an area code: an area code is 3 digits, like 312'],
    ['012', '"012" is not an area code: none starts with 0 or 1'],
    ['411', '"411" is a service number (like 911), not an area code'],
  ])('names the bad code in %j', (text, message) => {
    expect(parseAreaCodes(text)).toEqual({ ok: false, message });
  });

  it('takes the area code from a stored North American phone only', () => {
    expect(areaCodeOf('+13125550142')).toBe('312');
    expect(areaCodeOf('+14165550100')).toBe('416');
    expect(areaCodeOf('+442079460018')).toBeNull();
    expect(areaCodeOf(null)).toBeNull();
    expect(inTerritory(null, [])).toBe(true);
    expect(inTerritory(null, ['312'])).toBe(false);
    expect(inTerritory('+17735550101', ['312', '773'])).toBe(true);
  });
});

describe('how an agreement reads', () => {
  it('says how old a lead must be and where its phone must be', () => {
    expect(agreementAge(14)).toBe('Leads older than 14 days');
    expect(agreementAge(1)).toBe('Leads older than 1 day');
    expect(agreementAge(0)).toBe('Leads of any age');
    expect(territoryText({ areaCodes: ['312'], territory: '' })).toBe('Phones in area code 312');
    expect(territoryText({ areaCodes: [], territory: 'North suburbs' })).toBe(
      'Any territory (North suburbs)',
    );
  });

  it('tells a re-send and the leads it left out', () => {
    const file = { count: 3, fileName: 'f.json', sha256: 'a'.repeat(64) };
    expect(resentText({ ...file, noLongerShareable: 2 })).toBe(
      'Sent 3 leads again to f.json · SHA-256 aaaaaaaaaaaa… — 2 leads no longer shareable were left out.',
    );
    expect(resentText({ ...file, noLongerShareable: 1 })).toMatch(
      /— 1 lead no longer shareable was left out\.$/,
    );
    expect(resentText({ ...file, noLongerShareable: 0 })).toMatch(
      /— every lead of the first file is still shareable\.$/,
    );
  });
});
