// One walkout on the manager's desk or after a sale: its story, the sale, its referrals and credits.
import type { EmployeeDto } from '../../../shared/contract/dto';
import { CREDIT_KIND_LABELS } from '../../../shared/domain/vocab';
import { useApiQuery } from '../../api/useApi';
import { Banner } from '../../ui/Banner';
import { formatMoney } from '../../ui/format';
import { WalkoutStory } from '../calendar/WalkoutStory';
import { Referrals } from './Referrals';
import { SaleActions } from './SaleActions';
import styles from './WalkoutDesk.module.css';

interface Props {
  walkoutId: number;
  me: EmployeeDto;
  now: number;
  onClose: () => void;
}

export function WalkoutDesk({ walkoutId, me, now, onClose }: Props) {
  const story = useApiQuery('walkouts.get', { id: walkoutId });
  const lead = me.role !== 'staff';
  return (
    <aside className="panel walkout-desk" aria-label="Walkout">
      <div className="panel-head">
        <span className={`tag tag-${story.data?.walkout.status ?? 'open'}`}>
          {story.data?.walkout.status.replace('_', ' ')}
        </span>
        <button type="button" className="link" onClick={onClose}>
          Close
        </button>
      </div>
      {story.error && <Banner tone="error">{story.error.message}</Banner>}
      {story.data && (
        <>
          <WalkoutStory story={story.data} now={now} />
          {story.data.referredBy && <p className="muted">Referred by {story.data.referredBy}.</p>}
          {lead && <SaleActions story={story.data} me={me} />}
          {story.data.credits.length > 0 && (
            <ul className={styles.credits}>
              {story.data.credits.map((c) => (
                <li key={c.id}>
                  {CREDIT_KIND_LABELS[c.kind]} credit for {c.employeeName}: {formatMoney(c.amountCents)}
                  {c.amountCents === 0 ? ' (no bonus set)' : c.paidAt ? ' (paid)' : ' (owed)'}
                </li>
              ))}
            </ul>
          )}
          {story.data.walkout.status === 'sold' && <Referrals story={story.data} />}
        </>
      )}
    </aside>
  );
}
