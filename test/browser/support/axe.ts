import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/**
 * Runs axe-core (WCAG rules, incl. colour contrast) on the whole page, open shadow roots included;
 * returns the violations with enough detail to act on (rule, help text, node targets).
 */
export async function axeViolations(page: Page): Promise<Array<{ id: string; help: string; targets: unknown[] }>> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document);
    return result.violations.map((v: any) => ({ id: v.id, help: v.help, targets: v.nodes.map((n: any) => n.target) }));
  });
}
