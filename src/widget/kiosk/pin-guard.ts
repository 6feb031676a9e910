/** Wrong PINs allowed before the pad locks. */
export const PIN_MAX_TRIES = 5;
/** How long the pad stays locked after the last allowed wrong PIN. */
export const PIN_LOCKOUT_MS = 60_000;

/** The PIN pad's memory of wrong tries; kept in memory only (a reload starts afresh). */
export interface PinGuardState {
  wrongTries: number;
  lockedUntil: number | null;
}

export type PinCheck =
  | { outcome: "ok" }
  | { outcome: "wrong"; triesLeft: number }
  | { outcome: "locked"; retryInMs: number };

export const INITIAL_PIN_GUARD: PinGuardState = { wrongTries: 0, lockedUntil: null };

/**
 * Checks an entered PIN against the configured one, counting wrong tries: the fifth wrong
 * try locks the pad for 60 s, and while locked even the right PIN is refused (so a lock-out
 * cannot be used to confirm a guess). Pure: the caller passes the clock reading.
 *
 * @example checkPin(INITIAL_PIN_GUARD, "1111", "2468", Date.now()).check // { outcome: "wrong", triesLeft: 4 }
 */
export function checkPin(
  state: PinGuardState,
  entered: string,
  pin: string,
  nowMs: number,
): { state: PinGuardState; check: PinCheck } {
  if (state.lockedUntil !== null && nowMs < state.lockedUntil) {
    return { state, check: { outcome: "locked", retryInMs: state.lockedUntil - nowMs } };
  }
  const current = state.lockedUntil !== null ? INITIAL_PIN_GUARD : state;
  if (pin.length > 0 && entered === pin) return { state: INITIAL_PIN_GUARD, check: { outcome: "ok" } };
  const wrongTries = current.wrongTries + 1;
  if (wrongTries >= PIN_MAX_TRIES) {
    const lockedUntil = nowMs + PIN_LOCKOUT_MS;
    return { state: { wrongTries, lockedUntil }, check: { outcome: "locked", retryInMs: PIN_LOCKOUT_MS } };
  }
  return { state: { wrongTries, lockedUntil: null }, check: { outcome: "wrong", triesLeft: PIN_MAX_TRIES - wrongTries } };
}
