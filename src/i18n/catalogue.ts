import type { en } from "./messages-en";
import type { enMore } from "./messages-en-more";

/** Every UI string key; English is the source of truth for which keys exist. */
export type MessageKey = keyof typeof en | keyof typeof enMore;

/** One locale's strings: all keys required, so a missing translation is a compile error. */
export type Catalogue = Record<MessageKey, string>;
