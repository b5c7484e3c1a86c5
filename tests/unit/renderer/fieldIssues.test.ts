// Server issues land on the form's fields by their contract path; what no field shows goes to the banner.
import { describe, expect, it } from 'vitest';
import { fieldOfPath, messageIn, placeIssues, showServerError } from '../../../renderer/api/fieldIssues';

const values = {
  name: '',
  areaCodes: '312, 77',
  people: [{ firstName: 'Hector', phone: '312' }],
  callWindow: { start: '08:00', end: '21:00' },
  storeHours: [null, { open: '09:00', close: '17:00' }],
};

/** A stand-in for the react-hook-form methods the helpers use: it records what was set. */
function fakeForm() {
  const set: [string, string, boolean][] = [];
  return {
    set,
    getValues: () => values,
    setError: (name: string, error: { message?: string }, options?: { shouldFocus?: boolean }) =>
      set.push([name, error.message ?? '', options?.shouldFocus ?? false]),
  };
}

describe('fieldOfPath', () => {
  it.each([
    ['name', 'name'],
    ['areaCodes.2', 'areaCodes'],
    ['people.0.phone', 'people.0.phone'],
    ['people', 'people'],
    ['callWindow.end', 'callWindow.end'],
    ['storeHours.1.open', 'storeHours.1.open'],
    ['storeHours.0', 'storeHours.0'],
  ])('%s lands on %s', (path, field) => {
    expect(fieldOfPath(values, path)).toBe(field);
  });

  it.each(['walkoutId', 'callWindow', 'people.0', ''])('%j lands on no field', (path) => {
    expect(fieldOfPath(values, path)).toBeNull();
  });
});

describe('placeIssues', () => {
  it('sets each issue on its field, focuses the first, and gives back the rest', () => {
    const form = fakeForm();
    const rest = placeIssues(form as never, [
      { path: 'people.0.phone', message: 'Hector is already a prospect with that phone' },
      { path: 'walkoutId', message: 'No such walkout' },
      { path: 'areaCodes.1', message: '"77" is not an area code: an area code is 3 digits, like 312' },
    ]);
    expect(form.set).toEqual([
      ['people.0.phone', 'Hector is already a prospect with that phone', true],
      ['areaCodes', '"77" is not an area code: an area code is 3 digits, like 312', false],
    ]);
    expect(rest).toEqual([{ path: 'walkoutId', message: 'No such walkout' }]);
  });
});

describe('showServerError', () => {
  it('says a refusal with no issues in the banner', () => {
    const form = fakeForm();
    expect(showServerError(form as never, { message: 'You are not allowed to do that.', issues: [] })).toBe(
      'You are not allowed to do that.',
    );
    expect(form.set).toEqual([]);
  });

  it('leaves the banner empty when every issue is on a field, and names only the others', () => {
    const form = fakeForm();
    expect(
      showServerError(form as never, { message: 'x', issues: [{ path: 'name', message: 'Taken' }] }),
    ).toBe(null);
    expect(
      showServerError(form as never, {
        message: 'x',
        issues: [
          { path: 'name', message: 'Taken' },
          { path: 'id', message: 'Gone' },
          { path: 'role', message: 'Not yours' },
        ],
      }),
    ).toBe('Gone; Not yours');
  });
});

describe('messageIn', () => {
  it('finds the message of a field or of one of its parts, never looking inside the input element', () => {
    const ref = { focus: () => {}, self: null as unknown };
    ref.self = ref;
    expect(messageIn({ message: 'Enter a name', ref })).toBe('Enter a name');
    expect(messageIn([undefined, undefined, { message: 'Too long', ref }])).toBe('Too long');
    expect(messageIn({ root: { message: 'Add at least one person' } })).toBe('Add at least one person');
    expect(messageIn({ ref: { message: 'not a field message' } })).toBeUndefined();
    expect(messageIn(undefined)).toBeUndefined();
  });
});
