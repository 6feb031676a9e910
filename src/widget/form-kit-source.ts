/** What the form kit part holds (see parts/form-kit.ts). */
export type FormKit = typeof import("./parts/form-kit");

/**
 * The form kit as the form sees it: `current` once loaded (read it when an event happens), `load()`
 * to wait for it. The form renders its first question without it.
 */
export interface FormKitSource {
  readonly current: FormKit | null;
  load(): Promise<FormKit>;
}

/**
 * A source over a loader (the widget's parts), or over a kit already at hand (tests, and pages whose
 * first screen needs it: a `?lq_` prefill link).
 *
 * @example const kit = formKitSource(parts.formKit); await kit.load(); kit.current?.scoreLead(config, answers)
 */
export function formKitSource(load: () => Promise<FormKit>, ready: FormKit | null = null): FormKitSource {
  let current = ready;
  return {
    get current() {
      return current;
    },
    load: () => (current ? Promise.resolve(current) : load().then((kit) => (current = kit))),
  };
}
