import type { StoryTeaser } from "@/lib/content";
import { t } from "@/lib/urdu/strings";

interface StoryKindLineProps {
  story: Pick<StoryTeaser, "kind" | "category">;
}

/** A card's first line: the story's kind, and its section where it has one (خبر · کاروبار). */
export function StoryKindLine({ story }: StoryKindLineProps) {
  return (
    <p className="text-sm text-ink-muted">
      <span className="font-bold text-brand">{t.kind[story.kind]}</span>
      {story.category && <> · {story.category.name}</>}
    </p>
  );
}
