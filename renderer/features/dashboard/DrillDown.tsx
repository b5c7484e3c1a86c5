// The walkouts behind a bar or a table row, in the audit's columns, so a figure always has names.
import { useEffect, useRef, useState } from 'react';
import type { DashboardFilters } from '../../../shared/contract/schemas';
import { useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { WalkoutListTable } from '../../ui/WalkoutListTable';
import type { DrillTarget } from './chartTable';
import styles from './Dashboard.module.css';

/** Rows drawn at a time; the rest come with "Show more", so a long list never stalls the screen. */
const PAGE = 200;

interface Props {
  target: DrillTarget;
  scope: DashboardFilters;
  /** Counted by person: the list is still of walkouts, those of the people the figure counts. */
  ofPeople: boolean;
  timeZone: string;
  onOpen: (walkoutId: number) => void;
  onClose: () => void;
}

export function DrillDown({ target, scope, ofPeople, timeZone, onOpen, onClose }: Props) {
  const [shown, setShown] = useState(PAGE);
  const heading = useRef<HTMLHeadingElement>(null);
  const rows = useApiQuery('dashboard.walkouts', {
    ...scope,
    slice: target.slice,
    ...(target.key === undefined ? {} : { key: target.key }),
    ...(target.keyTo === undefined ? {} : { keyTo: target.keyTo }),
    ...(target.closer === undefined ? {} : { closer: target.closer }),
  });
  // Bring the list into view and move focus to it, for mouse and keyboard users alike.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    heading.current?.focus({ preventScroll: true });
  }, []);

  const n = rows.data?.length ?? 0;
  return (
    <section className="card drill" aria-labelledby="dashboard-drill-title" aria-busy={rows.isPending}>
      <div className={styles.drillHead}>
        <h2 id="dashboard-drill-title" ref={heading} tabIndex={-1}>
          {target.title}
          {ofPeople ? ' — the walkouts of these people' : ''}
          {rows.data ? ` (${n >= 1000 ? 'the latest 1,000' : n.toLocaleString('en-US')})` : ''}
        </h2>
        <button type="button" onClick={onClose}>
          Close list
        </button>
      </div>
      {rows.error && <Banner tone="error">{rows.error.message}</Banner>}
      {rows.isPending && <p className="muted">Finding the walkouts…</p>}
      {rows.data && n === 0 && <p className="muted">No walkouts behind this figure.</p>}
      {rows.data && n > 0 && (
        <WalkoutListTable rows={rows.data.slice(0, shown)} timeZone={timeZone} onOpen={onOpen} />
      )}
      {n > shown && (
        <button type="button" className={styles.drillMore} onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, n - shown)} more of {n - shown}
        </button>
      )}
    </section>
  );
}
