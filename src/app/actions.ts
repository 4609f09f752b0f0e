/** The pane's buttons (actions) and what each one writes: the one place this product rule lives. */
import type { PlanParts } from "../core/plan";
import type { ActionName } from "./host";

/** The actions with a button in the action bar (单位别名 has its own button). */
export type ButtonAction = Exclude<ActionName, "aliases">;

export const ACTIONS: readonly ButtonAction[] = ["validate", "normalise", "highlight", "summarise", "runAll"];

/**
 * What each button writes (null: 校验 writes nothing). 标记逾期 needs the 规范时限 column, so it brings it. 生成汇总 and
 * 全部运行 write the 通报 sheet with the summaries: one click gives the overview, the 通报 and (in the pane) its text.
 */
export function partsFor(action: ActionName): PlanParts | null {
  switch (action) {
    case "validate":
      return null;
    case "normalise":
      return { columns: true, highlights: false, sheets: false };
    case "highlight":
      return { columns: true, highlights: true, sheets: false };
    case "summarise":
      return { columns: false, highlights: false, sheets: true, notice: true };
    case "runAll":
      return { columns: true, highlights: true, sheets: true, notice: true };
    case "aliases":
      return { columns: false, highlights: false, sheets: false, aliases: true };
  }
}
