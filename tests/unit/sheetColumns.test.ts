// Header guessing for a store's own spreadsheet: the spellings real sheets use, each to its field.
import { describe, expect, it } from 'vitest';
import { guessField, guessMapping, splitFullName } from '../../shared/domain/sheetColumns';

describe('guessField', () => {
  it.each([
    ['First Name', 'firstName'],
    ['first', 'firstName'],
    ['FNAME', 'firstName'],
    ['Last Name', 'lastName'],
    ['Surname', 'lastName'],
    ['Customer', 'fullName'],
    ['Name', 'fullName'],
    ['Customer Name', 'fullName'],
    ['Cell', 'phone'],
    ['Mobile #', 'phone'],
    ['Phone Number', 'phone'],
    ['Customer Cell Phone', 'phone'],
    ['Tel.', 'phone'],
    ['E-mail', 'email'],
    ['Email Address', 'email'],
    ['e_mail', 'email'],
    ['Vehicle', 'product'],
    ['Product', 'product'],
    ['Model', 'product'],
    ['Vehicle of interest', 'product'],
    ['Date', 'visitDate'],
    ['Visit Date', 'visitDate'],
    ['Date of visit', 'visitDate'],
    ['Salesperson', 'salesperson'],
    ['Sales Rep', 'salesperson'],
    ['Notes', 'notes'],
    ['Comments', 'notes'],
    ['Why not', 'objection'],
    ['Objection', 'objection'],
    ['Reason not sold', 'objection'],
    ['Price Quoted', 'price'],
    ['Quote', 'price'],
  ])('%s → %s', (header, field) => {
    expect(guessField(header)).toBe(field);
  });

  it('leaves a column it cannot name unmapped', () => {
    expect(guessField('Stock #')).toBe(null);
    expect(guessField('Trade-in')).toBe(null);
    expect(guessField('   ')).toBe(null);
  });
});

describe('guessMapping', () => {
  it('gives each field to its first column only, and drops a full name beside first and last', () => {
    expect(
      guessMapping(['Name', 'First', 'Last', 'Cell', 'Home Phone', 'E-mail', 'Date', 'Stock #']),
    ).toEqual([null, 'firstName', 'lastName', 'phone', null, 'email', 'visitDate', null]);
  });

  it('keeps a lone full-name column', () => {
    expect(guessMapping(['Customer', 'Mobile #', 'Visit Date'])).toEqual(['fullName', 'phone', 'visitDate']);
  });
});

describe('splitFullName', () => {
  it('splits on the last space, or on a comma as "Last, First"', () => {
    expect(splitFullName('Mary Ann  Smith')).toEqual({ firstName: 'Mary Ann', lastName: 'Smith' });
    expect(splitFullName('Smith, Mary')).toEqual({ firstName: 'Mary', lastName: 'Smith' });
    expect(splitFullName('Cher')).toEqual({ firstName: 'Cher', lastName: '' });
  });
});
