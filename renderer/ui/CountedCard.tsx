// A card that names a list and counts it in a badge beside its heading (the desk's lists of calls and
// leads that need someone), so the count reads before the rows.
import type { ReactNode } from 'react';
import styles from './CountedCard.module.css';

export function CountedCard({
  id,
  title,
  count,
  className,
  children,
}: {
  /** The heading's id, which names the region. */
  id: string;
  title: string;
  /** Shown once known; undefined while the list loads. */
  count: number | undefined;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={`card ${styles.card} ${className ?? ''}`} aria-labelledby={id}>
      <h2 id={id}>
        {title}
        {count !== undefined && <span className={styles.count}>{count}</span>}
      </h2>
      {children}
    </section>
  );
}
