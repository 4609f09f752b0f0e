/** Status words meaning done (DOMAIN.md section 4), as the whole cell after trimming. */
export const DONE_WORDS: readonly string[] = ["已完成", "完成", "已办结", "办结", "已落实", "√", "✓", "是"];
