// One section of a calendar (overdue, today, upcoming): each row a button with the story line.
import type { CalendarDayDto, CalendarRowDto } from '../../../shared/contract/dto';
import { formatPhone } from '../../../shared/domain/phone';
import { OBJECTION_LABELS, PURPOSE_LABELS } from '../../../shared/domain/vocab';
import { useStoreSettings } from '../../app/useStoreSettings';
import { formatMoney, formatWhen } from '../../ui/format';
import { prospectName } from '../../ui/labels';

interface Props {
  title: string;
  tone: 'danger' | 'today' | 'later';
  rows: CalendarRowDto[];
  day: CalendarDayDto;
  selected: CalendarRowDto | null;
  onOpen: (row: CalendarRowDto) => void;
}

export function CalendarSection({ title, tone, rows, day, selected, onOpen }: Props) {
  const { defaultRegion } = useStoreSettings();
  if (rows.length === 0) return null;
  return (
    <section className={`cal-section cal-${tone}`} aria-label={title}>
      <h2>
        {title} <span className="count">{rows.length}</span>
      </h2>
      <ul>
        {rows.map((row) => {
          const name = prospectName(row.prospect);
          return (
            <li key={row.followUp.id}>
              <button
                type="button"
                data-follow-up={row.followUp.id}
                className={`cal-row${selected?.followUp.id === row.followUp.id ? ' chosen' : ''}`}
                onClick={() => onOpen(row)}
                aria-label={`${name}: ${PURPOSE_LABELS[row.followUp.purpose]}, due ${formatWhen(row.followUp.dueAt, day.now, day.timeZone)}`}
              >
                <span className="cal-when">{formatWhen(row.followUp.dueAt, day.now, day.timeZone)}</span>
                <span className="cal-who">
                  <strong>{name}</strong>
                  <span>
                    {formatPhone(row.prospect.phone, defaultRegion) || row.prospect.email || 'no phone'}
                  </span>
                </span>
                <span className="cal-what">
                  <span>
                    {row.walkout.product} · {formatMoney(row.walkout.priceQuotedCents)}
                  </span>
                  <span className="muted">
                    {OBJECTION_LABELS[row.walkout.objection]}
                    {row.walkout.objectionText ? `: ${row.walkout.objectionText}` : ''}
                  </span>
                </span>
                <span className={`tag tag-${row.followUp.purpose}`}>
                  {PURPOSE_LABELS[row.followUp.purpose]}
                  {row.attemptsSoFar > 0 ? ` · try ${row.attemptsSoFar + 1}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
