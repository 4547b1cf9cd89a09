import { shareTargets } from "@/lib/seo/share";
import { t } from "@/lib/urdu/strings";
import { CopyLink } from "./CopyLink";
import { ShareIcon } from "./ShareIcon";

interface ShareLinksProps {
  /** The story's canonical, absolute URL. */
  url: string;
  title: string;
}

const buttonClass =
  "inline-flex h-11 w-11 items-center justify-center rounded-full bg-surface-raised text-ink hover:bg-brand hover:text-brand-contrast";

/** Facebook, X and WhatsApp links plus copy-link, each with an Urdu label. */
export function ShareLinks({ url, title }: ShareLinksProps) {
  const targets = shareTargets(url, title);
  const links = [
    { name: "facebook", href: targets.facebook, label: t.shareOnFacebook },
    { name: "x", href: targets.x, label: t.shareOnX },
    { name: "whatsapp", href: targets.whatsapp, label: t.shareOnWhatsApp },
  ] as const;
  return (
    <ul aria-label={t.share} className="flex items-center gap-2">
      {links.map((link) => (
        <li key={link.name}>
          <a
            href={link.href}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={link.label}
            title={link.label}
            className={buttonClass}
          >
            <ShareIcon name={link.name} />
          </a>
        </li>
      ))}
      <li>
        <CopyLink url={url} label={t.copyLink} doneLabel={t.linkCopied} className={buttonClass}>
          <ShareIcon name="link" />
        </CopyLink>
      </li>
    </ul>
  );
}
