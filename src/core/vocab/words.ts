/**
 * The words of deadline phrases (时限), the one vocabulary module the deadline parsers build on
 * (numbers live in numerals.ts). Pure data plus tiny pattern helpers; no logic about dates.
 */
import { CHINESE_NUMERAL_CHARS } from "./numerals";

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/** An alternation that tries longer words first (so "截止到" wins over "截止"). */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
}

/** A number of 1–2 Arabic digits or a short Chinese numeral (十二, 三十一, 廿). */
export const SMALL_NUMBER = `(?:\\d{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,4})`;

/** A four-digit year in Arabic digits or Chinese digits (二〇二二). */
export const YEAR_DIGITS = `(?:(?:19|20|21)\\d\\d|[零〇○Ｏ一二三四五六七八九]{4})`;

/** Words naming a year relative to the plan year: offset from the plan year. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今: 0, 本: 0, 当: 0,
  明: 1, 次: 1, 来: 1, 翌: 1, 下一: 1, 第二: 1,
};

/** After "…年": the year's end (年底, 年末, 年终, 年内, 年度内). */
export const YEAR_END_SUFFIXES = ["底", "末", "终", "内", "度内", "度末", "度底", "度"] as const;

/** Words that, with no year before them, mean the plan year's last day. */
export const YEAR_END_WORDS = ["全年", "年底", "年末", "年终", "年内", "年度内", "年度末", "年度底"] as const;

/** Halves and quarters → the month they end in. */
export const HALVES: Readonly<Record<string, number>> = { 上半年: 6, 下半年: 12 };
export const QUARTER_NUMERALS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4,
};
/** "前三季度" (the first three quarters) ends with the third quarter. */
export const FIRST_QUARTERS: Readonly<Record<string, number>> = { 前三季度: 9, 前两季度: 6, 前二季度: 6 };
/** After a half or quarter: its end (三季度末, 上半年底) — the same date. */
export const PERIOD_END_SUFFIXES = ["末", "底", "内", "结束"] as const;

/** After "X月": which day. */
export const TEN_DAYS: Readonly<Record<string, number | "end">> = { 上旬: 10, 中旬: 20, 下旬: "end" };
export const MONTH_END_SUFFIXES = ["底", "末", "份", "份底", "份末"] as const;

/** Continuation (DOMAIN.md: 长期坚持, 持续推进, 长期, 常态化, 持续开展, 常年 …). */
export const ONGOING_HEADS = ["长期", "持续", "常态化", "常年", "常抓不懈", "久久为功", "一以贯之"] as const;
/** Heads that mean continuation only together with a working verb (动态更新, 实时更新). */
export const ONGOING_HEADS_NEEDING_VERB = ["动态", "实时", "随时", "长效", "经常性"] as const;
export const ONGOING_VERBS = [
  "坚持", "推进", "开展", "实施", "执行", "做好", "抓好", "落实", "更新", "调整", "公开", "发布", "有效", "进行",
  "跟进", "完善", "维护", "运行",
] as const;

/** Recurrence: 每月, 每季度, 每年 …, 按月, 按季度 …, 逐月, 定期. */
export const RECURRING_UNITS = [
  "年度", "年", "月度", "月", "季度", "季", "半年", "周", "星期", "旬", "双月", "两个月", "日", "天", "工作日",
  "个月", "个季度", "学期", "期", "两月", "两周", "半月",
] as const;
export const RECURRING_BY_UNITS = ["年度", "年", "月度", "月", "季度", "季", "半年", "周", "旬"] as const;
export const RECURRING_WORDS = ["定期", "逐月", "逐季", "逐年", "按期"] as const;

/** A start ("2022年3月起"): the date before it begins the work, it is not a deadline. */
export const START_WORDS = ["起", "开始", "以来", "起始"] as const;
/** "从即日起", "自即日起": starting now. */
export const START_NOW_WORDS = ["即日起", "即日开始", "今日起", "即日"] as const;

