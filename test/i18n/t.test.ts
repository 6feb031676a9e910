import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Catalogue } from "../../src/i18n/catalogue";
import { de } from "../../src/i18n/messages-de";
import { en } from "../../src/i18n/messages-en";
import { enMore } from "../../src/i18n/messages-en-more";
import { es } from "../../src/i18n/messages-es";
import { fr } from "../../src/i18n/messages-fr";
import { addCatalogue, catalogueFor, LOCALES, type MessageKey } from "../../src/i18n/messages";
import { pickLocale } from "../../src/i18n/pick-locale";
import { t } from "../../src/i18n/t";

const english: Catalogue = { ...en, ...enMore };
const messages: Record<string, Catalogue> = { en: english, de, fr, es };

describe("the catalogue", () => {
  it("starts with the English strings of the first screen only: the rest comes with the parts", () => {
    expect(catalogueFor("en")?.next).toBe("Next");
    expect(t("en", "error.required")).toBe("error.required");
    expect(t("de", "next")).toBe("Next");
  });

  it("merges strings added for a language with those it has", () => {
    addCatalogue("en", enMore);
    expect(t("en", "error.required")).toBe("Please answer this question.");
    expect(t("en", "next")).toBe("Next");
  });
});

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("t", () => {
  it("fills placeholders from params", () => {
    for (const [tag, catalogue] of Object.entries(messages)) addCatalogue(tag, catalogue);
    expect(t("en", "progress", { current: 2, total: 5 })).toBe("Question 2 of 5");
    expect(t("de", "progress", { current: 2, total: 5 })).toBe("Frage 2 von 5");
  });

  it("falls back from a regional tag to its language, then to English", () => {
    expect(t("de-AT", "next")).toBe("Weiter");
    expect(t("pt-BR", "next")).toBe("Next");
  });

  it("never reads inherited object properties as a catalogue", () => {
    expect(t("constructor", "back")).toBe("Back");
    expect(t("__proto__", "back")).toBe("Back");
  });

  it("leaves a placeholder without a value visible instead of dropping it", () => {
    expect(t("en", "error.min")).toBe("Please enter a number of at least {min}.");
  });

  it("has a message for every answer error code in every locale", () => {
    const codes = ["required", "email", "phone", "number", "min", "max", "maxLength", "option", "date", "free-email", "disposable-email", "consent"];
    for (const locale of LOCALES) {
      for (const code of codes) expect(messages[locale]?.[`error.${code}` as MessageKey]).toMatch(/\S/);
    }
  });

  it("translates every key with the same placeholders as English", () => {
    for (const locale of LOCALES) {
      for (const key of Object.keys(english) as MessageKey[]) {
        const text = messages[locale]?.[key];
        expect(text, `${locale}.${key}`).toMatch(/\S/);
        expect(placeholders(text ?? ""), `${locale}.${key}`).toEqual(placeholders(english[key]));
      }
    }
  });

  it("says Next, Back and Submit in German, French and Spanish", () => {
    expect(["de", "fr", "es"].map((l) => [t(l, "next"), t(l, "back"), t(l, "submit")])).toEqual([
      ["Weiter", "Zurück", "Absenden"],
      ["Suivant", "Retour", "Envoyer"],
      ["Siguiente", "Atrás", "Enviar"],
    ]);
  });
});

describe("pickLocale", () => {
  it("takes the first supported candidate, skipping empty ones", () => {
    expect(pickLocale([undefined, null, "", "fr-CA", "de"])).toBe("fr");
  });

  it("falls back from a region to its language", () => {
    expect(pickLocale(["de-AT"])).toBe("de");
  });

  it("matches tags case-insensitively and accepts underscores", () => {
    expect(pickLocale(["ES_mx"])).toBe("es");
  });

  it("answers English when nothing fits", () => {
    expect(pickLocale(["ja", "zh-Hans"])).toBe("en");
    expect(pickLocale([])).toBe("en");
  });

  it("prefers an exact regional entry when the caller offers one", () => {
    expect(pickLocale(["pt-BR", "pt"], ["en", "pt", "pt-BR"])).toBe("pt-BR");
  });

  it("always answers one of the available locales or English, whatever the input", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string(), { nil: undefined })), (candidates) => {
        const picked = pickLocale(candidates);
        expect([...LOCALES, "en"]).toContain(picked);
      }),
    );
  });
});
