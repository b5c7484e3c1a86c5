// The six headline figures, each with its change against the previous period.
import type { DashboardDto } from '../../../shared/contract/dto';
import type { Period } from '../../../shared/domain/period';
import { formatMoney, plural } from '../../ui/format';
import type { DrillTarget } from './chartTable';
import type { CountWords } from './counting';
import styles from './Dashboard.module.css';
import {
  amountChange,
  type Change,
  changeLabel,
  NO_PREVIOUS_WALKOUTS,
  type Preset,
  percentText,
  rateChange,
} from './figures';

interface Figure {
  key: string;
  title: string;
  value: string;
  /** Null where there is no previous figure to compare with. */
  change: Change | null;
  detail: string;
  drill?: DrillTarget;
  listLabel?: string;
}

interface Props {
  figures: DashboardDto;
  words: CountWords;
  preset: Preset;
  period: Period;
  onDrill: (target: DrillTarget) => void;
}

export function Headline({ figures, words: w, preset, period, onDrill }: Props) {
  const h = figures.headline;
  const p = figures.previous;
  const vs = changeLabel(preset, period);
  const byPerson = w.counting === 'prospect';
  const list: Figure[] = [
    {
      key: 'walkouts',
      title: byPerson ? 'People who walked out' : 'Walkouts',
      value: h.walkouts.toLocaleString('en-US'),
      change: amountChange(h.walkouts, p.walkouts),
      detail: byPerson
        ? `each prospect once, however many visits; ${w.count(p.walkouts)} the period before`
        : `${plural(h.people.walkouts, 'person', 'people')}; ${p.walkouts.toLocaleString('en-US')} walkouts the period before`,
      drill: { slice: 'all', title: 'All walkouts' },
      listLabel: 'List walkouts',
    },
    {
      key: 'capture',
      title: 'Contact capture',
      value: percentText(h.withContact, h.walkouts),
      change: rateChange({ n: h.withContact, d: h.walkouts }, { n: p.withContact, d: p.walkouts }),
      detail: `${h.withContact.toLocaleString('en-US')} of ${w.count(h.walkouts)} left a phone or email`,
    },
    {
      key: 'conversion',
      title: 'Callback conversion',
      value: percentText(h.sold, h.walkouts),
      change: rateChange({ n: h.sold, d: h.walkouts }, { n: p.sold, d: p.walkouts }),
      detail: byPerson
        ? `${h.sold.toLocaleString('en-US')} of ${w.count(h.walkouts)} bought: rep ${h.soldByCloser.rep}, manager save ${h.soldByCloser.manager_save}, partner ${h.soldByCloser.partner}`
        : `${plural(h.sold, 'sale')}: rep ${h.soldByCloser.rep}, manager save ${h.soldByCloser.manager_save}, partner ${h.soldByCloser.partner}. By person: ${percentText(h.people.sold, h.people.walkouts)} (${h.people.sold.toLocaleString('en-US')} of ${plural(h.people.walkouts, 'person', 'people')} bought)`,
      drill: { slice: 'sold', title: 'Walkouts later sold' },
      listLabel: 'List sales',
    },
    {
      key: 'saveRate',
      title: 'Manager save rate',
      value: percentText(h.managerSaves, h.surveysCompleted),
      change: rateChange(
        { n: h.managerSaves, d: h.surveysCompleted },
        { n: p.managerSaves, d: p.surveysCompleted },
        { now: 'no survey calls this period', before: 'no survey calls in the previous period' },
      ),
      detail: `${byPerson ? `${w.count(h.managerSaves)} saved` : plural(h.managerSaves, 'save')} from ${plural(h.surveysCompleted, 'survey call')}`,
    },
    {
      key: 'value',
      title: 'Sales value saved',
      value: formatMoney(h.valueSavedCents),
      change: amountChange(h.valueSavedCents, p.valueSavedCents),
      detail: 'sales from walkouts that came back',
    },
    {
      key: 'commission',
      title: 'Commission owed',
      value: formatMoney(figures.commissionOwedCents),
      change: null,
      detail: 'unpaid save credits, all periods',
    },
  ];
  // With no walkouts the period before, every comparison says so in words.
  const compared =
    p.walkouts === 0 ? list.map((f) => (f.change ? { ...f, change: NO_PREVIOUS_WALKOUTS } : f)) : list;
  return (
    <div className={styles.headline}>
      {compared.map((f) => (
        <article key={f.key} className={`card ${styles.headlineCard}`} aria-labelledby={`headline-${f.key}`}>
          <h2 id={`headline-${f.key}`}>{f.title}</h2>
          <p className={styles.headlineValue}>{f.value}</p>
          <ChangeLine change={f.change} vs={vs} />
          <p className={styles.headlineDetail}>{f.detail}</p>
          {f.drill && (
            <button
              type="button"
              className={`link ${styles.headlineList}`}
              onClick={() => f.drill && onDrill(f.drill)}
            >
              {f.listLabel}
            </button>
          )}
        </article>
      ))}
    </div>
  );
}

function ChangeLine({ change, vs }: { change: Change | null; vs: string }) {
  if (change === null) return <p className={`${styles.headlineChange} none`}>today's total, not compared</p>;
  if (change.direction === 'none')
    return <p className={`${styles.headlineChange} ${styles.none ?? ''}`}>{change.text}</p>;
  const arrow = { up: '▲', down: '▼', same: '=', none: '' }[change.direction];
  const word = { up: 'up', down: 'down', same: '', none: '' }[change.direction];
  return (
    <p className={`${styles.headlineChange} ${styles[change.direction] ?? ''}`}>
      {arrow && <span aria-hidden="true">{arrow} </span>}
      {word && <span className="sr-only">{word} </span>}
      <strong>{change.text}</strong> {vs}
    </p>
  );
}
