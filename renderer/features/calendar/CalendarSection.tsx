// One section of a calendar (overdue, today, upcoming): each row a button with the story line. However long
// the section, only the rows near the window are in the page (the list scrolls with the page), and their
// pages are read as they come into view.
import type { CalendarDayDto, CalendarRowDto } from '../../../shared/contract/dto';
import { formatPhone } from '../../../shared/domain/phone';
import {
  OBJECTION_LABELS,
  PURPOSE_LABELS,
  type CalendarSection as Section,
} from '../../../shared/domain/vocab';
import { useStoreSettings } from '../../app/useStoreSettings';
import { formatMoney, formatWhen } from '../../ui/format';
import { prospectName } from '../../ui/labels';
import { useWindowRows } from '../../ui/useWindowRows';
import styles from './CalendarSection.module.css';
import myDay from './MyDay.module.css';
import { pagesOf, useSectionRows } from './useSectionRows';

interface Props {
  title: string;
  tone: 'danger' | 'today' | 'later';
  section: Section;
  day: CalendarDayDto;
  selected: CalendarRowDto | null;
  onOpen: (row: CalendarRowDto) => void;
}

/** A row's height before it is measured: one line of the wide layout. */
const ROW_ESTIMATE = 58;

export function CalendarSection({ title, tone, section, day, selected, onOpen }: Props) {
  const { defaultRegion } = useStoreSettings();
  const count = day.counts[section];
  const list = useWindowRows<HTMLUListElement>(count, { estimate: ROW_ESTIMATE, overscan: 12 });
  const rows = useSectionRows(day, section, pagesOf(list.items.map((i) => i.index)));
  if (count === 0) return null;
  return (
    <section className={`${myDay.section} ${myDay[tone]}`} aria-label={title}>
      <h2>
        {title} <span className={myDay.count}>{count.toLocaleString('en-US')}</span>
      </h2>
      <ul ref={list.ref} className={styles.list} style={{ height: list.totalSize }}>
        {list.items.map((item) => {
          const row = rows.rowAt(item.index);
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={list.measure}
              className={styles.item}
              style={{ transform: `translateY(${list.offsetOf(item)}px)` }}
            >
              {row ? (
                <CalendarRow
                  row={row}
                  day={day}
                  region={defaultRegion}
                  chosen={selected?.followUp.id === row.followUp.id}
                  onOpen={onOpen}
                />
              ) : (
                <div className={`${myDay.row} ${styles.loading}`} aria-busy="true">
                  Loading…
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function CalendarRow({
  row,
  day,
  region,
  chosen,
  onOpen,
}: {
  row: CalendarRowDto;
  day: CalendarDayDto;
  region: string;
  chosen: boolean;
  onOpen: (row: CalendarRowDto) => void;
}) {
  const name = prospectName(row.prospect);
  const when = formatWhen(row.followUp.dueAt, day.now, day.timeZone);
  return (
    <button
      type="button"
      data-follow-up={row.followUp.id}
      className={chosen ? `${myDay.row} chosen` : myDay.row}
      onClick={() => onOpen(row)}
      aria-label={`${name}: ${PURPOSE_LABELS[row.followUp.purpose]}, due ${when}`}
    >
      <span className={myDay.when}>{when}</span>
      <span className={myDay.who}>
        <strong>{name}</strong>
        <span>{formatPhone(row.prospect.phone, region) || row.prospect.email || 'no phone'}</span>
      </span>
      <span className={myDay.what}>
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
  );
}
