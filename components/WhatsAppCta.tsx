import { site } from "@/lib/site";
import { t } from "@/lib/urdu/strings";
import { ShareIcon } from "./ShareIcon";

/** The call to join the site's WhatsApp channel, after the story as the reference page has it. */
export function WhatsAppCta() {
  return (
    <aside className="my-8 flex flex-col items-start gap-3 rounded border-s-4 border-brand bg-brand-light p-4 sm:flex-row sm:items-center">
      <p className="flex-1 text-ink">{t.whatsappCta}</p>
      <a
        href={site.whatsappChannel}
        target="_blank"
        rel="noopener noreferrer"
        className="inline-flex items-center gap-2 rounded bg-brand px-4 py-1 text-brand-contrast no-underline hover:bg-brand-dark"
      >
        <ShareIcon name="whatsapp" />
        {t.whatsappCtaButton}
      </a>
    </aside>
  );
}
