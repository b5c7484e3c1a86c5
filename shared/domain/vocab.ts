// The closed word lists of PRODUCT.md, shared by the contract, the database checks and the UI.

export const ROLES = ['staff', 'manager', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export const OBJECTIONS = [
  'price',
  'financing',
  'spouse_partner',
  'wants_to_think',
  'comparing',
  'timing',
  'product_fit',
  'other',
] as const;
export type Objection = (typeof OBJECTIONS)[number];
export const OBJECTION_LABELS: Record<Objection, string> = {
  price: 'Price',
  financing: 'Payment / financing',
  spouse_partner: 'Spouse or partner',
  wants_to_think: 'Wants to think',
  comparing: 'Comparing',
  timing: 'Timing / not now',
  product_fit: 'Product fit',
  other: 'Other',
};

export const WALKOUT_STATUSES = ['open', 'sold', 'not_now', 'lost'] as const;
export type WalkoutStatus = (typeof WALKOUT_STATUSES)[number];

export const CLOSERS = ['rep', 'manager_save', 'partner'] as const;
export type Closer = (typeof CLOSERS)[number];

export const CHANNELS = ['call', 'text', 'email', 'visit', 'letter'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  call: 'Call',
  text: 'Text',
  email: 'Email',
  visit: 'Visit',
  letter: 'Letter',
};

export const PURPOSES = ['first_contact', 'manager_survey', 'check_in', 'long_term', 'campaign'] as const;
export type Purpose = (typeof PURPOSES)[number];
export const PURPOSE_LABELS: Record<Purpose, string> = {
  first_contact: 'First contact',
  manager_survey: 'Manager survey',
  check_in: 'Check-in',
  long_term: 'Long-term check-back',
  campaign: 'Campaign',
};

export const OUTCOMES = [
  'sold',
  'appointment_set',
  'not_now',
  'not_interested',
  'voicemail_left',
  'no_answer',
  'wrong_number',
  'do_not_contact',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  sold: 'Sold',
  appointment_set: 'Appointment set',
  not_now: 'Not now',
  not_interested: 'Not interested',
  voicemail_left: 'Voicemail left',
  no_answer: 'No answer',
  wrong_number: 'Wrong number',
  do_not_contact: 'Do not contact',
};
/** Outcomes where nobody was reached: they count toward the unanswered-attempt limits. */
export const NO_CONTACT_OUTCOMES: readonly Outcome[] = ['voicemail_left', 'no_answer', 'wrong_number'];

export const FOLLOW_UP_STATUSES = ['open', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const PROSPECT_SOURCES = ['walk_in', 'referral', 'partner'] as const;
export type ProspectSource = (typeof PROSPECT_SOURCES)[number];

export const CREDIT_KINDS = ['manager_save', 'referral', 'partner'] as const;
export type CreditKind = (typeof CREDIT_KINDS)[number];
export const CREDIT_KIND_LABELS: Record<CreditKind, string> = {
  manager_save: 'Manager save',
  referral: 'Referral',
  partner: 'Partner sale',
};

/** What the prospect tells the manager's survey call: the rep's list plus "the staff". */
export const SURVEY_OBJECTIONS = [...OBJECTIONS, 'staff'] as const;
export type SurveyObjection = (typeof SURVEY_OBJECTIONS)[number];
export const SURVEY_OBJECTION_LABELS: Record<SurveyObjection, string> = {
  ...OBJECTION_LABELS,
  staff: 'The staff / how they were treated',
};

/** My day's sections, in the order they are shown: overdue, due today, upcoming (the next two weeks). */
export const CALENDAR_SECTIONS = ['overdue', 'today', 'upcoming'] as const;
export type CalendarSection = (typeof CALENDAR_SECTIONS)[number];
/** Rows per calendar page: calendar.day sends each section's first page, calendar.section the others. */
export const CALENDAR_PAGE = 25;
