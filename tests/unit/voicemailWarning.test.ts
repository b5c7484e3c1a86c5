// The composer's length warning: silent up to 25 s spoken, then says how long and the 20 s aim.
import { describe, expect, it } from 'vitest';
import { spokenEstimate, voicemailLengthWarning } from '../../shared/domain/message/spoken';

describe('the voicemail length warning', () => {
  it('stays silent at 25 s and below, rounding as the meter does', () => {
    expect(voicemailLengthWarning(0)).toBeNull();
    expect(voicemailLengthWarning(20)).toBeNull();
    expect(voicemailLengthWarning(25)).toBeNull();
    expect(voicemailLengthWarning(25.4)).toBeNull();
  });

  it('says the spoken length and the aim past 25 s', () => {
    expect(voicemailLengthWarning(25.5)).toBe('About 26 s spoken: aim for 20 s');
    expect(voicemailLengthWarning(27.2)).toBe('About 27 s spoken: aim for 20 s');
    expect(voicemailLengthWarning(41)).toBe('About 41 s spoken: aim for 20 s');
  });

  it('follows the words typed: 63 words are 25.2 s, 68 words 27.2 s', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'truck').join(' ');
    expect(spokenEstimate(words(63)).seconds).toBe(25.2);
    expect(voicemailLengthWarning(spokenEstimate(words(63)).seconds)).toBeNull();
    expect(spokenEstimate(words(68)).seconds).toBe(27.2);
    expect(voicemailLengthWarning(spokenEstimate(words(68)).seconds)).toBe('About 27 s spoken: aim for 20 s');
  });
});
