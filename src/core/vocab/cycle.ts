/**
 * The fixed words of the 督办 cycle (DOMAIN.md section 9): the marks by which a unit workbook and the master's
 * report record are recognised, the status words a unit chooses from, the unit directory's sheet name.
 * Marks are matched exactly and never translated: files sent out in one UI language come back to another.
 */
import { DONE_WORDS } from "../status";

/** Written in A2 of every unit workbook's sheet; collect finds the unit's sheet by it. Never change it. */
export const UNIT_BOOK_MARK = "分解表助手·单位报送表（请勿修改本行）";

/** Written in A2 of the master's 报送记录 sheet; the next collect reads the earlier reports back by it. */
export const RECORDS_MARK = "分解表助手·报送记录（回收时自动更新，请勿修改）";

/** The dropdown of 完成状态 in a unit workbook: the done word first (core/status), then the words for open work. */
export const REPORT_STATUS_WORDS: readonly string[] = [DONE_WORDS[0] ?? "", "部分完成", "正在推进", "尚未启动"];

/** The sheet of a user's unit directory: group name (各区人民政府) → member units. */
export const DIRECTORY_SHEET = "单位目录";

/** A first row of the unit directory that is its header (类别 / 单位), skipped. */
export const DIRECTORY_HEADER = /^(单位类别|类别|分组|组别|泛指单位|泛指|单位组|群组|group)$/i;

/** Punctuation that makes a cell a sentence of progress rather than a status word. */
export const SENTENCE_MARKS = /[，。；,.;：:、]/;

/** A copy suffix a file name may carry: "(2)", "（2）". */
export const COPY_SUFFIX = /\s*[(（]\d+[)）]$/;

/** Separators in a list of units the user types (--units A,B、C). */
export const UNIT_LIST_SEPARATORS = /[,，、]/;

/** Separators between member units written in one cell. */
export const MEMBER_SEPARATORS = /[、，,；;\n\r/／|]+/;
