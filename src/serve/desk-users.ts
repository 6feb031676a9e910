import { createHash, timingSafeEqual } from "node:crypto";
import { hashPassword, isPasswordHash, verifyPassword } from "./password-hash";

/** Decides who may sign in to the desk. */
export interface DeskAuth {
  /** The user's name as recorded on claims and notes, or null for a wrong name or password. */
  verify(name: string, password: string): Promise<string | null>;
  /** One line for the startup log (never a password or hash). */
  describe: string;
}

/**
 * Named users from a users file: `{ "users": [{ "name": "ana", "passwordHash": "scrypt$…" }] }`, hashes
 * made with `lead-qualifier hash-password`. Throws a readable error listing every problem in the file.
 * An unknown name still costs one hash computation, so timing does not reveal which names exist.
 *
 * @example deskUsersFromJson(await readFile(process.env.DESK_USERS_FILE, "utf8"))
 */
export function deskUsersFromJson(text: string, source = "users file"): DeskAuth {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const users = json && typeof json === "object" && "users" in json ? (json as { users: unknown }).users : undefined;
  if (!Array.isArray(users) || users.length === 0) throw new Error(`${source}: expected { "users": [{ "name", "passwordHash" }, …] } with at least one user`);
  const problems: string[] = [];
  const byName = new Map<string, { name: string; passwordHash: string }>();
  users.forEach((user: unknown, index) => {
    const { name, passwordHash } = (user ?? {}) as Record<string, unknown>;
    if (typeof name !== "string" || !/^\S(.{0,62}\S)?$/.test(name)) problems.push(`users[${index}].name: a name of 1–64 characters is required`);
    if (typeof passwordHash !== "string" || !isPasswordHash(passwordHash)) problems.push(`users[${index}].passwordHash: expected a hash from \`lead-qualifier hash-password\``);
    if (typeof name === "string" && byName.has(name.toLowerCase())) problems.push(`users[${index}].name: duplicate user "${name}"`);
    if (typeof name === "string" && typeof passwordHash === "string") byName.set(name.toLowerCase(), { name, passwordHash });
  });
  if (problems.length > 0) throw new Error(`${source}:\n  ${problems.join("\n  ")}`);
  const decoy = hashPassword("not a real password");
  return {
    describe: `${byName.size} desk user(s) from the ${source}`,
    async verify(name, password) {
      const user = byName.get(name.trim().toLowerCase());
      if (!user) {
        await verifyPassword(password, await decoy);
        return null;
      }
      return (await verifyPassword(password, user.passwordHash)) ? user.name : null;
    },
  };
}

/**
 * One shared password for everyone (a demo, a two-person team): people sign in with their own name,
 * which is what claims and notes record.
 *
 * @example sharedPassword(process.env.DESK_PASSWORD!)
 */
export function sharedPassword(password: string): DeskAuth {
  if (password.length < 4) throw new Error("DESK_PASSWORD: use at least 4 characters");
  const expected = digest(password);
  return {
    describe: "a shared desk password (any name)",
    async verify(name, given) {
      const trimmed = name.trim();
      if (trimmed === "" || trimmed.length > 64) return null;
      return timingSafeEqual(digest(given), expected) ? trimmed : null;
    },
  };
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text.normalize("NFC")).digest();
}
