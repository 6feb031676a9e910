import type { Catalogue } from "../i18n/catalogue";
import { addCatalogue } from "../i18n/messages";

/**
 * The parts of the widget a landing page's first question does not need, each its own file in the
 * script-tag build (`dist/lq/`), loaded only when used. Names are the files in `widget/parts/`.
 */
export type PartName = "form-kit" | "kiosk" | "diagnostics" | "locale-de" | "locale-fr" | "locale-es" | "badge-decoder";

/**
 * Makes a part's files safe to import: the script-tag loader fetches them with their Subresource
 * Integrity hash (`<link rel="modulepreload" integrity>`) and resolves once the browser accepted them,
 * so the `import()` that follows gets exactly those bytes. Elsewhere (ESM build, tests) nothing to do.
 */
export type PreparePart = (name: PartName) => Promise<void>;

type Module<T> = () => Promise<T>;

export interface WidgetParts {
  formKit: Module<typeof import("./parts/form-kit")>;
  kiosk: Module<typeof import("./parts/kiosk")>;
  diagnostics: Module<typeof import("./parts/diagnostics")>;
  /** The QR decoder the kiosk's badge scan loads when the browser has no BarcodeDetector. */
  badgeDecoder: Module<typeof import("./parts/badge-decoder")>;
  /** Loads a language's UI strings (no-op for English and for languages without a catalogue). */
  locale(tag: string): Promise<void>;
}

/** A part that shows text brings the English strings the first screen leaves out. */
function withEnglish<T extends { enMore: Partial<Catalogue> }>(part: T): T {
  addCatalogue("en", part.enMore);
  return part;
}

/**
 * The loaders of every part, each loading its file at most once (a failed load may be tried again).
 * `prepare` comes from the script-tag loader, which pins each file's integrity before it is imported.
 *
 * @example const { KioskRoot } = await widgetParts().kiosk();
 */
export function widgetParts(prepare: PreparePart = () => Promise.resolve()): WidgetParts {
  const once = <T>(name: PartName, load: Module<T>): Module<T> => {
    let pending: Promise<T> | undefined;
    return () =>
      (pending ??= prepare(name)
        .then(load)
        .catch((error: unknown) => {
          pending = undefined;
          throw error;
        }));
  };
  const locales: Record<string, Module<void>> = {
    de: once("locale-de", () => import("./parts/locale-de").then(({ catalogue }) => addCatalogue("de", catalogue))),
    fr: once("locale-fr", () => import("./parts/locale-fr").then(({ catalogue }) => addCatalogue("fr", catalogue))),
    es: once("locale-es", () => import("./parts/locale-es").then(({ catalogue }) => addCatalogue("es", catalogue))),
  };
  return {
    formKit: once("form-kit", () => import("./parts/form-kit").then(withEnglish)),
    kiosk: once("kiosk", () => import("./parts/kiosk").then(withEnglish)),
    diagnostics: once("diagnostics", () => import("./parts/diagnostics").then(withEnglish)),
    badgeDecoder: once("badge-decoder", () => import("./parts/badge-decoder")),
    locale(tag) {
      const language = tag.split("-")[0] ?? "";
      return Object.prototype.hasOwnProperty.call(locales, language) ? locales[language]!() : Promise.resolve();
    },
  };
}
