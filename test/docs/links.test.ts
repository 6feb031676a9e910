import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The README and docs/ must work in a clone and on a package page: every link points at a file in this
// repository (no ../shared, no website), and every #anchor at a heading that exists.
const ROOT = resolve(new URL("../..", import.meta.url).pathname);
const FILES = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];

/** The Markdown text with fenced code blocks and inline code spans blanked out (they hold examples, not links). */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/(`+)[^`\n]*?\1/g, "");
}

/** Every link target: inline and image links, reference definitions, autolinks, HTML href/src. */
function targets(markdown: string): string[] {
  const text = prose(markdown);
  const found: string[] = [];
  for (const match of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push(match[1]!);
  for (const match of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) found.push(match[1]!);
  for (const match of text.matchAll(/<((?:https?|mailto|ftp):[^>\s]+)>/g)) found.push(match[1]!);
  for (const match of text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)) found.push(match[1]!);
  return found;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const match of prose(markdown.replace(/`/g, "")).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = match[1]!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().replace(/\s/g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

describe("links in the README and docs/", () => {
  it("finds the pages to check", () => {
    expect(FILES).toEqual(expect.arrayContaining(["README.md", "docs/config.md", "docs/embedding.md"]));
    expect(FILES.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of FILES) {
    const markdown = readFileSync(join(ROOT, file), "utf8");

    it(`${file}: has no web address outside code, as a link or as bare text`, () => {
      expect(prose(markdown).match(/\b(?:https?|ftp):\/\/\S+|\bwww\.\S+/g) ?? []).toEqual([]);
      for (const target of targets(markdown)) expect(target, target).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i);
    });

    it(`${file}: links only to files in this repository, and to headings that exist`, () => {
      const links = targets(markdown);
      for (const target of links) {
        const [path = "", anchor] = target.split("#");
        const absolute = path === "" ? join(ROOT, file) : resolve(ROOT, dirname(file), decodeURIComponent(path));
        expect(relative(ROOT, absolute), target).not.toMatch(/^\.\./);
        expect(existsSync(absolute) && statSync(absolute).isFile(), `${target} (from ${file})`).toBe(true);
        if (anchor !== undefined && absolute.endsWith(".md")) {
          expect([...anchors(readFileSync(absolute, "utf8"))], `${target} (from ${file})`).toContain(anchor);
        }
      }
    });
  }

  it("link checking itself: catches a link out of the repository, a missing file and a web address", () => {
    const sample = "See [spec](../shared/SPEC.md), [site](https://example.com), <https://x.example>, `https://in.code` and [ok](docs/api.md#events).";
    expect(targets(sample)).toEqual(["../shared/SPEC.md", "https://example.com", "docs/api.md#events", "https://x.example"]);
    expect(prose(sample)).not.toContain("in.code");
    expect([...anchors("# The lead\n## `import`: re-send a kiosk export\n## Decisions\n## Decisions")]).toEqual([
      "the-lead", "import-re-send-a-kiosk-export", "decisions", "decisions-1",
    ]);
  });
});
