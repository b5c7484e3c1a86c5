// "Same person" or "Different person" at the counter. Choosing the stored prospect sets the channel and
// consent boxes to what is on file (so only a box the employee changes is sent); leaving that choice puts
// back what the form held before, so one person's consent never passes to another.
import { useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import {
  CHOICE_FIELDS,
  type Choice,
  type Choices,
  choicesOf,
  choicesSaidToday,
  type WalkoutFormValues,
} from './walkoutFormValues';

export function useReturningChoice(form: UseFormReturn<WalkoutFormValues>) {
  const [choice, setChoice] = useState<Choice>({});
  const beforeMatch = useRef<Choices | null>(null);

  const setChoices = (values: Choices) => {
    for (const key of CHOICE_FIELDS) form.setValue(`prospect.${key}`, values[key]);
  };

  /** keepTyped: the choice was made after typing (Enter, then "S"), so what was changed today stays. */
  const choose = (next: Choice, { keepTyped = false } = {}) => {
    if (next.returning) {
      beforeMatch.current ??= choicesOf(form.getValues('prospect'));
      const stored = choicesOf(next.returning);
      setChoices(keepTyped ? choicesSaidToday(stored, beforeMatch.current) : stored);
    } else if (beforeMatch.current) {
      setChoices(beforeMatch.current);
      beforeMatch.current = null;
    }
    setChoice(next);
  };

  /** After logging or clearing: the form is reset by the caller, the choice forgotten here. */
  const forget = () => {
    beforeMatch.current = null;
    setChoice({});
  };

  /** The form as the employee typed it: a stored prospect's consents, shown while it is chosen, are not theirs. */
  const typedValues = (): WalkoutFormValues => {
    const values = form.getValues();
    return { ...values, prospect: { ...values.prospect, ...beforeMatch.current } };
  };

  return { choice, choose, forget, typedValues };
}
