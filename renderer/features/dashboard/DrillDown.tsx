// The walkouts behind a bar or a table row, in the audit's columns, so a figure always has names — all of
// them, read a page at a time as the list scrolls.
import { useEffect, useRef } from 'react';
import type { DashboardFilters } from '../../../shared/contract/schemas';
import { Banner } from '../../ui/Banner';
import { WalkoutListTable } from '../walkoutList/WalkoutListTable';
import type { DrillTarget } from './chartTable';
import styles from './Dashboard.module.css';

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
  const heading = useRef<HTMLHeadingElement>(null);
  const input = {
    ...scope,
    slice: target.slice,
    ...(target.key === undefined ? {} : { key: target.key }),
    ...(target.keyTo === undefined ? {} : { keyTo: target.keyTo }),
    ...(target.closer === undefined ? {} : { closer: target.closer }),
  };
  // Bring the list into view and move focus to it, for mouse and keyboard users alike.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    heading.current?.focus({ preventScroll: true });
  }, []);

  return (
    <section className="card drill" aria-labelledby="dashboard-drill-title">
      <WalkoutListTable channel="dashboard.walkouts" input={input} timeZone={timeZone} onOpen={onOpen}>
        {(total, error) => (
          <>
            <div className={styles.drillHead}>
              <h2 id="dashboard-drill-title" ref={heading} tabIndex={-1} aria-busy={total === null && !error}>
                {target.title}
                {ofPeople ? ' — the walkouts of these people' : ''}
                {total === null ? '' : ` (${total.toLocaleString('en-US')})`}
              </h2>
              <button type="button" onClick={onClose}>
                Close list
              </button>
            </div>
            {error && <Banner tone="error">{error}</Banner>}
            {total === null && !error && <p className="muted">Finding the walkouts…</p>}
            {total === 0 && <p className="muted">No walkouts behind this figure.</p>}
          </>
        )}
      </WalkoutListTable>
    </section>
  );
}
