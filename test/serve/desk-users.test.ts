import { describe, expect, it } from "vitest";
import { deskUsersFromJson, sharedPassword } from "../../src/serve/desk-users";
import { hashPassword, isPasswordHash, verifyPassword } from "../../src/serve/password-hash";

// scrypt at OWASP's cost takes ~0.3 s per hash here, several times that while the machine is busy.
describe("password hashes", { timeout: 30_000 }, () => {
  it("verifies the right password and refuses any other, with a new salt every time", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$17\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery ", hash)).toBe(false);
    expect(await hashPassword("correct horse battery")).not.toBe(hash);
  });

  it("treats a malformed hash as a wrong password, never as an error", async () => {
    for (const bad of ["", "plain", "scrypt$17$8$1$c2FsdA$a2V5", "scrypt$40$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]) {
      expect(isPasswordHash(bad)).toBe(false);
      expect(await verifyPassword("x", bad)).toBe(false);
    }
  });
});

describe("desk users", { timeout: 30_000 }, () => {
  it("signs in a user from the users file by name, any case, and records the name as written there", async () => {
    const auth = deskUsersFromJson(JSON.stringify({ users: [{ name: "Ana Lima", passwordHash: await hashPassword("ana-password") }] }));
    expect(await auth.verify("ana lima", "ana-password")).toBe("Ana Lima");
    expect(await auth.verify("Ana Lima", "wrong")).toBeNull();
    expect(await auth.verify("Ben", "ana-password")).toBeNull();
  });

  it("lists every problem of a bad users file", () => {
    expect(() => deskUsersFromJson("{")).toThrow(/invalid JSON/);
    expect(() => deskUsersFromJson(JSON.stringify({ users: [{ name: "", passwordHash: "x" }, { name: "a" }] }))).toThrow(
      /users\[0\]\.name: .*\n.*users\[0\]\.passwordHash: .*\n.*users\[1\]\.passwordHash/,
    );
  });

  it("lets anyone with the shared password sign in under their own name", async () => {
    const auth = sharedPassword("team-pass");
    expect(await auth.verify("  Ben  ", "team-pass")).toBe("Ben");
    expect(await auth.verify("Ben", "team-pas")).toBeNull();
    expect(await auth.verify(" ", "team-pass")).toBeNull();
    expect(() => sharedPassword("abc")).toThrow(/at least 4/);
  });
});
