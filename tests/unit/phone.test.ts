import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone } from '../../shared/domain/phone';

describe('normalizePhone', () => {
  it.each([
    ['(312) 555-0147', 'US', '+13125550147'],
    ['312.555.0147', 'US', '+13125550147'],
    ['+1 312 555 0147', 'US', '+13125550147'],
    ['+44 20 7946 0958', 'US', '+442079460958'],
    ['020 7946 0958', 'GB', '+442079460958'],
  ])('%s in %s → %s', (raw, region, e164) => {
    expect(normalizePhone(raw, region)).toEqual({ ok: true, e164 });
  });

  it.each(['', '   ', '12', '555-0147', 'call me', '(312) 555-01478888'])(
    'rejects %j with a message',
    (raw) => {
      const r = normalizePhone(raw, 'US');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
    },
  );
});

describe('formatPhone', () => {
  it('shows home-region numbers nationally and others internationally', () => {
    expect(formatPhone('+13125550147', 'US')).toBe('(312) 555-0147');
    expect(formatPhone('+442079460958', 'US')).toBe('+44 20 7946 0958');
    expect(formatPhone(null, 'US')).toBe('');
  });
});
