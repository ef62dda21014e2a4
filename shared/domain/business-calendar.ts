import * as z from 'zod';
import { lazySchema } from './lazy-schema';

const Clock = lazySchema(() =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM'),
);
const IsoDay = lazySchema(() =>
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date as YYYY-MM-DD'),
);

/** Zones already asked about, and Intl's answer: asking builds a formatter each time. */
const knownZones = new Map<string, boolean>();
/** Past this many names asked about, the answers are no longer kept (a plan names one). */
const KNOWN_ZONES_LIMIT = 1000;

/**
 * Whether the runtime knows the zone: the names Intl accepts are the ones it can convert.
 * Remembered: every plan a team server reads is checked, and building a formatter to ask
 * took one part in sixteen of a loaded server's time.
 */
export function isTimeZone(name: string): boolean {
  const known = knownZones.get(name);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    valid = true;
  } catch {
    valid = false;
  }
  if (knownZones.size < KNOWN_ZONES_LIMIT) knownZones.set(name, valid);
  return valid;
}

/** The machine's own zone, which is the team's when it sets up a plan. */
export function localTimeZone(): string {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/**
 * When sales is at work, so an SLA's "first response within 4 hours" counts the hours a
 * team can answer in: a lead qualified on Friday at 17:00 and called on Monday at 10:00
 * was answered in two business hours, not 65.
 */
export const BusinessCalendarSchema = lazySchema(() =>
  z.strictObject({
    /** ISO weekdays: 1 is Monday, 7 is Sunday. */
    workingDays: z
      .array(z.number().int().min(1).max(7))
      .min(1, 'must have at least one working day')
      .max(7),
    opensAt: Clock,
    closesAt: Clock,
    holidays: z.array(IsoDay).max(60),
    /** The zone the team works in; times an export writes with an offset are read in it. */
    timeZone: z.string().max(64).refine(isTimeZone, 'must be a time zone such as Europe/Madrid'),
  }),
);
export type BusinessCalendar = z.infer<typeof BusinessCalendarSchema>;

export function standardCalendar(timeZone: string): BusinessCalendar {
  return {
    workingDays: [1, 2, 3, 4, 5],
    opensAt: '09:00',
    closesAt: '18:00',
    holidays: [],
    timeZone,
  };
}

/** Opening after closing leaves no hour to answer in; said of the closing hour. */
export function calendarIssues(
  calendar: BusinessCalendar,
): Array<{ path: Array<string | number>; message: string }> {
  const issues: Array<{ path: Array<string | number>; message: string }> = [];
  if (calendar.closesAt <= calendar.opensAt) {
    issues.push({ path: ['closesAt'], message: 'must be after the opening hour' });
  }
  if (new Set(calendar.workingDays).size !== calendar.workingDays.length) {
    issues.push({ path: ['workingDays'], message: 'must not repeat a day' });
  }
  if (new Set(calendar.holidays).size !== calendar.holidays.length) {
    issues.push({ path: ['holidays'], message: 'must not repeat a day' });
  }
  return issues;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

function minutesOf(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

/** ISO weekday of a day counted from 1970-01-01, a Thursday. */
function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * Business hours between two wall-clock moments of the team's zone (milliseconds, the
 * clock's reading as if it were UTC): the time inside opening hours on working days that
 * are not holidays. A later start than end counts as no time at all.
 */
export function businessHoursBetween(
  start: number,
  end: number,
  calendar: BusinessCalendar,
): number {
  if (end <= start) return 0;
  const opens = minutesOf(calendar.opensAt) * 60_000;
  const closes = minutesOf(calendar.closesAt) * 60_000;
  const working = new Set(calendar.workingDays);
  const holidays = new Set(calendar.holidays.map((day) => Math.floor(Date.parse(day) / DAY_MS)));
  const isOpen = (day: number) => working.has(weekdayOf(day)) && !holidays.has(day);
  const within = (day: number, from: number, to: number) => {
    if (!isOpen(day)) return 0;
    const dayStart = day * DAY_MS;
    return Math.max(0, Math.min(to, dayStart + closes) - Math.max(from, dayStart + opens));
  };
  const firstDay = Math.floor(start / DAY_MS);
  const lastDay = Math.floor(end / DAY_MS);
  if (firstDay === lastDay) return within(firstDay, start, end) / HOUR_MS;
  let total = within(firstDay, start, end) + within(lastDay, start, end);
  const fullDay = Math.max(0, closes - opens);
  // Whole weeks between are counted at once (less their holidays), so a lead answered a
  // year late costs no more than one answered in a week.
  let day = firstDay + 1;
  const weeks = Math.floor((lastDay - day) / 7);
  if (weeks > 0) {
    total += weeks * working.size * fullDay;
    const through = day + weeks * 7;
    for (const holiday of holidays) {
      if (holiday >= day && holiday < through && working.has(weekdayOf(holiday))) total -= fullDay;
    }
    day = through;
  }
  for (; day < lastDay; day++) if (isOpen(day)) total += fullDay;
  return total / HOUR_MS;
}

const WALL_CLOCKS = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant (a time written with its offset, "2026-03-02T08:00:00Z") as the wall clock of
 * the team's zone reads it, in the same as-if-UTC milliseconds the rest of an export uses.
 */
export function wallClockIn(instant: number, timeZone: string): number {
  let format = WALL_CLOCKS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    WALL_CLOCKS.set(timeZone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = Number(value);
  return Date.UTC(
    part['year'] ?? 1970,
    (part['month'] ?? 1) - 1,
    part['day'] ?? 1,
    part['hour'] ?? 0,
    part['minute'] ?? 0,
    part['second'] ?? 0,
  );
}
