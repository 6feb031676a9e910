import { describeForwardDelivery } from "./forward-queue-contract";
import { embeddedQueueDatabase } from "./support/embedded-queue-database";

// A minute of work on two cores: in the slow project, so it never runs beside the parallel unit files.
describeForwardDelivery("embedded PGlite", embeddedQueueDatabase());
