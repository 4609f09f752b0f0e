/**
 * Header words → column roles (DOMAIN.md section 1). Matching is done after removing every kind of
 * space and turning full-width ASCII into half-width; a header may carry extra words
 * ("完成时限（月底前）", "责任单位（牵头单位列首位）").
 */
import type { ColumnRole } from "../types";
import { removeSpaces, toHalfWidth } from "../text";

/** "content" is 工作内容: a task when a separate 要求 column exists, else the requirement. */
export type HeaderRole = ColumnRole | "content";

/** The longest text that can still be a header cell (after removing spaces). */
export const MAX_HEADER_LENGTH = 24;

/** Checked in this order: the first that matches wins (时限要求 is a deadline, 任务要求 a requirement). */
const RULES: { role: HeaderRole; re: RegExp }[] = [
  { role: "no", re: /^(序号|编号|序|项次|排序|No\.?)$|^(序号|编号)/i },
  { role: "deadline", re: /时限|时间节点|完成时间|截止时间|截止日期|完成期限|完成日期|办结时间|时间要求|进度安排|完成节点/ },
  { role: "status", re: /完成情况|进展情况|落实情况|推进情况|办理情况|工作进展|进展|状态|进度|是否完成|完成与否/ },
  {
    role: "unit",
    re: /(责任|牵头|配合|协办|承办|主办|参与|协同|主责|落实)(单位|部门|科室|处室|股室|主体)|责任人?单位|牵头/,
  },
  { role: "content", re: /^工作内容/ },
  { role: "requirement", re: /要求|具体措施|工作措施|主要措施|任务内容|具体内容|工作举措|措施|任务描述|内容/ },
  { role: "task", re: /任务|工作事项|事项|工作项目|项目名称|工作重点/ },
  { role: "remark", re: /^备注|^说明$/ },
];

/** The cell text normalised for header matching. */
export function normaliseHeader(text: string): string {
  return removeSpaces(toHalfWidth(text));
}

/** The role a header text names, or null. */
export function headerRole(text: string): HeaderRole | null {
  const t = normaliseHeader(text);
  if (!t || t.length > MAX_HEADER_LENGTH) return null;
  for (const rule of RULES) if (rule.re.test(t)) return rule.role;
  return null;
}

/** The four columns a 任务分解表 must have. */
export const REQUIRED_ROLES = ["task", "requirement", "unit", "deadline"] as const;
export type RequiredRole = (typeof REQUIRED_ROLES)[number];
