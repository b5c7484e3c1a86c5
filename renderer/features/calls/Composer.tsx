// The message composer: a draft filled from the story and the chosen reason, checked as it is typed
// for weak phrases and a missing name, reason or action; voicemails show their spoken length, and a
// warning in words past 25 s.
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { WalkoutStoryDto } from '../../../shared/contract/dto';
import { lintMessage, type MessageKind } from '../../../shared/domain/message/lint';
import {
  spokenEstimate,
  VOICEMAIL_TARGET_SECONDS,
  voicemailLengthWarning,
} from '../../../shared/domain/message/spoken';
import { fillTemplate } from '../../../shared/domain/message/template';
import { choiceTile } from '../../ui/choiceTile';
import styles from './Composer.module.css';

const KINDS: { kind: MessageKind; label: string }[] = [
  { kind: 'voicemail', label: 'Voicemail' },
  { kind: 'text', label: 'Text' },
  { kind: 'email', label: 'Email' },
];

interface Props {
  story: WalkoutStoryDto;
  reasonText: string | null;
  sender: { name: string; storeName: string; callbackNumber: string };
  nextCallLabel: string | null;
  /** When they were in ("on Tuesday"), for the drafts that say so. */
  visitDay: string;
  /** The words now in the box, and whether the rep changed them from the draft (leaving then asks first). */
  onChange: (message: string, edited: boolean) => void;
  /** Copied to send as a text or email: the attempt then stores these words. */
  onCopied: () => void;
  /** The rep's own words put back (typed before the PC locked), in place of the draft. */
  restoredText?: string | null;
}

export function Composer(props: Props) {
  const { story, reasonText, sender, nextCallLabel, visitDay, onChange, onCopied, restoredText } = props;
  const [kind, setKind] = useState<MessageKind>('voicemail');
  const [edited, setEdited] = useState(restoredText != null);
  const draft = useMemo(
    () =>
      fillTemplate(
        kind,
        {
          prospectFirstName: story.prospect.firstName,
          prospectLastName: story.prospect.lastName,
          product: story.walkout.product,
          category: story.walkout.category,
          objection: story.walkout.objection,
          painPoints: story.walkout.painPoints,
          personalDetails: story.walkout.personalDetails,
          nextStepText: story.walkout.nextStepText,
          visitDay,
        },
        reasonText ? [{ text: reasonText }] : [],
        sender,
        nextCallLabel ? { label: nextCallLabel } : null,
      ),
    [kind, story, reasonText, sender, nextCallLabel, visitDay],
  );
  const [text, setText] = useState(restoredText ?? draft);
  const [copied, setCopied] = useState(false);
  // A new reason or kind redrafts, unless the rep has made the words their own.
  useEffect(() => {
    if (!edited) setText(draft);
  }, [draft, edited]);
  // Typing a word and deleting it again leaves the draft as it was: nothing of the rep's to lose. A layout
  // effect, so the panel knows before the next key (an Esc right after the last Backspace) is handled.
  const ownWords = edited && text !== draft;
  useLayoutEffect(() => onChange(text, ownWords), [text, ownWords, onChange]);

  const findings = lintMessage(text, {
    prospectFirstName: story.prospect.firstName,
    reasonTexts: reasonText ? [reasonText] : [],
    kind,
  });
  const spoken = spokenEstimate(text);
  const tooLong = kind === 'voicemail' ? voicemailLengthWarning(spoken.seconds) : null;

  return (
    <section className={styles.composer} aria-label="Message">
      <div className={styles.kinds} role="radiogroup" aria-label="Message kind">
        {KINDS.map((k) => (
          <label key={k.kind} className={choiceTile(styles.kind, kind === k.kind, styles.chosen)}>
            <input
              type="radio"
              name="message-kind"
              checked={kind === k.kind}
              onChange={() => {
                setKind(k.kind);
                setEdited(false);
              }}
            />
            {k.label}
          </label>
        ))}
        <button type="button" className="link" onClick={() => setEdited(false)} disabled={!edited}>
          Redraft
        </button>
      </div>
      {/* Above the words, so it stays in sight while the rep types in the panel's scrolling middle. */}
      <p className={styles.meter}>
        {spoken.words} words
        {kind === 'voicemail' && !tooLong && (
          <>
            {' · '}about {Math.round(spoken.seconds)} s spoken (aim for {VOICEMAIL_TARGET_SECONDS} s)
          </>
        )}
        {kind === 'text' && ` · ${text.length} characters`}
        {tooLong && ' · '}
        {/* Always in the page, so a screen reader hears the warning the moment it appears. */}
        <span aria-live="polite" className={tooLong ? styles.tooLong : undefined}>
          {tooLong}
        </span>
      </p>
      <label htmlFor="message-text" className="sr-only">
        Message text
      </label>
      <textarea
        id="message-text"
        rows={kind === 'email' ? 9 : 5}
        value={text}
        onChange={(e) => {
          setEdited(true);
          setText(e.target.value);
        }}
      />
      {findings.length === 0 ? (
        <p className={styles.lintOk}>
          Strong message: their name, a reason of value and one clear next step.
        </p>
      ) : (
        <ul className={styles.lint} aria-label="Message check">
          {findings.map((f) => (
            <li key={`${f.kind}-${f.start ?? ''}`}>
              {f.phrase ? (
                <>
                  <mark>“{f.phrase}”</mark> {f.message.replace(`"${f.phrase}" `, '')}
                </>
              ) : (
                f.message
              )}
              {f.suggestion && <small className="muted"> {f.suggestion}</small>}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard.writeText(text).then(
            () => {
              setCopied(true);
              onCopied();
            },
            () => setCopied(false),
          )
        }
      >
        {copied ? 'Copied' : 'Copy message'}
      </button>
    </section>
  );
}
