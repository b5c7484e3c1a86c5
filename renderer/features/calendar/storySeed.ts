// What a calendar row already holds of its walkout's story (the walkout and the prospect), so the call panel
// shows them the moment a call is opened; the rest (attempts, other visits, referrals) is read behind them.
import type { CalendarRowDto, WalkoutStoryDto } from '../../../shared/contract/dto';

export function storySeedOf(row: CalendarRowDto): WalkoutStoryDto {
  return {
    walkout: row.walkout,
    prospect: row.prospect,
    referrals: [],
    credits: [],
    referredBy: null,
    sharedWith: [],
    origin: null,
    otherVisits: [],
    followUps: [],
    corrections: [],
  };
}
