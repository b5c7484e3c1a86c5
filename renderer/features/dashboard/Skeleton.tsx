// Grey placeholders in the dashboard's shape while the first figures load.
export function DashboardSkeleton() {
  return (
    <div className="dashboard-skeleton" aria-busy="true">
      <p className="sr-only" role="status">
        Loading the figures…
      </p>
      <div className="headline">
        {[1, 2, 3, 4, 5, 6].map((i) => (
          <div key={i} className="card headline-card">
            <span className="skeleton line short" />
            <span className="skeleton line big" />
            <span className="skeleton line" />
          </div>
        ))}
      </div>
      <div className="dashboard-grid">
        {[1, 2, 3, 4, 5, 6].map((i) => (
          <div key={i} className={`card chart-card${i === 1 || i === 6 ? ' wide' : ''}`}>
            <span className="skeleton line short" />
            <span className="skeleton block" />
          </div>
        ))}
      </div>
    </div>
  );
}
