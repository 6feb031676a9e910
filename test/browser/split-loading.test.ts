// The split script-tag build in real Chromium: what a page fetches and when, one hash pinning every
// file, strict CSP with Trusted Types, a German page, a booth page, and compiled configs.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Page, Request } from "playwright-core";
import { compileConfig } from "../../src/config/compiled-config";
import { validateConfig } from "../../src/config/validate-config";
import { VERSION } from "../../src/version";
import { openPage } from "./support/browser";
import { useLeadSuite } from "./support/lead-suite";
import { completeByKeyboard, eventually, expectTheHotLead } from "./widget-helpers";

const ROOT = new URL("../../", import.meta.url);
const LANDING = "/test/browser/pages/split-landing.html";
const GERMAN = "/test/browser/pages/split-german.html";
const BOOTH = "/test/browser/pages/split-booth.html";
const SPEC9_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types 'none'";

const suite = useLeadSuite(["test/browser/pages/widget-form.json", "test/browser/pages/split-german.json"]);
const files = JSON.parse(await readFile(new URL("dist/lead-qualifier.files.json", ROOT), "utf8")) as {
  files: Array<{ path: string; parts: string[] }>;
};
const fileOf = (part: string) => files.files.find((file) => file.parts.includes(part) && file.path.startsWith("lq/"))!.path;

/**
 * `/compiled/<repo path>`: that config as `lead-qualifier build` writes it. `?edit=<json>` lays fields over
 * the compiled content afterwards, as someone editing the built file by hand would.
 */
async function compiledRoute(req: { url?: string }, res: import("node:http").ServerResponse) {
  const url = new URL(req.url ?? "/", "http://x");
  if (!url.pathname.startsWith("/compiled/")) return false;
  const raw = JSON.parse(await readFile(new URL(url.pathname.slice("/compiled/".length), ROOT), "utf8"));
  const validated = validateConfig(raw);
  if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
  const compiled = compileConfig(validated.config, VERSION, (text) => createHash("sha256").update(text).digest("base64"));
  const edit = url.searchParams.get("edit");
  if (edit) Object.assign(compiled.config, JSON.parse(edit));
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(compiled));
  return true;
}

async function open(path: string, record: Request[] = []) {
  if (!suite.server.routes.includes(compiledRoute)) suite.server.routes.unshift(compiledRoute);
  const opened = await openPage(suite.browser);
  await opened.page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  opened.page.on("request", (request) => void (new URL(request.url()).pathname.startsWith("/dist/") && record.push(request)));
  await opened.page.goto(suite.server.origin + path);
  return opened;
}

