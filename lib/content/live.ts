/**
 * A live page's body: an optional introduction, then its updates, each
 * introduced by a level-2 heading that begins with its time, oldest first
 * as an editor adds them at the end of the file:
 *
 *   ## 14:05 قومی اسمبلی کا اجلاس شروع
 *   ## 2026-11-30 09:15 دوسرے دن کی کارروائی
 *
 * `HH:MM` is Karachi time on the day of the update before it (the first on
 * the story's own day); a date before the time moves to another day. The
 * words after the time, if any, are the update's headline. A heading that
 * does not begin with a time, or a time before the one above it, is named
 * by content:check with its line. Within an update, `###` is a subheading.
 */
import { isoInKarachi, parseContentDate } from "@/lib/urdu/date";

export interface LiveUpdate {
  at: Date;
  /** The heading's words after the time, or null. */
  headline: string | null;
  /** The update's Markdown, without its heading. */
  body: string;
  /** 1-based, in the body. */
  line: number;
}

export interface LiveBody {
  /** Markdown before the first update. */
  intro: string;
  /** Oldest first, as written. */
  updates: LiveUpdate[];
  problems: { line: number; message: string }[];
}

const DIGITS = /[۰-۹٠-٩]/g;
const westernDigits = (text: string) => text.replace(DIGITS, (d) => String(d.charCodeAt(0) & 0xf));

// "14:05", "2026-11-30 14:05" or an ISO instant, then the headline.
const TIMED = /^(?:(\d{4}-\d{2}-\d{2})[ T])?(\d{1,2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?(?=\s|$)\s*[-–—:،]?\s*(.*)$/;
const HEADING = /^##(?!#)\s*(.*?)\s*$/;
const FENCE = /^\s*(```|~~~)/;

const karachiDay = (date: Date): string => isoInKarachi(date).slice(0, 10);

/** The instant a heading names, on `day` unless it names its own; null if it names none. */
function headingTime(text: string, day: string): { at: Date; headline: string | null } | null {
  const match = TIMED.exec(westernDigits(text));
  if (!match) return null;
  const [, date = day, hh = "", mm = "", ss = "00", zone = "+05:00", headline = ""] = match;
  const at = parseContentDate(`${date}T${hh.padStart(2, "0")}:${mm}:${ss}${zone}`);
  return at && { at, headline: headline.trim() || null };
}

const EXPECTED = 'expected "## 14:05 سرخی" (Karachi time, on the day of the update before it) or "## 2026-11-30 14:05 سرخی"';

export function parseLiveBody(body: string, storyDate: Date): LiveBody {
  const lines = body.split("\n");
  const intro: string[] = [];
  const updates: LiveUpdate[] = [];
  const problems: LiveBody["problems"] = [];
  let current: { lines: string[] } & Omit<LiveUpdate, "body"> | undefined;
  let fenced = false;
  let before = storyDate;
  const finish = () => current && updates.push({ at: current.at, headline: current.headline, line: current.line, body: current.lines.join("\n").trim() });

  lines.forEach((text, i) => {
    if (FENCE.test(text)) fenced = !fenced;
    const heading = fenced ? null : HEADING.exec(text);
    if (!heading) {
      (current ? current.lines : intro).push(text);
      return;
    }
    const line = i + 1;
    const timed = headingTime(heading[1] ?? "", karachiDay(before));
    if (!timed) {
      problems.push({ line, message: `"${text.trim()}" does not begin with an update's time; ${EXPECTED}` });
      (current ? current.lines : intro).push(text);
      return;
    }
    if (timed.at < before) {
      const which = updates.length === 0 && !current ? `the story's date ${isoInKarachi(storyDate)}` : `the update above it (${isoInKarachi(before)})`;
      problems.push({ line, message: `${isoInKarachi(timed.at)} is before ${which}; updates are written oldest first, each at or after the one before` });
    }
    finish();
    current = { ...timed, line, lines: [] };
    before = timed.at > before ? timed.at : before;
  });
  finish();
  return { intro: intro.join("\n").trim(), updates, problems };
}

/** An update's anchor on its page, by its Karachi date and time: `update-20261130-1405`. */
export function updateAnchor(at: Date): string {
  const iso = isoInKarachi(at);
  return `update-${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/** Whether a live page is live at `now` (not past `until`), and its newest update posted by then. */
export function liveState(live: { until?: Date; updates: readonly Date[] }, now: Date): { on: boolean; last?: Date } {
  const posted = live.updates.filter((at) => at <= now);
  const last = posted.at(-1);
  return { on: !live.until || live.until > now, ...(last ? { last } : {}) };
}
