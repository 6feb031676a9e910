import { useEffect, useState } from "preact/hooks";
import type { OutboxStorageState } from "../../delivery/create-outbox";
import { t } from "../../i18n/t";
import { giveawayCode } from "./giveaway-code";
import { formatBytes, storageHealth, type StorageEstimateLike } from "./storage-health";

export interface StorageStatusProps {
  locale: string;
  state: OutboxStorageState;
  /** Re-read the estimate when this changes (the panel's refresh tick). */
  tick: number;
  estimate?: () => Promise<StorageEstimateLike | null>;
}

const browserEstimate = async (): Promise<StorageEstimateLike | null> =>
  (await globalThis.navigator?.storage?.estimate?.().catch(() => null)) ?? null;

/**
 * The staff panel's storage line: how much is used of what the browser grants, and an early warning
 * ("Export CSV now") when it runs low or when leads could not be saved, naming those by giveaway code.
 *
 * @example <StorageStatus locale="en" state={delivery.storage()} tick={tick} />
 */
export function StorageStatus({ locale, state, tick, estimate = browserEstimate }: StorageStatusProps) {
  const [numbers, setNumbers] = useState<StorageEstimateLike | null>(null);
  useEffect(() => {
    let live = true;
    void estimate().then((value) => live && setNumbers(value), () => {});
    return () => void (live = false);
  }, [tick]);
  const health = storageHealth(state, numbers);
  const used =
    typeof numbers?.usage === "number" && typeof numbers.quota === "number"
      ? t(locale, "staff.storageUsed", { used: formatBytes(numbers.usage), quota: formatBytes(numbers.quota) })
      : "…";
  return (
    <>
      <dl class="lq-staff-stats">
        <dt>{t(locale, "staff.storage")}</dt>
        <dd>{state.kind === "memory" ? t(locale, "staff.storageNone") : used}</dd>
      </dl>
      {health.level === "low" && <p class="lq-staff-warning" role="alert">{t(locale, "staff.storageLow")}</p>}
      {health.level === "unsaved" && (
        <p class="lq-staff-warning" role="alert">
          {t(locale, "staff.unsaved", { count: health.leadIds.length })}{" "}
          {t(locale, "staff.unsavedCodes", { codes: health.leadIds.map(giveawayCode).join(", ") })}
        </p>
      )}
    </>
  );
}
