import { t } from "@/lib/urdu/strings";

/** "لائیو" beside a live story, on its page and in lists; a coloured dot beside the word, never colour alone. */
export function LiveMark() {
  return (
    <span className="inline-flex items-center gap-1 rounded bg-alert px-2 font-bold text-alert-contrast">
      <span aria-hidden="true" className="size-2 rounded-full bg-alert-contrast motion-safe:animate-pulse" />
      {t.live}
    </span>
  );
}
