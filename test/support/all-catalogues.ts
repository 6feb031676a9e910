// Component tests render in any language at once, as a page does once mount() has loaded the page's
// language and the parts that bring the rest of English (widget-parts.ts; tested in Chromium and in
// test/widget/widget-parts.test.ts). Registered for the happy-dom project (vite.config.ts setupFiles).
import { addCatalogue } from "../../src/i18n/messages";
import { de } from "../../src/i18n/messages-de";
import { enMore } from "../../src/i18n/messages-en-more";
import { es } from "../../src/i18n/messages-es";
import { fr } from "../../src/i18n/messages-fr";

addCatalogue("en", enMore);
addCatalogue("de", de);
addCatalogue("fr", fr);
addCatalogue("es", es);