const distFiles = (requests: Request[]) => requests.map((request) => new URL(request.url()).pathname.replace(/^\/dist\//, ""));
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Opens the landing page with one file of the build served with a line of code added in front, as a compromised CDN would. */
async function openTampered(file: string) {
  const original = await readFile(new URL(`dist/${file}`, ROOT), "utf8");
  const opened = await openPage(suite.browser);
  await opened.page.route(`**/dist/${file}`, (route) =>
    route.fulfill({ contentType: "text/javascript", body: `window.__tampered = true;\n${original}` }));
  if (!suite.server.routes.includes(compiledRoute)) suite.server.routes.unshift(compiledRoute);
  await opened.page.goto(suite.server.origin + LANDING);
  return opened;
}

describe("the split script-tag build (real Chromium)", () => {
  it("shows a compiled English config's first question from the loader and the landing-page file, then loads the form kit; never the validator, the kiosk or another language", async () => {
    const requests: Request[] = [];
    const { page, context, errors } = await open(LANDING, requests);
    await page.getByLabel("Work email").waitFor();
    await page.waitForLoadState("networkidle");
    const fetched = distFiles(requests);
    expect(fetched).toEqual(expect.arrayContaining(["lead-qualifier.js", fileOf("main"), fileOf("form-kit")]));
    for (const part of ["diagnostics", "kiosk", "badge-decoder", "locale-de", "locale-fr", "locale-es"]) expect(fetched).not.toContain(fileOf(part));
    // Each file once: the module the modulepreload checked is the one the import() runs.
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("needs nothing but the landing-page file for the first question: it shows even when the form kit never arrives", async () => {
    const { page, context } = await (async () => {
      const opened = await openPage(suite.browser);
      await opened.page.route(`**/dist/${fileOf("form-kit")}`, (route) => route.abort("internetdisconnected"));
      if (!suite.server.routes.includes(compiledRoute)) suite.server.routes.unshift(compiledRoute);
      await opened.page.goto(suite.server.origin + LANDING);
      return opened;
    })();
    await page.getByLabel("Work email").fill("ana@acme.io");
    await page.getByRole("button", { name: "Next" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toBe("We could not reach our server. Please check your connection and try again.");
    expect(await page.getByRole("heading", { level: 2 }).textContent()).toBe("Work email");
    await context.close();
  });

  it("renders and submits a compiled config under SPEC 9's CSP with Trusted Types 'none', with no violation", async () => {
    suite.leads.length = 0;
    suite.server.headers["Content-Security-Policy"] = SPEC9_CSP;
    try {
      const { page, context, errors } = await open(LANDING);
      const next = page.getByRole("button", { name: "Next" });
      await next.waitFor();
      expect(await next.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(11, 95, 255)");
      await completeByKeyboard(page);
      await eventually(() => suite.leads.length === 1);
      expectTheHotLead(suite.leads[0]);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      delete suite.server.headers["Content-Security-Policy"];
    }
  });

  it("refuses a landing-page file whose bytes differ from the build's: nothing of it runs, and the console says why", async () => {
    const { page, context, errors } = await openTampered(fileOf("main"));
    await expect.poll(() => errors.join("\n")).toContain("Subresource Integrity hash does not match");
    expect(await page.evaluate(() => (window as unknown as { __tampered?: boolean }).__tampered)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelector("[data-lead-qualifier]")!.shadowRoot)).toBeNull();
    await context.close();
  });

  it("refuses a tampered form kit when it is needed: the first question shows, Next says so, the tampered code never runs", async () => {
    const { page, context, errors } = await openTampered(fileOf("form-kit"));
    await page.getByLabel("Work email").fill("ana@acme.io");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("alert").waitFor();
    expect(errors.join("\n")).toContain("integrity");
    expect(await page.evaluate(() => (window as unknown as { __tampered?: boolean }).__tampered)).toBeUndefined();
    await context.close();
  });

  it("shows a German page in German, loading the German strings beside the landing-page file, and submits", async () => {
    suite.leads.length = 0;
    const requests: Request[] = [];
    const { page, context, errors } = await open(GERMAN, requests);
    await page.getByLabel("Geschäftliche E-Mail").fill("ana@acme.io");
    expect(await page.getByRole("progressbar").getAttribute("aria-valuetext")).toMatch(/^Frage 1 von \d+$/);
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.getByLabel("Ihr Name").fill("Ana");
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.getByLabel("Unternehmen").fill("Acme");
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.getByRole("radio", { name: "Bereichs- oder Abteilungsleitung" }).check();
    await page.getByRole("button", { name: "Weiter" }).click();
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Absenden" }).click();
    await page.getByRole("heading", { level: 2, name: "Vielen Dank" }).or(page.getByRole("heading", { level: 2, name: /Danke|melden|sprechen/ })).waitFor();
    await eventually(() => suite.leads.length === 1);
    expect(suite.leads[0]).toMatchObject({ formId: "split-german", context: { locale: "de" }, answers: { email: "ana@acme.io", role: "vp" } });
    const fetched = distFiles(requests);
    expect(fetched).toContain(fileOf("locale-de"));
    expect(fetched).not.toContain(fileOf("diagnostics"));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("validates a compiled config edited after the build in full: every issue shows with its path, and the console says why", async () => {
    const edit = encodeURIComponent(JSON.stringify({ endpoint: "ftp://nowhere", mode: "banner" }));
    const page404 = `/test/browser/pages/split-landing.html`;
    const opened = await openPage(suite.browser);
    if (!suite.server.routes.includes(compiledRoute)) suite.server.routes.unshift(compiledRoute);
    await opened.page.route(`**${page404}`, async (route) => {
      const html = await readFile(new URL(`.${page404}`, ROOT), "utf8");
      await route.fulfill({ contentType: "text/html", body: html.replace("widget-form.json", `widget-form.json?edit=${edit}`) });
    });
    await opened.page.goto(suite.server.origin + page404);
    const notice = opened.page.getByRole("status");
    await notice.waitFor();
    await opened.page.getByText("Details for the site owner").click();
    expect(await notice.textContent()).toContain("endpoint: must be https");
    expect(await notice.textContent()).toContain("mode: expected one of inline, popup, kiosk");
    expect(opened.warnings.join("\n")).toContain("was changed after `lead-qualifier build`");
    await opened.context.close();
  });

  it("runs a booth page from the kiosk loader, which fetches the kiosk and the form kit beside the landing-page file", async () => {
    const requests: Request[] = [];
    const opened = await openPage(suite.browser, { viewport: { width: 1024, height: 768 }, hasTouch: true });
    opened.page.on("request", (request) => void (new URL(request.url()).pathname.startsWith("/dist/") && requests.push(request)));
    await opened.page.goto(suite.server.origin + BOOTH);
    await opened.page.getByRole("button", { name: "Start" }).waitFor();
    const fetched = distFiles(requests);
    expect(fetched.slice(0, 1)).toEqual(["lead-qualifier-kiosk.js"]);
    expect(fetched).toEqual(expect.arrayContaining([fileOf("main"), fileOf("kiosk"), fileOf("form-kit")]));
    // The badge decoder comes only when staff scan a badge (kiosk-badge.test.ts).
    expect(fetched).not.toContain(fileOf("badge-decoder"));
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });
});
