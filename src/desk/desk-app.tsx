import { useCallback, useEffect, useState } from "preact/hooks";
import type { DeskClient } from "./desk-client";
import { DeskShell } from "./desk-shell";
import { LoginForm } from "./login-form";

/**
 * The desk: asks the server whether this browser has a session, then shows the login or the desk.
 * The page itself holds no data; everything comes from the session-guarded API.
 */
export function DeskApp({ client }: { client: DeskClient }) {
  const [user, setUser] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void client.session().then((result) => setUser(result.ok ? result.value.user : null));
  }, [client]);
  const signedOut = useCallback(() => setUser(null), []);

  if (user === undefined) return <p class="desk-loading">Loading the lead desk…</p>;
  if (user === null) return <LoginForm client={client} onSignedIn={setUser} />;
  return <DeskShell client={client} user={user} onSignedOut={signedOut} />;
}
