import { t } from "@/lib/urdu/strings";

interface EmptyStateProps {
  message: string;
}

/** What a list says when it has nothing to list, with a way on to the newest stories. */
export function EmptyState({ message }: EmptyStateProps) {
  return (
    <div className="rounded border border-dashed border-line px-6 py-10 text-center">
      <p className="text-lg text-ink-muted">{message}</p>
      <p className="mt-4">
        <a href="/latest" className="text-brand">
          {t.latest}
        </a>
      </p>
    </div>
  );
}
