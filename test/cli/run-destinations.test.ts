import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/main";
import { destinationsEnv, destinationsFile } from "../forward/support/destinations";
import { startFakeServices, type FakeServices } from "../forward/support/fake-services";

// `lead-qualifier destinations test <name>` against the local fakes: the same checks of the exact request
// (signature, fields, encoding, card) that the queue tests use, one sample lead, one attempt.
let fakes: FakeServices;
let failNext = false;
beforeAll(async () => {
  fakes = await startFakeServices({ publicUrl: "https://leads.example.test", faults: () => (failNext ? ((failNext = false), 500) : "ok") });
});
afterAll(() => fakes?.close());

function cli(files: Record<string, string>, env: Record<string, string> = destinationsEnv(fakes.base)) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error("missing"), { code: "ENOENT" });
    },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    env,
  };
  return { io, out, err };
}

describe("lead-qualifier destinations test", () => {
  for (const [name, service] of [["crm", "webhook"], ["hubspot", "hubspot"], ["salesforce", "salesforce"], ["slack-sales", "slack"], ["teams-lead", "teams"]] as const) {
    it(`sends one sample lead to ${name} and prints what the ${service} service answered`, async () => {
      const { io, out, err } = cli({ "destinations.json": JSON.stringify(destinationsFile(fakes.base)) }, { ...destinationsEnv(fakes.base), PUBLIC_URL: "https://leads.example.test" });
      const before = fakes.accepted[service].size;
      expect(await runCli(["destinations", "test", name], io)).toBe(0);
      expect(err).toEqual([]);
      expect(fakes.accepted[service].size).toBe(before + 1);
      expect(out[0]).toMatch(new RegExp(`^sending a sample sales-ready lead \\(leadId [0-9a-f-]{36}\\) to ${name} \\(${service}\\) at http://127\\.0\\.0\\.1:\\d+/…$`));
      expect(out[1]).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/… → 20[024]/);
      expect(out[2]).toBe(`${name} accepted it: look for "Test Lead" there.`);
      expect(fakes.violations).toEqual([]);
    });
  }

  it("never prints a chat webhook's secret path", async () => {
    const { io, out } = cli({ "d.json": JSON.stringify(destinationsFile(fakes.base)) }, { ...destinationsEnv(fakes.base), PUBLIC_URL: "https://leads.example.test" });
    await runCli(["destinations", "test", "slack-sales", "--destinations", "d.json"], io);
    expect(out.join("\n")).not.toContain("T000/B000/XXXX");
  });

  it("exits 1 and prints the status when the destination refuses", async () => {
    failNext = true;
    const { io, out } = cli({ "destinations.json": JSON.stringify(destinationsFile(fakes.base)) });
    expect(await runCli(["destinations", "test", "crm"], io)).toBe(1);
    expect(out[1]).toMatch(/→ 500 internal error$/);
    expect(out[2]).toBe("crm refused it: check the mapping and the URL (the lead would be retried).");
  });

  it("lists the file's problems with their paths, and names the destinations when the name is wrong", async () => {
    const bad = cli({ "destinations.json": JSON.stringify({ destinations: { crm: { type: "webhook", url: "https://x.example", secret: { env: "NOPE" } } } }) }, {});
    expect(await runCli(["destinations", "test", "crm"], bad.io)).toBe(1);
    expect(bad.err).toEqual(["destinations.json: destinations.crm.secret: environment variable NOPE is not set"]);
    const wrong = cli({ "destinations.json": JSON.stringify(destinationsFile(fakes.base)) });
    expect(await runCli(["destinations", "test", "slack"], wrong.io)).toBe(1);
    expect(wrong.err).toEqual(['destinations.json: no destination named "slack" (destinations: crm, hubspot, salesforce, slack-sales, teams-lead)']);
  });

  it("reads DESTINATIONS_FILE and shows usage for anything else", async () => {
    const { io, err } = cli({}, { DESTINATIONS_FILE: "/etc/lead-desk/destinations.json" });
    expect(await runCli(["destinations", "test", "crm"], io)).toBe(1);
    expect(err).toEqual(["/etc/lead-desk/destinations.json: cannot read it (ENOENT)"]);
    const usage = cli({});
    expect(await runCli(["destinations"], usage.io)).toBe(2);
    expect(usage.err[0]).toMatch(/^usage: lead-qualifier destinations test <name>/);
  });
});
