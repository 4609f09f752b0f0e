/** Reading a 任务分解表 from cells: header, columns, sections, carried-down cells. */
export { Grid, isDateFormat } from "./grid";
export { headerRole, normaliseHeader, REQUIRED_ROLES, type RequiredRole, type HeaderRole } from "./headers";
export { findLayout, HEADER_SEARCH_ROWS, type FoundLayout, type DuplicateRole } from "./layout";
export { readBody, looksLikeHeading, type BodyRow, type SectionRow, type CellErrorAt, type TableBody } from "./rows";
