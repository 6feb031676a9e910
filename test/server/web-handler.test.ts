import { describe } from "vitest";
import { describeLimits } from "./support/describe-limits";
import { describeOnLead } from "./support/describe-on-lead";
import { describeStatuses } from "./support/describe-statuses";
import { webTransport } from "./support/transports";

describe("createLeadHandler as a Web handler (Request → Response)", () => {
  describeStatuses(webTransport);
  describeLimits(webTransport);
  describeOnLead(webTransport);
});
