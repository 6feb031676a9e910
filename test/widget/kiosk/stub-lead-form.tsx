import { useState } from "preact/hooks";
import type { LeadFormProps } from "../../../src/widget/lead-form";
import type { Score } from "../../../src/config/types";

/**
 * A stand-in for the real LeadForm in kiosk shell tests: one email step, then an outcome.
 * The kiosk shell is tested on its own; the real form runs in the Chromium tests.
 */
export function LeadForm(props: LeadFormProps) {
  const [email, setEmail] = useState("");
  const [done, setDone] = useState(false);
  const score: Score = {
    total: 80,
    dimensions: { budget: 20, authority: 20, need: 20, timeframe: 20, fit: 0 },
    tier: "sales-ready",
    reasons: [],
  };
  if (done) {
    return (
      <div>
        <h2>Thanks</h2>
        {props.onRestart && <button type="button" onClick={() => props.onRestart?.()}>Start over</button>}
      </div>
    );
  }
  return (
    <form
      data-questions-per-step={String(props.config.flow.questionsPerStep)}
      data-remember={String(props.config.profile.remember)}
      onSubmit={(event) => {
        event.preventDefault();
        props.onComplete({ answers: { email }, score, honeypot: false });
        setDone(true);
      }}
    >
      <h2>Your email</h2>
      <label for="stub-email">Email</label>
      <input id="stub-email" type="email" autoComplete="off" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      <button type="submit">Submit</button>
    </form>
  );
}
