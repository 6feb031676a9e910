import { useEffect, useRef, useState } from "preact/hooks";
import { AllLeadsView } from "./all-leads-view";
import { AuditView } from "./audit-view";
import { contactLabel } from "./contact-name";
import { ContactView } from "./contact-view";
import type { DeskClient } from "./desk-client";
import { HotQueueView } from "./hot-queue-view";
import { capWarning } from "./model/forward-status";
import { hotQueue } from "./model/hot-queue";
import { ReportView } from "./report-view";
import { useContacts } from "./use-contacts";
import { useForwarding } from "./use-forwarding";
import { useNow } from "./use-now";
import { useRoute, type DeskRoute } from "./use-route";

const NAV: Array<{ view: DeskRoute["view"]; label: string }> = [
  { view: "queue", label: "Hot queue" },
  { view: "leads", label: "All leads" },
  { view: "audit", label: "Audit" },
  { view: "report", label: "Report" },
];

/** The signed-in desk: navigation, the live data (polled), announcements of new hot leads, and the current view. */
export function DeskShell({ client, user, onSignedOut }: { client: DeskClient; user: string; onSignedOut: () => void }) {
  const route = useRoute();
  const { data, clockOffsetMs, failure, refresh } = useContacts(client, onSignedOut);
  const now = useNow(clockOffsetMs);
  const contacts = data?.contacts ?? [];
  const queue = hotQueue(contacts);
  const announcement = useNewHotAnnouncement(data ? queue : null);
  // Daily caps (Salesforce Web-to-Lead) are checked twice a minute: a warning, not a live figure.
  const caps = useForwarding(client, [], 30_000).data?.caps ?? [];
  const capWarnings = caps.map(capWarning).filter((w): w is string => w !== null);

  useEffect(() => {
    document.title = `${queue.length > 0 ? `(${queue.length}) ` : ""}Lead desk`;
  }, [queue.length]);

  const signOut = async () => {
    await client.logout();
    onSignedOut();
  };

  let view;
  if (!data) view = <p class="desk-loading">Loading leads…</p>;
  else if (route.view === "leads") view = <AllLeadsView contacts={contacts} now={now} />;
  else if (route.view === "audit") view = <AuditView contacts={contacts} now={now} />;
  else if (route.view === "report") view = <ReportView contacts={contacts} now={now} />;
  else if (route.view === "contact") {
    const contact = contacts.find((c) => c.id === route.contactId || c.leads.some((l) => l.leadId === route.contactId));
    view = contact ? <ContactView contact={contact} now={now} client={client} refresh={refresh} /> : <p class="empty">No such contact.</p>;
  } else view = <HotQueueView contacts={contacts} now={now} client={client} refresh={refresh} />;

  return (
    <>
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="desk-header">
        <span class="brand">Lead desk</span>
        <nav aria-label="Desk">
          <ul>
            {NAV.map((item) => (
              <li key={item.view}>
                <a href={`#/${item.view}`} aria-current={route.view === item.view ? "page" : undefined}>
                  {item.label}
                  {item.view === "queue" && queue.length > 0 ? (
                    <span class="nav-count"><span class="visually-hidden">, </span>{queue.length}<span class="visually-hidden"> waiting</span></span>
                  ) : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <span class="user">
          {user}{" "}
          <button class="button link" type="button" onClick={() => void signOut()}>Sign out</button>
        </span>
      </header>
      <p class="visually-hidden" role="status" aria-live="polite">{announcement}</p>
      {failure ? <p class="banner" role="alert">{failure.message}</p> : null}
      {capWarnings.map((warning) => <p key={warning} class="banner cap-warning">{warning}</p>)}
      <main id="main" class="desk-main">{view}</main>
    </>
  );
}

/** "New sales-ready lead: Ana Lima" for screen readers whenever a contact joins the hot queue. */
function useNewHotAnnouncement(queue: ReturnType<typeof hotQueue> | null): string {
  const seen = useRef<Set<string> | null>(null);
  const [text, setText] = useState("");
  useEffect(() => {
    if (!queue) return;
    const ids = new Set(queue.map((c) => c.id));
    if (seen.current) {
      const fresh = queue.filter((c) => !seen.current!.has(c.id));
      if (fresh.length > 0) setText(`New sales-ready lead: ${fresh.map(contactLabel).join(", ")}`);
    }
    seen.current = ids;
  }, [queue?.map((c) => c.id).join(",")]);
  return text;
}
