import { useRef, useState } from "preact/hooks";
import type { FormKit, FormKitSource } from "./form-kit-source";

/**
 * Runs an action that needs the form kit: at once when it is there, else once it arrives (one wait,
 * however often the visitor presses). `notLoaded` is true after the kit failed to load (offline, or a
 * file refused for its hash) until a later try succeeds; the form says so instead of doing nothing.
 *
 * @example const { withKit, notLoaded } = useKit(props.kit); withKit((kit) => kit.goNext(state, ctx));
 */
export function useKit(source: FormKitSource): { withKit(action: (kit: FormKit) => void): void; notLoaded: boolean } {
  const waiting = useRef(false);
  const [notLoaded, setNotLoaded] = useState(false);
  const withKit = (action: (kit: FormKit) => void) => {
    const kit = source.current;
    if (kit) return action(kit);
    if (waiting.current) return;
    waiting.current = true;
    source.load().then(
      (loaded) => {
        waiting.current = false;
        setNotLoaded(false);
        action(loaded);
      },
      (error: unknown) => {
        waiting.current = false;
        setNotLoaded(true);
        console.error("lead-qualifier: the rest of the form could not be loaded", error);
      },
    );
  };
  return { withKit, notLoaded };
}
