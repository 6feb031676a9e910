import { localize } from "../../config/localize";
import type { Config, KioskImage } from "../../config/types";
import { t } from "../../i18n/t";
import { AttractScreen, type AttractImage } from "./attract-screen";
import { eventDates } from "./event-line";
import { LanguageSwitch } from "./language-switch";

export interface KioskAttractProps {
  config: Config;
  /** The language the next visit starts in. */
  locale: string;
  languages: string[];
  onLanguage(tag: string): void;
  onStart(): void;
  /** Present when badge scan is on. */
  onScan?: () => void;
  focusStart: boolean;
}

/**
 * The attract screen as the config words it, in the language picked: headline (else the campaign
 * name), text (else the giveaway), the event line (the show's name when the headline is something
 * else, its dates, the booth), pictures, the language switch, Start and "Scan badge".
 *
 * @example <KioskAttract config={config} locale="de" languages={["en", "de"]} onLanguage={pick} onStart={start} focusStart={false} />
 */
export function KioskAttract({ config, locale, languages, onLanguage, onStart, onScan, focusStart }: KioskAttractProps) {
  const { attract, giveaway } = config.kiosk;
  const campaign = config.campaign;
  const headline = localize(attract?.headline, locale);
  const title = headline || campaign?.name || t(locale, "launcher");
  const lead = localize(attract?.text, locale) || (giveaway ? localize(giveaway.label, locale) : "");
  const dates = eventDates(campaign, locale);
  const event = [
    ...(headline && campaign?.name ? [campaign.name] : []),
    ...(dates ? [dates] : []),
    ...(campaign?.booth ? [t(locale, "kiosk.booth", { booth: campaign.booth })] : []),
  ];
  return (
    <AttractScreen
      title={title}
      lead={lead || undefined}
      event={event}
      logo={picture(attract?.logo, locale)}
      image={picture(attract?.image, locale)}
      languages={<LanguageSwitch locale={locale} languages={languages} onPick={onLanguage} />}
      startLabel={t(locale, "start")}
      onStart={onStart}
      {...(onScan ? { scan: { label: t(locale, "badge.scan"), onScan } } : {})}
      focusStart={focusStart}
    />
  );
}

function picture(image: KioskImage | undefined, locale: string): AttractImage | undefined {
  return image ? { url: image.url, alt: localize(image.alt, locale) } : undefined;
}
