import * as api from "./index";
(window as unknown as { LeadQualifier: typeof api }).LeadQualifier = api;
