import { describe, expect, it } from "vitest";
import { parseServeOptions, redactDatabaseUrl } from "../../src/serve/serve-options";

describe("parseServeOptions", () => {
  it("takes flags, repeatable origins, and falls back to the environment", () => {
    const parsed = parseServeOptions(
      ["--forms", "forms", "--allowed-origin", "https://www.acme.io/", "--allowed-origin=https://acme.io", "--trust-proxy"],
      { PORT: "9000", DATABASE_URL: "postgres://u:p@db/leads", DESK_PASSWORD: "pw12", DATA_DIR: "/var/lib/desk" },
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        formsDir: "forms", allowedOrigins: ["https://www.acme.io", "https://acme.io"], port: 9000, host: "127.0.0.1",
        dataDir: "/var/lib/desk", databaseUrl: "postgres://u:p@db/leads", staticDir: undefined, trustProxy: true,
        usersFile: undefined, sharedPassword: "pw12", leadRateLimit: undefined, destinationsFile: undefined, publicUrl: undefined,
      },
    });
  });

  it("reads ALLOWED_ORIGINS as a comma- or space-separated list, and the flag wins over it", () => {
    const fromEnv = parseServeOptions(["--forms", "f"], { ALLOWED_ORIGINS: "https://a.io, https://b.io https://c.io" });
    expect(fromEnv.ok && fromEnv.value.allowedOrigins).toEqual(["https://a.io", "https://b.io", "https://c.io"]);
    const flagWins = parseServeOptions(["--forms", "f", "--allowed-origin", "https://x.io"], { ALLOWED_ORIGINS: "https://a.io" });
    expect(flagWins.ok && flagWins.value.allowedOrigins).toEqual(["https://x.io"]);
    const any = parseServeOptions(["--forms", "f"], { ALLOWED_ORIGINS: "*" });
    expect(any.ok && any.value.allowedOrigins).toBe("*");
  });

  it("parses the lead rate limit, or turns it off", () => {
    const limited = parseServeOptions(["--forms", "f", "--lead-rate-limit", "100,5000"], {});
    expect(limited.ok && limited.value.leadRateLimit).toEqual({ perIp: { limit: 100, windowMs: 60_000 }, perForm: { limit: 5000, windowMs: 60_000 } });
    const off = parseServeOptions(["--forms", "f"], { LEAD_RATE_LIMIT: "off" });
    expect(off.ok && off.value.leadRateLimit).toBe(false);
  });

  it("reports every problem at once", () => {
    const parsed = parseServeOptions(["--port", "http", "--allowed-origin", "acme.io", "--colour", "--lead-rate-limit", "lots"], {});
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toEqual([
      "unknown option '--colour'",
      "--forms <dir> is required (the folder of form configs)",
      "allowed origin 'acme.io' is not an http(s) origin like https://www.example.com",
      "port 'http' is not a port number (0–65535)",
      "lead rate limit 'lots' must be '<per IP>,<per form>' (leads per minute) or 'off'",
    ]);
  });

  it("takes the destinations file and the public URL from flags or the environment, and refuses a public URL with a path", () => {
    const parsed = parseServeOptions(["--forms", "f", "--destinations", "destinations.json"], { PUBLIC_URL: "https://leads.acme.io/" });
    expect(parsed.ok && [parsed.value.destinationsFile, parsed.value.publicUrl]).toEqual(["destinations.json", "https://leads.acme.io"]);
    const fromEnv = parseServeOptions(["--forms", "f", "--public-url", "http://127.0.0.1:8080"], { DESTINATIONS_FILE: "/etc/lead-desk/destinations.json" });
    expect(fromEnv.ok && [fromEnv.value.destinationsFile, fromEnv.value.publicUrl]).toEqual(["/etc/lead-desk/destinations.json", "http://127.0.0.1:8080"]);
    const bad = parseServeOptions(["--forms", "f", "--public-url", "https://acme.io/desk/"], {});
    expect(!bad.ok && bad.error).toEqual(["public URL 'https://acme.io/desk/' must be the server's origin, like https://leads.acme.io"]);
  });

  it("hides the database password in what it prints", () => {
    expect(redactDatabaseUrl("postgres://desk:s3cret@db.internal:5432/leads")).toBe("postgres://desk:***@db.internal:5432/leads");
  });
});
