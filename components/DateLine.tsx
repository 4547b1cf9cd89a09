import { formatDateLine, formatTime, isoInKarachi } from "@/lib/urdu/date";
import { t } from "@/lib/urdu/strings";

interface DateLineProps {
  date: Date;
  updated?: Date;
  className?: string;
}

/** `بدھ 28 جنوری 2026` in Karachi time, with the update time where there is one. */
export function DateLine({ date, updated, className }: DateLineProps) {
  const showUpdated = updated && updated.getTime() !== date.getTime();
  // An update on the same Karachi day needs only its time.
  const sameDay = showUpdated && formatDateLine(updated) === formatDateLine(date);
  return (
    <span className={className}>
      <time dateTime={isoInKarachi(date)}>{formatDateLine(date)}</time>
      {/*
        On a phone the update takes a line of its own: whether it fits beside
        the date differs between the fallback font and Nastaliq, and a line
        that appears or goes at the swap moves everything below it.
      */}
      {showUpdated && (
        <span className="max-sm:block">
          <span className="max-sm:hidden"> · </span>
          {t.updated}{" "}
          <time dateTime={isoInKarachi(updated)}>
            {!sameDay && `${formatDateLine(updated)}، `}
            <bdi>{formatTime(updated)}</bdi>
          </time>
        </span>
      )}
    </span>
  );
}
