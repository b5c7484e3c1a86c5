// The one folding rule of prospect search: the terms a prospect is filed under and the ranges a query reads.
import { describe, expect, it } from 'vitest';
import { foldText, parseSearchQuery, searchTermsOf } from '../../shared/domain/prospectSearch';

describe('prospect search terms', () => {
  it('folds accents, case and the letters Unicode does not decompose', () => {
    expect(foldText('José GARCÍA Øster Łukasz Straße')).toBe('jose garcia oster lukasz strasse');
  });

  it('files name words, the whole name both ways, e-mail parts and the phone reversed', () => {
    expect(
      searchTermsOf({
        firstName: 'José',
        lastName: "O'Neil",
        phone: '+13125550142',
        email: 'Jose.ONeil+x@Ex.com',
      }),
    ).toEqual([
      'njose',
      'no',
      'nneil',
      'fjose o neil',
      'fo neil jose',
      'ejose.oneil+x@ex.com',
      'eoneil+x@ex.com',
      'ex@ex.com',
      'p24105552131',
    ]);
    expect(searchTermsOf({ firstName: 'Cher', lastName: '', phone: null, email: null })).toEqual(['ncher']);
  });
});

describe('parseSearchQuery', () => {
  it('reads a whole phone as the exact number, part of one as a suffix', () => {
    const exact = { kind: 'phone', prefix: 'p24105552131', exact: 'p24105552131' };
    expect(parseSearchQuery('(312) 555-0142', 'US')).toEqual(exact);
    expect(parseSearchQuery('+1 312 555 0142', 'US')).toEqual(exact);
    expect(parseSearchQuery('555 0142', 'US')).toEqual({ kind: 'phone', prefix: 'p2410555', exact: null });
    expect(parseSearchQuery('0142', 'US')).toEqual({ kind: 'phone', prefix: 'p2410', exact: null });
    expect(parseSearchQuery('142', 'US')).toEqual({
      kind: 'short',
      hint: 'Type at least 4 digits of the phone number.',
    });
  });

  it('reads words as a name prefix (one word also an e-mail start) and an @ as an e-mail', () => {
    expect(parseSearchQuery(' Jo ', 'US')).toEqual({ kind: 'text', name: 'njo', email: 'ejo' });
    expect(parseSearchQuery('José  Gar', 'US')).toEqual({ kind: 'text', name: 'fjose gar', email: null });
    expect(parseSearchQuery('Rosa@Ex', 'US')).toEqual({ kind: 'email', prefix: 'erosa@ex' });
    expect(parseSearchQuery('é', 'US').kind).toBe('short');
    expect(parseSearchQuery('', 'US').kind).toBe('short');
  });
});
