// A walkout's story at its own address (/walkout/:id): where Search (Ctrl+K) takes the employee.
import { useNavigate, useParams } from 'react-router';
import type { ScreenProps } from '../../app/routeTable';
import { useStoreNow } from '../../app/useStoreClock';
import { WalkoutDesk } from '../walkout/WalkoutDesk';

export function WalkoutStoryScreen({ me }: ScreenProps) {
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const now = useStoreNow();
  if (!Number.isInteger(id) || id <= 0)
    return <p className="muted">No such walkout. Press Ctrl+K to search.</p>;
  if (now === null) return <p className="muted" aria-busy="true" />;
  return <WalkoutDesk walkoutId={id} me={me} now={now} onClose={() => navigate(-1)} />;
}
