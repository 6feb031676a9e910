import { describe, expect, it } from "vitest";
import { safeFilePath } from "../../src/serve/static-files";

describe("safeFilePath", () => {
  it("maps a URL path into the folder, index.html for a folder", () => {
    expect(safeFilePath("/srv/site", "/landing.html", [])).toBe("/srv/site/landing.html");
    expect(safeFilePath("/srv/site", "/", [])).toBe("/srv/site/index.html");
  });

  it("refuses paths outside the folder, dotfiles, hidden folders and unknown types", () => {
    for (const path of ["/../etc/passwd.txt", "/%2e%2e/secret.json", "/..%2fsecret.json", "/.env", "/.git/config.json", "/a/.hidden/x.js", "/server.exe", "/%E0%A4%A.html", "/x\0.html"]) {
      expect(safeFilePath("/srv/site", path, []), path).toBeNull();
    }
    expect(safeFilePath("/srv/site", "/data/leads.json", ["/srv/site/data"])).toBeNull();
    expect(safeFilePath("/srv/site", "/data", ["/srv/site/data"])).toBeNull();
  });
});
