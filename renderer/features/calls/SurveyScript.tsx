// The manager's next-day "customer service survey": the script beside the story, and what the prospect
// really says — recorded beside the rep's reason so the audit shows where the two disagree.
import { visitDayWords } from '../../../shared/domain/visitDay';
import type { SurveyObjection } from '../../../shared/domain/vocab';
import { SURVEY_OBJECTION_LABELS, SURVEY_OBJECTIONS } from '../../../shared/domain/vocab';
import { Field } from '../../ui/Field';
import styles from './SurveyScript.module.css';
import { surveyScriptLines } from './surveyScript';

interface Props {
  prospectFirstName: string;
  repName: string;
  product: string;
  /** When they were in, with now and the store's zone: an overdue survey names the real day. */
  visitedAt: number;
  now: number;
  timeZone: string;
  answer: SurveyObjection | '';
  text: string;
  onAnswer: (answer: SurveyObjection | '', text: string) => void;
}

export function SurveyScript(props: Props) {
  const { prospectFirstName, repName, product, answer, text, onAnswer } = props;
  const visit = visitDayWords(props.visitedAt, props.now, props.timeZone);
  return (
    <section className={styles.survey} aria-label="Survey script">
      <h3>Customer service survey</h3>
      <ol className={styles.script}>
        {surveyScriptLines({ prospectFirstName, repName, product, visit }).map((line) => (
          <li key={line.say ?? line.note}>
            {line.say && `“${line.say}”`}
            {line.say && line.note && ' '}
            {line.note && (line.say ? <em>{line.note}</em> : line.note)}
          </li>
        ))}
      </ol>
      <div className="row-fields">
        <Field label="The reason they gave you" htmlFor="survey-answer">
          <select
            id="survey-answer"
            value={answer}
            onChange={(e) => onAnswer(e.target.value as SurveyObjection | '', text)}
          >
            <option value="">Not asked / no answer</option>
            {SURVEY_OBJECTIONS.map((o) => (
              <option key={o} value={o}>
                {SURVEY_OBJECTION_LABELS[o]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="In their words" htmlFor="survey-text">
          <input id="survey-text" value={text} onChange={(e) => onAnswer(answer, e.target.value)} />
        </Field>
      </div>
    </section>
  );
}
