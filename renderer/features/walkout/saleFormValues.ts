// The desk's sale forms: the amount as typed read as cents for the contract's recordSale input.
import { z } from 'zod';
import { recordSaleInput } from '../../../shared/contract/schemas';
import { moneyText, withTypedFields } from '../../ui/typedText';

const AMOUNT = 'Write the sale amount like 41900 or $41,900.';

export const saleFormSchema = withTypedFields(recordSaleInput, {
  amountCents: moneyText(AMOUNT, null).pipe(z.number({ error: AMOUNT })),
});
