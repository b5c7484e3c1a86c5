// The prospect's story, first thing on screen before a call: what, why, who they are, what was agreed.
import { useState } from 'react';
import type { WalkoutStoryDto } from '../../../shared/contract/dto';
import { formatPhone } from '../../../shared/domain/phone';
import {
  CHANNEL_LABELS,
  OBJECTION_LABELS,
  OUTCOME_LABELS,
  PURPOSE_LABELS,
} from '../../../shared/domain/vocab';
import { useStoreSettings } from '../../app/useStoreSettings';
import { formatMoney, formatWhen } from '../../ui/format';
import { prospectName } from '../../ui/labels';
import { CorrectWalkoutDialog } from './CorrectWalkoutDialog';
import { correctedBy, correctionLines } from './correctionLines';
import styles from './WalkoutStory.module.css';

interface Props {
  story: WalkoutStoryDto;
  now: number;
  /** The story is the calendar row's seed: its attempts are still being read. */
  attemptsPending?: boolean;
}

export function WalkoutStory({ story, now, attemptsPending = false }: Props) {
  const { timeZone, defaultRegion } = useStoreSettings();
  const { walkout: w, prospect: p } = story;
  const when = (t: number) => formatWhen(t, now, timeZone);
  const done = story.followUps.filter((f) => f.status === 'done');
  const [correcting, setCorrecting] = useState(false);
  return (
    <div className={styles.story}>
      <div className={styles.head}>
        <h2>{prospectName(p)}</h2>
        <button type="button" className="link" onClick={() => setCorrecting(true)}>
          Correct details
        </button>
      </div>
      {correcting && <CorrectWalkoutDialog story={story} onDone={() => setCorrecting(false)} />}
      <p className={styles.contact}>
        {p.phone && <a href={`tel:${p.phone}`}>{formatPhone(p.phone, defaultRegion)}</a>}
        {p.email && <span>{p.email}</span>}
        <span>
          Prefers {CHANNEL_LABELS[p.preferredChannel].toLowerCase()}
          {p.bestTime ? `, ${p.bestTime.toLowerCase()}` : ''}
        </span>
        {p.doNotContact && <span className="tag tag-danger">Do not contact</span>}
      </p>
      <dl className={styles.facts}>
        <dt>Visited</dt>
        <dd>
          {when(w.visitedAt)} with {w.employeeName}
        </dd>
        <dt>Looked at</dt>
        <dd>
          {w.product}
          {w.category ? ` (${w.category})` : ''} · quoted {formatMoney(w.priceQuotedCents)} · how close{' '}
          {w.closeness}/5
        </dd>
        <dt>Why not</dt>
        <dd>
          {OBJECTION_LABELS[w.objection]}
          {w.objectionText ? ` — “${w.objectionText}”` : ''}
        </dd>
        {w.painPoints && (
          <>
            <dt>Pain points</dt>
            <dd>{w.painPoints}</dd>
          </>
        )}
        {w.motivation && (
          <>
            <dt>Motivation</dt>
            <dd>{w.motivation}</dd>
          </>
        )}
        {w.personalDetails && (
          <>
            <dt>Personal</dt>
            <dd>{w.personalDetails}</dd>
          </>
        )}
        <dt>Next step agreed</dt>
        <dd>
          {w.nextStepText || '—'}
          {w.nextStepAt ? ` (${when(w.nextStepAt)})` : ''}
        </dd>
        {story.otherVisits.length > 0 && (
          <>
            <dt>Other visits</dt>
            <dd>
              <ul className={styles.otherVisits}>
                {story.otherVisits.map((v) => (
                  <li key={`${v.visitedAt}-${v.employeeName}`}>
                    {when(v.visitedAt)} with {v.employeeName}
                    {v.detail ? `: ${v.detail.product} (${v.detail.status.replace('_', ' ')})` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {story.corrections.length > 0 && (
        <ul className={styles.corrections} aria-label="Corrections">
          {story.corrections.map((c) => (
            <li key={c.id}>
              <span className={styles.by}>{correctedBy(c, now, timeZone)}</span>
              <ul>
                {correctionLines(c, defaultRegion).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <h3>Attempts so far{attemptsPending ? '' : ` (${done.length})`}</h3>
      {attemptsPending ? (
        <p className="muted" aria-busy="true">
          Reading them…
        </p>
      ) : done.length === 0 ? (
        <p className="muted">No attempts yet: this is the first contact.</p>
      ) : (
        <ol className={styles.attempts}>
          {done.map((f) => (
            <li key={f.id}>
              <span>{when(f.completedAt!)}</span> <strong>{OUTCOME_LABELS[f.outcome!]}</strong>{' '}
              <span className="muted">
                {PURPOSE_LABELS[f.purpose]} by {f.completedByName}
                {f.notes ? ` — ${f.notes}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
