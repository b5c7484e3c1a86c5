// The reason form's values (lists and dates as typed) and the schema that reads them as the contract's input.
import type { ReasonDto } from '../../../shared/contract/dto';
import { reasonCreateInput } from '../../../shared/contract/schemas';
import { dateFieldOf } from '../../ui/activeDates';
import { dateText, listText, withTypedFields } from '../../ui/typedText';

export const reasonFormSchema = (timeZone: string) =>
  withTypedFields(reasonCreateInput, {
    products: listText,
    categories: listText,
    activeFrom: dateText(timeZone),
    activeUntil: dateText(timeZone),
  });

/** What the form shows: the reason being edited, or a blank new one. */
export function reasonFormValues(editing: ReasonDto | null, timeZone: string) {
  return {
    text: editing?.text ?? '',
    category: editing?.category ?? 'new_product',
    products: editing?.products.join(', ') ?? '',
    categories: editing?.categories.join(', ') ?? '',
    objections: editing?.objections ?? [],
    activeFrom: dateFieldOf(editing?.activeFrom ?? null, timeZone),
    activeUntil: dateFieldOf(editing?.activeUntil ?? null, timeZone),
  };
}
