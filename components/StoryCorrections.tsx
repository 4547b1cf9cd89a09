import type { Correction } from "@/lib/content";
import { formatDateLine, isoInKarachi } from "@/lib/urdu/date";
import { t } from "@/lib/urdu/strings";

interface StoryCorrectionsProps {
  corrections: readonly Correction[];
}

/** Under the story, where readers look for them: each correction, marked تصحیح with its date. Nothing for a story never corrected. */
export function StoryCorrections({ corrections }: StoryCorrectionsProps) {
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="corrections-title" className="my-8 rounded border-s-4 border-alert bg-surface-raised p-4">
      <h2 id="corrections-title" className="text-xl text-alert">
        {t.corrections}
      </h2>
      <ul className="flex flex-col gap-3">
        {corrections.map((correction) => (
          <li key={`${correction.date.getTime()}-${correction.text}`}>
            <p>
              <strong className="text-alert">{t.correction}</strong>{" "}
              <time dateTime={isoInKarachi(correction.date)} className="text-ink-muted">
                ({formatDateLine(correction.date)})
              </time>
              : {correction.text}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
