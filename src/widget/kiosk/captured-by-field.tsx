import { t } from "../../i18n/t";

export interface CapturedByFieldProps {
  locale: string;
  /** `kiosk.staff`: pick from these; without a list, staff type their name. */
  staff: string[] | undefined;
  value: string;
  onChange(name: string): void;
  id: string;
}

/**
 * "Captured by": a select of the config's staff list (with "Nobody" first), or a name field when the
 * config lists nobody. A name on the device that is not on the list stays selectable.
 *
 * @example <CapturedByField locale="en" staff={["Ana", "Ben"]} value="Ana" onChange={set} id="lq-captured-by" />
 */
export function CapturedByField({ locale, staff, value, onChange, id }: CapturedByFieldProps) {
  const names = staff && value !== "" && !staff.includes(value) ? [...staff, value] : staff;
  return (
    <div class="lq-captured-by">
      <label class="lq-pin-label" for={id}>{t(locale, "staff.capturedBy")}</label>
      {names ? (
        <select id={id} class="lq-staff-select" value={value} onChange={(event) => onChange(event.currentTarget.value)}>
          <option value="">{t(locale, "staff.nobody")}</option>
          {names.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
      ) : (
        <input id={id} class="lq-staff-select" type="text" autoComplete="off" maxLength={80} value={value} onInput={(event) => onChange(event.currentTarget.value)} />
      )}
    </div>
  );
}
