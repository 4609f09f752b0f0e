/**
 * What a run found: counts at a glance, the findings grouped by severity, and (standalone) a preview of the
 * overdue / due-soon rows and the per-unit overview, one component a file. Pure presentation.
 */
export { CountsView } from "./CountsView";
export { FindingsView } from "./FindingsView";
export { Preview } from "./Preview";
