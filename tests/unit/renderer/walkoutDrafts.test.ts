// Half-typed walkouts kept in memory: one per employee, only for the one who typed it, an empty form keeps
// nothing, and forgetting one leaves the others.
import { beforeEach, describe, expect, it } from 'vitest';
import { draftOf, forgetDraft, hasTyping, keepDraft } from '../../../renderer/features/counter/walkoutDrafts';
import { EMPTY_WALKOUT } from '../../../renderer/features/counter/walkoutFormValues';

const SAM = 3;
const TINA = 4;
const dana = {
  ...EMPTY_WALKOUT,
  prospect: { ...EMPTY_WALKOUT.prospect, firstName: 'Dana', phone: '312-555-0148' },
};
const named = (firstName: string) => ({
  ...EMPTY_WALKOUT,
  prospect: { ...EMPTY_WALKOUT.prospect, firstName },
});

describe('walkout drafts', () => {
  beforeEach(() => {
    forgetDraft(SAM);
    forgetDraft(TINA);
  });

  it('keeps a half-typed walkout for the employee who typed it, and for nobody else', () => {
    keepDraft(SAM, dana);
    expect(draftOf(SAM)).toEqual(dana);
    expect(draftOf(TINA)).toBeNull();
  });

  it('keeps at most one per employee: the newer one', () => {
    keepDraft(SAM, dana);
    keepDraft(SAM, named('Lee'));
    expect(draftOf(SAM)?.prospect.firstName).toBe('Lee');
  });

  it('keeps a copy, so later typing in the form does not change it', () => {
    const values = { ...dana, prospect: { ...dana.prospect } };
    keepDraft(SAM, values);
    values.prospect.firstName = 'changed';
    expect(draftOf(SAM)?.prospect.firstName).toBe('Dana');
  });

  it('an untouched form keeps nothing and does not wipe the draft already kept', () => {
    keepDraft(SAM, dana);
    keepDraft(SAM, named('   '));
    expect(draftOf(SAM)).toEqual(dana);
    keepDraft(TINA, EMPTY_WALKOUT);
    expect(draftOf(TINA)).toBeNull();
  });

  it('forgetting one employee’s draft leaves another’s', () => {
    keepDraft(SAM, dana);
    keepDraft(TINA, { ...EMPTY_WALKOUT, product: 'F-150' });
    forgetDraft(SAM);
    expect(draftOf(SAM)).toBeNull();
    expect(draftOf(TINA)?.product).toBe('F-150');
  });

  it('counts a ticked box or a changed closeness as typing, like a typed letter', () => {
    expect(hasTyping(EMPTY_WALKOUT)).toBe(false);
    expect(hasTyping({ ...EMPTY_WALKOUT, contactRefused: true })).toBe(true);
    expect(hasTyping({ ...EMPTY_WALKOUT, closeness: '5' })).toBe(true);
    expect(hasTyping({ ...EMPTY_WALKOUT, objection: 'price' })).toBe(true);
    expect(hasTyping(named('Dana'))).toBe(true);
    const shareTicked = { ...EMPTY_WALKOUT, prospect: { ...EMPTY_WALKOUT.prospect, shareOk: true } };
    expect(hasTyping(shareTicked)).toBe(true);
  });
});
