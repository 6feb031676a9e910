import "../config/zod-setup";
import * as z from "zod/mini";
export function configJsonSchema(): object {
  return z.toJSONSchema(z.object({ id: z.string() }));
}
