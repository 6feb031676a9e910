import { render } from "preact";
import { ConfigNotice, formatIssue } from "./config-notice";
import type { Emitter } from "./emitter";
import type { ConfigLoadError } from "./load-config";

export interface ShowConfigFailureOptions {
  container: Element;
  events: Emitter;
  locale: string;
  failure: ConfigLoadError;
  /** Where the config came from, for the console header (a URL, "#id", or an inline object). */
  source: unknown;
}

/**
 * The one way a bad or unreachable config surfaces (SPEC 3): one console.error with a header line
 * and one `path: message` line per issue, the notice in the widget's place, and the `error` event.
 * Nothing is thrown, so the host page keeps working.
 *
 * @example showConfigFailure({ container, events, locale: "en", source: "/f.json",
 *   failure: { code: "config_unreachable", issues: [{ path: "/f.json", message: "HTTP 404" }] } })
 */
export function showConfigFailure({ container, events, locale, failure, source }: ShowConfigFailureOptions): void {
  const lines = failure.issues.map(formatIssue);
  const where = typeof source === "string" ? ` "${source}"` : "";
  const what = failure.code === "config_unreachable" ? "could not be loaded" : "is invalid";
  const count = `${lines.length} issue${lines.length === 1 ? "" : "s"}`;
  console.error([`lead-qualifier: the form config${where} ${what} (${count}):`, ...lines.map((line) => `  ${line}`)].join("\n"));
  render(<ConfigNotice locale={locale} issues={failure.issues} />, container);
  events.emit("error", { code: failure.code, message: `The form config ${what}: ${lines.join("; ")}` });
}
