// The typing an idle lock kept of an open call: one per employee, only for that call, never another's.
import { afterEach, describe, expect, it } from 'vitest';
import { callDraftOf, forgetCallDraft, keepCallDraft } from '../../../renderer/features/calendar/callDrafts';

const SAM = 3;
const TINA = 4;
const typed = { followUpId: 11, notes: 'Wife decides.', surveyText: '', message: null };

afterEach(() => {
  forgetCallDraft(SAM, 11);
  forgetCallDraft(TINA, 11);
});

describe('call drafts kept across the idle lock', () => {
  it('offers the notes back to the same employee on the same call only', () => {
    keepCallDraft(SAM, typed);
    expect(callDraftOf(SAM, 11)).toEqual(typed);
    expect(callDraftOf(SAM, 12)).toBeNull();
    expect(callDraftOf(TINA, 11)).toBeNull();
  });

  it('keeps an edited message alone, and nothing when nothing was typed', () => {
    keepCallDraft(SAM, { ...typed, notes: '  ', message: 'Hi Gina, see you Saturday.' });
    expect(callDraftOf(SAM, 11)?.message).toBe('Hi Gina, see you Saturday.');
    keepCallDraft(TINA, { ...typed, notes: ' ', surveyText: '' });
    expect(callDraftOf(TINA, 11)).toBeNull();
  });

  it('forgets it once discarded or logged, and only for that call', () => {
    keepCallDraft(SAM, typed);
    forgetCallDraft(SAM, 12);
    expect(callDraftOf(SAM, 11)).toEqual(typed);
    forgetCallDraft(SAM, 11);
    expect(callDraftOf(SAM, 11)).toBeNull();
  });
});
