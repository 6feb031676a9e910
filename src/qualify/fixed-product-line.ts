import type { Config } from "../config/types";

/**
 * The product line a form is fixed to, so the visitor is not asked: the one given (for example
 * `data-product-line`), else `config.productLine`, else the config's only product line. A config
 * with one product line has nothing to choose, so asking "Which product?" with one option would
 * only cost a step (and a lead without its product line). `undefined` means the visitor picks.
 *
 * @example fixedProductLine({ ...config, productLines: { analytics: line } }) // "analytics"
 */
export function fixedProductLine(config: Config, productLine?: string | null): string | undefined {
  if (typeof productLine === "string") return productLine;
  if (typeof config.productLine === "string") return config.productLine;
  const keys = Object.keys(config.productLines ?? {});
  return keys.length === 1 ? keys[0] : undefined;
}
