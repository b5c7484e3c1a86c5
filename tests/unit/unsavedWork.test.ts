// Leaving a call asks only when something typed would be lost, and names what.
import { describe, expect, it } from 'vitest';
import { lossWords, unsavedWork } from '../../renderer/features/calendar/unsavedWork';

describe('unsaved work in the call panel', () => {
  it('is nothing when neither notes nor the message were touched', () => {
    expect(unsavedWork(false, false)).toBeNull();
  });

  it('names what leaving would lose', () => {
    expect(lossWords(unsavedWork(true, false)!)).toBe('Your notes will be lost.');
    expect(lossWords(unsavedWork(false, true)!)).toBe('Your edited message will be lost.');
    expect(lossWords(unsavedWork(true, true)!)).toBe('Your notes and your edited message will be lost.');
  });
});
