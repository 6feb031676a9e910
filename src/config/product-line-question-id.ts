/** The built-in product-line picker's question id (SPEC 3); reserved, conditions may use it. */
export const PRODUCT_LINE_QUESTION_ID = "productLine";
