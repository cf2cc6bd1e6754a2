// "Today" for every command: --as-of when given, else the date on this computer's calendar.
import { localToday } from '../lib/dates.js';

export function todayFrom(opts: { asOf?: string }): string {
  return opts.asOf ?? localToday(new Date());
}
