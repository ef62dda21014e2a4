/**
 * A time of day as people type it, to "HH:MM": "9", "9:30", "09.30", "9h", "17 h", "5 pm",
 * "5:30 p. m.". Null when it is not a time of day (25:00, 9:75, words).
 */
export function parseClockInput(text: string): string | null {
  const match =
    /^\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(?:h|hrs?)?\s*(?:([ap])\.?\s*m\.?)?\s*$/i.exec(text);
  if (!match) return null;
  const [, hourText = '', minuteText = '00', meridiem] = match;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
