// Search (Ctrl+K): type a name, a phone in any format or its last 4 digits, or an e-mail; arrows pick a
// person, Enter opens their walkout story. Another rep's prospect shows to staff as the returning card only.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { ProspectHitDto } from '../../../shared/contract/dto';
import { prospectSearchInput } from '../../../shared/contract/schemas';
import { formatPhone } from '../../../shared/domain/phone';
import { parseSearchQuery } from '../../../shared/domain/prospectSearch';
import { useApiQuery } from '../../api/useApi';
import { useStoreSettings } from '../../app/useStoreSettings';
import { Dialog } from '../../ui/Dialog';
import { formatWhen } from '../../ui/format';
import styles from './SearchDialog.module.css';

interface Props {
  now: number;
  onClose: () => void;
}

export function SearchDialog({ now, onClose }: Props) {
  const settings = useStoreSettings();
  const navigate = useNavigate();
  const form = useForm<{ query: string }>({
    resolver: zodResolver(prospectSearchInput),
    defaultValues: { query: '' },
  });
  const query = form.watch('query').trim();
  const parsed = parseSearchQuery(query, settings.defaultRegion);
  const hits = useApiQuery('prospects.search', { query }, { enabled: parsed.kind !== 'short' });
  const [picked, setPicked] = useState(0);
  const list: ProspectHitDto[] = parsed.kind === 'short' ? [] : (hits.data ?? []);
  const at = Math.min(picked, Math.max(0, list.length - 1));

  const open = (hit: ProspectHitDto | undefined) => {
    if (!hit || hit.walkoutId === null) return;
    onClose();
    navigate(`/walkout/${hit.walkoutId}`);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setPicked(Math.max(0, Math.min(list.length - 1, at + step)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      open(list[at]);
    }
  };

  return (
    <Dialog title="Search prospects" onClose={onClose}>
      <form className={styles.search} onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="prospect-search">Name, phone (last 4 digits will do) or e-mail</label>
        <input
          id="prospect-search"
          autoFocus
          autoComplete="off"
          role="combobox"
          aria-expanded={list.length > 0}
          aria-controls="prospect-search-results"
          aria-activedescendant={list.length > 0 ? `prospect-hit-${at}` : undefined}
          {...form.register('query', { onChange: () => setPicked(0) })}
          onKeyDown={onKeyDown}
        />
      </form>
      {query.length > 0 && parsed.kind === 'short' && <p className="muted">{parsed.hint}</p>}
      {hits.error && parsed.kind !== 'short' && <p className={styles.error}>{hits.error.message}</p>}
      {parsed.kind !== 'short' && hits.data && list.length === 0 && (
        <p className="muted">Nobody found. Check the spelling, or try the last 4 digits of their phone.</p>
      )}
      <div
        id="prospect-search-results"
        role="listbox"
        aria-label="Prospects found"
        className={styles.results}
      >
        {list.map((hit, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the search box's arrows and Enter are the keyboard path
          <div
            key={hit.prospect.id}
            id={`prospect-hit-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === at}
            className={`${styles.hit} ${i === at ? styles.picked : ''} ${hit.card ? styles.card : ''}`}
            onClick={() => open(hit)}
          >
            <span className={styles.name}>
              {`${hit.prospect.firstName} ${hit.prospect.lastName}`.trim()}
              {hit.prospect.phone && (
                <small> {formatPhone(hit.prospect.phone, settings.defaultRegion)}</small>
              )}
            </span>
            <span className={styles.meta}>
              {formatWhen(hit.lastVisitAt, now, settings.timeZone)} · {hit.employeeName}’s lead ·{' '}
              <span className={`tag tag-${hit.status}`}>{hit.status.replace('_', ' ')}</span>
              {hit.card && <span className={styles.cardNote}> · ask {hit.employeeName}</span>}
            </span>
          </div>
        ))}
      </div>
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
