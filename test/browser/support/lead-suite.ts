import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import type { Lead } from "../../../src/config/types";
import { launchChromium } from "./browser";
import { realLeadReceiver } from "./lead-receiver";
import { startTestServer, type TestServer } from "./test-server";

export interface LeadSuite {
  browser: Browser;
  server: TestServer;
  /** Leads the real handler accepted, in arrival order. */
  leads: Array<Lead & Record<string, any>>;
}

/**
 * Registers beforeAll/afterAll for a browser test file: one Debian Chromium, one test server, and the
 * real lead handler (built dist/server.js) for `configFiles` behind `path`. Read the fields inside tests.
 * `browserArgs` are extra Chromium flags (a fake camera, say).
 *
 * @example const suite = useLeadSuite(["test/browser/pages/widget-form.json"]); … suite.leads.length
 */
export function useLeadSuite(configFiles: string[], path = "/leads", browserArgs: string[] = []): LeadSuite {
  const suite = {} as LeadSuite;
  beforeAll(async () => {
    [suite.browser, suite.server] = await Promise.all([launchChromium(browserArgs), startTestServer()]);
    const receiver = await realLeadReceiver(suite.server, configFiles, path);
    suite.leads = receiver.leads;
    suite.server.routes.push(receiver.route);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
