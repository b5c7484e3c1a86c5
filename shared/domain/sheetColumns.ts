// The columns of a store's own old spreadsheet of leads: the fields BeBack can read from it, and the guess
// of which column holds which, from the header spellings stores really use ("Mobile #", "E-mail Address",
// "Why not"). Both sides use it: the service guesses, the screen lets the user change the guess.

export const SHEET_FIELDS = [
  'fullName',
  'firstName',
  'lastName',
  'phone',
  'email',
  'visitDate',
  'product',
  'price',
  'objection',
  'notes',
  'salesperson',
] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];

export const SHEET_FIELD_LABELS: Record<SheetField, string> = {
  fullName: 'Full name (split)',
  firstName: 'First name',
  lastName: 'Last name',
  phone: 'Phone',
  email: 'E-mail',
  visitDate: 'Visit date',
  product: 'Product',
  price: 'Price quoted',
  objection: 'Objection (why not)',
  notes: 'Notes',
  salesperson: 'Salesperson',
};

/** Headers folded to lower-case letters and digits only: "E-mail Address" and "email_address" meet. */
export function foldHeader(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/#/g, 'number')
    .replace(/[^a-z0-9]/g, '');
}

// Each field's spellings, already folded. Checked in order: an exact spelling wins over a partial one.
const SPELLINGS: Record<SheetField, readonly string[]> = {
  fullName: [
    'name',
    'fullname',
    'customer',
    'customername',
    'client',
    'clientname',
    'prospect',
    'contactname',
    'guest',
  ],
  firstName: ['firstname', 'first', 'fname', 'givenname', 'forename', 'customerfirstname'],
  lastName: ['lastname', 'last', 'lname', 'surname', 'familyname', 'customerlastname'],
  phone: [
    'phone',
    'phonenumber',
    'phoneno',
    'cell',
    'cellphone',
    'cellnumber',
    'mobile',
    'mobilenumber',
    'mobilephone',
    'tel',
    'telephone',
    'contactnumber',
    'number',
    'homephone',
    'workphone',
  ],
  email: ['email', 'emailaddress', 'mail', 'emailid'],
  visitDate: [
    'date',
    'visitdate',
    'visited',
    'datevisited',
    'visit',
    'walkoutdate',
    'upddate',
    'dateofvisit',
    'when',
  ],
  product: [
    'product',
    'vehicle',
    'model',
    'item',
    'unit',
    'stock',
    'interest',
    'interestedin',
    'lookedat',
    'vehicleofinterest',
  ],
  price: ['price', 'pricequoted', 'quote', 'quoted', 'amount', 'quotedprice'],
  objection: [
    'objection',
    'whynot',
    'whynotbought',
    'whynotsold',
    'reason',
    'reasonnotsold',
    'whydidntbuy',
    'whydidnotbuy',
    'lostreason',
  ],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'details', 'memo'],
  salesperson: [
    'salesperson',
    'salesman',
    'salesrep',
    'rep',
    'associate',
    'staff',
    'employee',
    'consultant',
    'soldby',
    'sales',
  ],
};

/** Words that, inside a longer header, point to a field ("Customer Cell Phone", "Date of last visit"). */
const HINTS: readonly [string, SheetField][] = [
  ['email', 'email'],
  ['mail', 'email'],
  ['phone', 'phone'],
  ['cell', 'phone'],
  ['mobile', 'phone'],
  ['firstname', 'firstName'],
  ['lastname', 'lastName'],
  ['surname', 'lastName'],
  ['date', 'visitDate'],
  ['objection', 'objection'],
  ['whynot', 'objection'],
  ['vehicle', 'product'],
  ['product', 'product'],
  ['model', 'product'],
  ['price', 'price'],
  ['comment', 'notes'],
  ['note', 'notes'],
  ['salesperson', 'salesperson'],
  ['name', 'fullName'],
];

/** The field a header most likely names, or null when it names none of them. */
export function guessField(header: string): SheetField | null {
  const h = foldHeader(header);
  if (!h) return null;
  for (const f of SHEET_FIELDS) if (SPELLINGS[f].includes(h)) return f;
  for (const [hint, f] of HINTS) if (h.includes(hint)) return f;
  return null;
}

/**
 * One field per column at most: the first column guessed for a field keeps it, later ones are left unmapped
 * (two "Phone" columns would otherwise both write the same field). A full-name column gives way to
 * separate first and last name columns.
 */
export function guessMapping(headers: readonly string[]): (SheetField | null)[] {
  const taken = new Set<SheetField>();
  const mapping = headers.map((h) => {
    const f = guessField(h);
    if (!f || taken.has(f)) return null;
    taken.add(f);
    return f;
  });
  if (taken.has('firstName') && taken.has('lastName')) {
    return mapping.map((f) => (f === 'fullName' ? null : f));
  }
  return mapping;
}

/** "Mary Ann Smith" → first "Mary Ann", last "Smith"; "Smith, Mary" → first "Mary", last "Smith". */
export function splitFullName(full: string): { firstName: string; lastName: string } {
  const t = full.trim().replace(/\s+/g, ' ');
  const comma = t.indexOf(',');
  if (comma >= 0) {
    return { firstName: t.slice(comma + 1).trim(), lastName: t.slice(0, comma).trim() };
  }
  const space = t.lastIndexOf(' ');
  if (space < 0) return { firstName: t, lastName: '' };
  return { firstName: t.slice(0, space), lastName: t.slice(space + 1) };
}
