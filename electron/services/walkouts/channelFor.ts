// Which channel a follow-up uses: the prospect's preference, if we hold the details it needs.
import type { Channel } from '../../../shared/domain/vocab';

export function channelFor(preferred: Channel, phone: string | null, email: string | null): Channel {
  if ((preferred === 'call' || preferred === 'text') && !phone) return email ? 'email' : 'visit';
  if (preferred === 'email' && !email) return phone ? 'call' : 'visit';
  return preferred;
}
