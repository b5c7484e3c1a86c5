// Leaving a call asks only when something typed would be lost, and names what.
import { describe, expect, it } from 'vitest';
import { lossWords, type UnsavedWork, unsavedWork } from '../../renderer/features/calendar/unsavedWork';

const NOTHING: UnsavedWork = { notes: false, amount: false, nextStep: false, message: false };
const lost = (typed: Partial<UnsavedWork>) => {
  const work = unsavedWork({ ...NOTHING, ...typed });
  if (!work) throw new Error('expected something to lose');
  return lossWords(work);
};

describe('unsaved work in the call panel', () => {
  it('is nothing when nothing was typed or changed', () => {
    expect(unsavedWork(NOTHING)).toBeNull();
  });

  it('names each thing leaving would lose on its own', () => {
    expect(lost({ notes: true })).toBe('Your notes will be lost.');
    expect(lost({ amount: true })).toBe('Your sale amount will be lost.');
    expect(lost({ nextStep: true })).toBe('Your next-step time will be lost.');
    expect(lost({ message: true })).toBe('Your edited message will be lost.');
  });

  it('lists several in the order the panel shows them', () => {
    expect(lost({ notes: true, message: true })).toBe('Your notes and your edited message will be lost.');
    expect(lost({ notes: true, amount: true })).toBe('Your notes and your sale amount will be lost.');
    expect(lost({ notes: true, amount: true, nextStep: true, message: true })).toBe(
      'Your notes, your sale amount, your next-step time and your edited message will be lost.',
    );
  });
});
