import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../../i18n/t";
import { startBadgeCamera, type BadgeCameraEnv, type CameraProblem } from "./badge-camera";

export interface BadgeScannerProps {
  locale: string;
  env: BadgeCameraEnv;
  /** A code was read (`scan`) or an id typed (`typed`). */
  onBadge(raw: string, source: "scan" | "typed"): void;
  onClose(): void;
}

/**
 * "Scan badge": a dialog with the camera's picture (rear camera) that closes itself once a QR code is
 * read, and the fallback every booth needs, a typed badge id. When the camera is refused or missing
 * it says so and the id field takes focus. The camera stops when the dialog closes, whatever closed it.
 *
 * @example <BadgeScanner locale="en" env={env} onBadge={(raw, source) => use(raw, source)} onClose={close} />
 */
export function BadgeScanner({ locale, env, onBadge, onClose }: BadgeScannerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const typed = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [id, setId] = useState("");
  const [error, setError] = useState("");

  useEffect(() => {
    heading.current?.focus();
    if (!video.current) return;
    return startBadgeCamera(video.current, env, {
      onCode: (raw) => onBadge(raw, "scan"),
      onProblem: (found) => {
        setProblem(found);
        typed.current?.focus();
      },
    });
  }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    const value = id.trim();
    if (value === "") {
      setError(t(locale, "badge.idRequired"));
      typed.current?.focus();
      return;
    }
    onBadge(value, "typed");
  };

  return (
    <div class="lq-kiosk-overlay" onKeyDown={(event) => event.key === "Escape" && onClose()}>
      <div class="lq-kiosk-dialog lq-badge-dialog" role="dialog" aria-modal="true" aria-labelledby="lq-badge-title" aria-describedby="lq-badge-status">
        <h2 id="lq-badge-title" ref={heading} tabIndex={-1}>{t(locale, "badge.title")}</h2>
        <video ref={video} class="lq-badge-video" muted playsInline aria-hidden="true" hidden={problem !== null} />
        <p id="lq-badge-status" class="lq-kiosk-status" role="status">
          {problem === null ? t(locale, "badge.hold") : t(locale, `badge.${problem}`)}
        </p>
        <form class="lq-badge-typed" onSubmit={submit} autoComplete="off" noValidate>
          <label class="lq-pin-label" for="lq-badge-id">{t(locale, "badge.typeId")}</label>
          <input
            ref={typed}
            id="lq-badge-id"
            class="lq-pin-input lq-badge-input"
            type="text"
            autoComplete="off"
            maxLength={128}
            value={id}
            aria-invalid={error ? "true" : undefined}
            aria-describedby={error ? "lq-badge-error" : undefined}
            onInput={(event) => {
              setId(event.currentTarget.value);
              setError("");
            }}
          />
          {error ? <p id="lq-badge-error" class="lq-kiosk-message" role="alert">{error}</p> : null}
          <div class="lq-kiosk-dialog-actions">
            <button type="button" class="lq-kiosk-secondary" onClick={onClose}>{t(locale, "badge.cancel")}</button>
            <button type="submit" class="lq-kiosk-primary">{t(locale, "badge.useId")}</button>
          </div>
        </form>
      </div>
    </div>
  );
}
