/**
 * The controls: the five action buttons, the settings form, the standalone page's file controls, and the
 * progress bar, one component a file. Pure presentation: state lives in App, actions arrive as props.
 */
export { ActionBar } from "./ActionBar";
export { SettingsPanel } from "./SettingsPanel";
export { FileBar } from "./FileBar";
export { Progress } from "./Progress";
