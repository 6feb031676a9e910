import { useState } from "preact/hooks";
import { TIERS, type Tier } from "../config/types";
import type { DeskClient } from "./desk-client";
import { TIER_LABELS } from "./model/describe-history";
import type { Contact } from "./model/desk-types";

/**
 * Requalify a contact's latest lead with a note: kept as an event next to the original score, which is
 * never rewritten. The note is required: it is what tells marketing why the rule was wrong.
 */
export function RequalifyForm({ contact, client, refresh }: { contact: Contact; client: DeskClient; refresh: () => void }) {
  const [tier, setTier] = useState<Tier>(contact.tier === "sales-ready" ? "nurture" : "sales-ready");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");
  const latest = contact.leads[contact.leads.length - 1]!;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!note.trim()) {
      setError("Add a note: why was the rule wrong?");
      document.getElementById("requalify-note")?.focus();
      return;
    }
    const result = await client.requalify(latest.leadId, tier, note.trim());
    if (result.ok) {
      setError("");
      setNote("");
      setMessage(`Requalified as ${TIER_LABELS[tier]}. The original score is kept.`);
      refresh();
    } else setError(result.failure.message);
  };

  return (
    <form class="card requalify" onSubmit={submit} aria-labelledby="requalify-title" noValidate>
      <h2 id="requalify-title">Requalify</h2>
      <div class="field">
        <label for="requalify-tier">New tier</label>
        <select id="requalify-tier" value={tier} onChange={(e) => setTier((e.currentTarget as HTMLSelectElement).value as Tier)}>
          {TIERS.map((t) => <option key={t} value={t}>{TIER_LABELS[t]}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="requalify-note">Note (why the rule got it wrong)</label>
        <textarea
          id="requalify-note"
          value={note}
          maxLength={1000}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          aria-invalid={error ? "true" : undefined}
          aria-describedby="requalify-error"
        />
      </div>
      <p id="requalify-error" class="error">{error}</p>
      <p class="status" role="status">{message}</p>
      <button class="button primary" type="submit">Requalify</button>
    </form>
  );
}
