// What an empty list says: what it means and what to do next.
export function EmptyState({ title, next }: { title: string; next: string }) {
  return (
    <div className="empty">
      <strong>{title}</strong>
      <p>{next}</p>
    </div>
  );
}
