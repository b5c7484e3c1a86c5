// Grey placeholders in the dashboard's shape while the first figures load.
import styles from './Dashboard.module.css';

export function DashboardSkeleton() {
  return (
    <div className="dashboard-skeleton" aria-busy="true">
      <p className="sr-only" role="status">
        Loading the figures…
      </p>
      <div className={styles.headline}>
        {[1, 2, 3, 4, 5, 6].map((i) => (
          <div key={i} className={`card ${styles.headlineCard}`}>
            <span className={`${styles.skeleton} ${styles.line} ${styles.short}`} />
            <span className={`${styles.skeleton} ${styles.line} ${styles.big}`} />
            <span className={`${styles.skeleton} ${styles.line}`} />
          </div>
        ))}
      </div>
      <div className={styles.dashboardGrid}>
        {[1, 2, 3, 4, 5, 6].map((i) => (
          <div key={i} className={`card ${styles.chartCard}${i === 1 || i === 6 ? ` ${styles.wide}` : ''}`}>
            <span className={`${styles.skeleton} ${styles.line} ${styles.short}`} />
            <span className={`${styles.skeleton} ${styles.block}`} />
          </div>
        ))}
      </div>
    </div>
  );
}
