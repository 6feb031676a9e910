import { describeForwardRules } from "./forward-queue-contract";
import { embeddedQueueDatabase } from "./support/embedded-queue-database";

describeForwardRules("embedded PGlite", embeddedQueueDatabase());
