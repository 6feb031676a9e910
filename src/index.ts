export { localize } from "./config/localize";
export type * from "./config/types";
