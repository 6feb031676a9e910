import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core (WCAG rules, incl. colour contrast) on the whole page, open shadow roots included;
 * returns the violations with enough detail to act on (rule, help text, node targets).
 * axe is evaluated through the DevTools protocol rather than added as a script tag: the page's CSP
 * (Trusted Types on the desk) does not govern that, so the check works on every page without
 * loosening the policy under test.
 */
export async function axeViolations(page: Page): Promise<Array<{ id: string; help: string; targets: unknown[] }>> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document);
    return result.violations.map((v: any) => ({ id: v.id, help: v.help, targets: v.nodes.map((n: any) => n.target) }));
  });
}
