/**
 * What the script-tag loader knows about the files of its build, written into it at build time
 * (scripts/build.mjs): the loader's own `integrity` on the page pins this list, and the list pins every
 * other file, so one hash on the `<script>` tag covers them all.
 */
export interface LoaderManifest {
  /** The package version; `LeadQualifier.version` before anything else has loaded. */
  version: string;
  /** The folder of the other files, relative to the loader's own URL, e.g. "lq/". */
  dir: string;
  /** The landing-page file: the first module imported; it exports `start` (see embed-app.ts). */
  main: string;
  /** Every other file as `[name, "sha256-…"]` (an SRI hash; the shortest SRI allows, each is on the landing path). */
  files: Array<[string, string]>;
  /** Per part ("main", "kiosk", "locale-de", …) the indexes into `files` it needs: its own file and every file it imports. */
  parts: Record<string, number[]>;
}
