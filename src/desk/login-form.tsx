import { useRef, useState } from "preact/hooks";
import type { DeskClient } from "./desk-client";

/**
 * The desk's sign-in: name and password, errors announced and tied to the form. The name is what
 * claims and notes record.
 */
export function LoginForm({ client, onSignedIn }: { client: DeskClient; onSignedIn: (user: string) => void }) {
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const result = await client.login(nameRef.current?.value ?? "", passwordRef.current?.value ?? "");
    setBusy(false);
    if (result.ok) return onSignedIn(result.value.user);
    setError(result.failure.message);
    passwordRef.current?.focus();
  };

  return (
    <main class="login">
      <form class="card login-card" onSubmit={submit} aria-describedby="login-error" noValidate>
        <h1>Lead desk</h1>
        <p class="muted">Sign in to answer sales-ready leads within 5 minutes.</p>
        <label for="login-name">Name</label>
        <input id="login-name" ref={nameRef} name="username" autocomplete="username" required aria-invalid={error ? "true" : undefined} />
        <label for="login-password">Password</label>
        <input id="login-password" ref={passwordRef} type="password" name="password" autocomplete="current-password" required aria-invalid={error ? "true" : undefined} />
        <p id="login-error" class="error" role="alert">{error}</p>
        <button class="button primary" type="submit" disabled={busy}>Sign in</button>
      </form>
    </main>
  );
}