/** Between two dates: a range; only its end is a deadline ("3月至6月"). */
export const RANGE_WORDS = ["至", "到", "-", "~", "—", "–", "―", "〜", "－"] as const;

/** Separate dates in a list ("9月20日、12月20日前", "6月底前和12月底前"). */
export const LIST_SEPARATORS = ["、", "和", "及", "以及", "与", ":", "(", ")", "[", "]", "【", "】", "“", "”", "\""] as const;
/** End a clause ("2022年5月底前，长期坚持"). Line breaks become ";" before parsing. */
export const CLAUSE_SEPARATORS = [
  ",", ";", "。", "!", ".",
  // "①3月底前完成方案，②6月底前开工": circled numbers start a stage.
  "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫", "⑬", "⑭", "⑮", "⑯", "⑰", "⑱", "⑲", "⑳",
] as const;

/**
 * Words around a date that do not change it (完成, 前完成, 之前, 以前, 截至, 于, 止 …). Words meaning "after"
 * (后, 之后, 以后) or "early / middle" (初, 中) are deliberately absent: a phrase holding them is not understood.
 */
export const SURROUNDING_WORDS = [
  "前", "之前", "以前", "前完成", "完成", "截至", "截止", "截止到", "截至到", "截止日期", "于", "在", "止", "为止",
  "以内", "之内", "内", "前后", "左右", "自", "从", "时限", "完成时限", "完成时间", "时间节点", "办结", "落实",
  "实现", "报送", "上报", "提交", "到位", "全部", "全面", "基本", "完成时", "底前", "前全部", "前基本", "务必",
  "确保", "争取", "力争", "启动", "部署", "印发", "出台", "建成", "上线", "实施", "完成任务", "的",
  "年度任务", "工作", "并", "应", "需", "须", "分别",
  // "计划11月底前竣工", "拟于11月开园运营", "预计在12月下旬完成任务": a plan is still the deadline.
  "计划", "计划于", "计划在", "拟", "拟于", "拟在", "预计", "预计于", "预计在", "将于", "务于", "预计将于", "计划将于",
  // "4月20日（星期五）前": the weekday only repeats the date.
  "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
] as const;

/**
 * Verbs that may start a plain description after a date ("10月底前完成初稿", "2022年8月底前上线运行"). The
 * description is accepted only right after a date in the same clause, and only while it holds none of
 * DESCRIPTION_STOP_CHARS / DESCRIPTION_STOP_WORDS (digits, time words, "after", lists, continuation,
 * recurrence): anything that could change the date makes the phrase not understood instead.
 */
export const DESCRIPTION_VERBS = [
  "完成", "启动", "部署", "印发", "出台", "建成", "上线", "实现", "报送", "上报", "提交", "取得", "落实", "推出",
  "制定", "修订", "建立", "形成", "召开", "组织", "发布", "编制", "开通", "运行", "投入使用",
  // Stages of building work ("5月底前动工", "6月底前开工，年底前建成投用").
  "动工", "开工", "竣工", "完工", "投用", "投产", "投运", "开园", "开业", "验收", "招标", "交付", "启用", "通车",
  "开展",
] as const;
export const DESCRIPTION_STOP_CHARS = "\\-0-9年月日号季旬周每起后前至到止、和及与或()\\[\\]【】,;。!.:\"“”~—";
export const DESCRIPTION_STOP_WORDS = ["持续", "长期", "常态", "常年", "定期", "逐月", "按月", "按季", "按年", "以上", "以下", "未"] as const;

/** A time of day (0–23 h) after a written date ("6月23日下午5:00前"): the day is what counts; "24时" stays unclear. */
export const CLOCK_AFTER_DAY = /([日号])(?:上午|下午|中午|晚上|凌晨)?(?:2[0-3]|[01]?\d)(?::[0-5]\d(?::[0-5]\d)?|[时点](?:[0-5]?\d分|半)?)(?!\d)/g;

/** Characters that take no room and mean nothing (zero-width space/joiners, word joiner, BOM, soft hyphen): ignored everywhere. */
export const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
