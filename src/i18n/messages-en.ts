/**
 * The English UI strings of the first screen (the landing-page file holds them): the form's
 * buttons, progress and field notes. The rest of the English catalogue is in messages-en-more.ts,
 * loaded with the parts that use it. Every other locale provides the keys of both in one file
 * (checked at compile time by `Catalogue`). Placeholders are `{name}`; the values come from
 * `t(locale, key, params)`.
 */
export const en = {
  next: "Next",
  back: "Back",
  submit: "Submit",
  nothingNew: "We already have everything we need. Thanks!",
  progress: "Question {current} of {total}",
  progressLabel: "Progress",
  stepTitle: "Step {current} of {total}",
  reviewTitle: "Ready to send your answers?",
  optional: "(optional)",
  choose: "Choose…",
  privacyPolicy: "Privacy policy",
  opensInNewTab: "(opens in a new tab)",
  honeypot: "Leave this field empty",
  close: "Close",
  launcher: "Get started",
  notLoaded: "We could not reach our server. Please check your connection and try again.",
} as const;
