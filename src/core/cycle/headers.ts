/** The headers collect adds to the master, in every UI language (the table's readers skip these columns). */
import { strings, type Lang } from "../../strings";
import { removeSpaces } from "../text";

const LANGS: Lang[] = ["zh-CN", "en-US"];

/** True for a header collect writes (报送完成状态, 各单位报送情况, 最近报送日期 in any UI language). */
export function isCycleHeader(text: string): boolean {
  const k = removeSpaces(text);
  return LANGS.some((l) => Object.values(strings(l).cycle.masterHeaders).some((h) => removeSpaces(h) === k));
}
