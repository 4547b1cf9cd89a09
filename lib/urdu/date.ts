/**
 * Dates as the contract reads and shows them: front matter is strict ISO 8601,
 * a bare date is midnight in Asia/Karachi, and the date line is built from
 * Intl's parts (ur-PK adds commas we do not want) in Karachi time whatever
 * the server's zone.
 */

export const SITE_TIME_ZONE = "Asia/Karachi";
/** Pakistan has kept +05:00 all year since 2009, so a fixed offset is exact. */
const KARACHI_OFFSET = "+05:00";
const KARACHI_OFFSET_MS = 5 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Reads a front-matter date. Returns null for anything that is not a real
 * ISO 8601 date or date-time: `2026-13-45` and `کل` are errors, not dates.
 * A date-time without an offset is read as Karachi time, as an editor means it.
 */
export function parseContentDate(value: string): Date | null {
  const text = value.trim();
  const bare = ISO_DATE.exec(text);
  if (bare) {
    const [, y, m, d] = bare;
    if (!validCalendarDate(Number(y), Number(m), Number(d))) return null;
    return new Date(`${y}-${m}-${d}T00:00:00${KARACHI_OFFSET}`);
  }
  const full = ISO_DATE_TIME.exec(text);
  if (!full) return null;
  const [, y, m, d, hh, mm, ss = "00", frac, zone] = full;
  if (!validCalendarDate(Number(y), Number(m), Number(d))) return null;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return null;
  if (zone && zone !== "Z") {
    const [zh, zm] = zone.slice(1).split(":").map(Number);
    if ((zh ?? 99) > 14 || (zm ?? 99) > 59) return null;
  }
  const ms = frac ? `.${frac.padEnd(3, "0").slice(0, 3)}` : "";
  const date = new Date(`${y}-${m}-${d}T${hh}:${mm}:${ss}${ms}${zone ?? KARACHI_OFFSET}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

const dateLineFormat = new Intl.DateTimeFormat("ur-PK", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: SITE_TIME_ZONE,
  numberingSystem: "latn",
});

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: SITE_TIME_ZONE,
});

const yearFormat = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: SITE_TIME_ZONE });

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? "";
}

/** `بدھ 28 جنوری 2026`: weekday, day, month, year in Urdu with Western digits. */
export function formatDateLine(date: Date): string {
  const parts = dateLineFormat.formatToParts(date);
  return [part(parts, "weekday"), part(parts, "day"), part(parts, "month"), part(parts, "year")].join(" ");
}

/** `14:05` in Karachi time. */
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}

/** The year in Karachi, `2026`: the footer's copyright year, right on the night of 31 December too. */
export function formatYear(date: Date): string {
  return yearFormat.format(date);
}

/** The instant in ISO 8601 with Karachi's offset: `2026-01-28T09:15:00+05:00`. */
export function isoInKarachi(date: Date): string {
  return new Date(date.getTime() + KARACHI_OFFSET_MS).toISOString().replace(/\.\d{3}Z$/, KARACHI_OFFSET);
}
