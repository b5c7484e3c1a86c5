// A one-line status message: confirmations in green, problems in red, read out by screen readers.
import type { ReactNode } from 'react';

export function Banner({ tone, children }: { tone: 'ok' | 'error' | 'info'; children: ReactNode }) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
