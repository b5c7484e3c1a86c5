// Looks up returning prospects while the phone or email is typed, after a short pause.
import { useEffect, useState } from 'react';
import { normalizePhone } from '../../../shared/domain/phone';
import { useApiQuery } from '../../api/useApi';

export function useProspectMatches(phone: string, email: string, region: string) {
  const [query, setQuery] = useState({ phone: '', email: '' });
  useEffect(() => {
    const timer = setTimeout(() => {
      const validPhone = phone.trim() && normalizePhone(phone, region).ok ? phone.trim() : '';
      const validEmail = /.+@.+\..+/.test(email.trim()) ? email.trim() : '';
      setQuery({ phone: validPhone, email: validEmail });
    }, 250);
    return () => clearTimeout(timer);
  }, [phone, email, region]);
  const enabled = Boolean(query.phone || query.email);
  const input = {
    ...(query.phone ? { phone: query.phone } : {}),
    ...(query.email ? { email: query.email } : {}),
  };
  const result = useApiQuery('prospects.match', input, { enabled });
  return enabled ? (result.data ?? []) : [];
}
