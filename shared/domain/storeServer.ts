// Words both sides use about the store server: the router's answer when it cannot be reached, which the
// renderer recognises to show its reconnecting banner.

export const SERVER_LOST_MESSAGE =
  'Store server unreachable — reconnecting. Nothing was saved; try again in a moment.';

/** The banner at the top of every screen while calls answer SERVER_LOST_MESSAGE. */
export const SERVER_LOST_BANNER = 'Store server unreachable — reconnecting';
