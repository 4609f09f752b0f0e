/** Sheet names the product recognises in a user's workbook. */

/** The sheet a user keeps the alias list in (two columns: alias, full name), found by this name in any UI language. */
export const ALIAS_SHEET_NAME = "单位别名";
