import type { ConfigIssue } from "../config/types";
import { t } from "../i18n/t";

export interface ConfigNoticeProps {
  locale: string;
  issues: ConfigIssue[];
}

/**
 * What a visitor sees in place of a form whose config is broken or unreachable: one calm line
 * (role="status", not an alert: the visitor did nothing wrong and cannot fix it) and, folded
 * away for the developer, every issue as `path: message` — the same lines as the console.
 * Issue text comes from the config and is rendered as text only.
 *
 * @example <ConfigNotice locale="en" issues={[{ path: "id", message: "required" }]} />
 */
export function ConfigNotice({ locale, issues }: ConfigNoticeProps) {
  return (
    <div class="lq-notice" role="status">
      <p class="lq-notice-text">{t(locale, "configError")}</p>
      {issues.length > 0 && (
        <details class="lq-notice-details">
          <summary>{t(locale, "configErrorDetails")}</summary>
          <ul>
            {issues.map((issue, index) => (
              <li key={index}>
                <code>{formatIssue(issue)}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** `questions[2].options[0].value: required` — the one format for the console and the notice. */
export function formatIssue({ path, message }: ConfigIssue): string {
  return path ? `${path}: ${message}` : message;
}
