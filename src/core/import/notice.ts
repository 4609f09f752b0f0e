/**
 * Paragraphs that are not tasks: the notice wrapped around a 工作要点 (文号, addressees "各…：", "现将…印发给你们",
 * signature, date) and the trailer (抄送, 印发 line). Tested on half-width text without spaces.
 */
import { toHalfWidth } from "../text";

const DATE = String.raw`(?:20\d\d|二〇[〇一二三四五六七八九]{2})年\d{1,2}月\d{1,2}日`;

const NOTICE_PATTERNS: RegExp[] = [
  /^(?:抄送|主送|抄报|分送|报送|附件)\d*[:：]/, // 抄送：… (and its wrapped continuation, joined)
  new RegExp(`${DATE}印发$`), // 友谊县人民政府办公室  2021年7月13日印发
  /^[\u4e00-\u9fff]{1,12}[〔[(（]\d{4}[〕\])）]\d{1,4}号$/, // 文号: 友政办发〔2021〕16号
  new RegExp(`^${DATE}$`), // a date alone (under the signature)
  new RegExp(`^[^，,。；;：:]{2,40}${DATE}$`), // signature + date on one line
  /^[^。；;]{0,120}(?:印发给你们|转发给你们|现印发给|请结合实际认真|请认真(?:组织)?(?:贯彻)?(?:落实|执行|实施))/, // covering letter
  /^[(（][^()（）]{0,12}(?:稿|公开发布|删减)[)）]$/, // （征求意见稿） （此件公开发布）
  /^各[^。；;]{1,150}[:：]$/, // addressees: 各乡（镇）人民政府，县政府直属…各单位：
  /^[^，,。；;、:：\d]{2,30}(?:办公室|办公厅|人民政府|委员会|领导小组|小组办公室)$/, // signature: 大连市政务公开领导小组办公室
];

/** True for a notice header / signature / 印发 / 抄送 paragraph. */
export function isNoticeParagraph(text: string): boolean {
  const t = toHalfWidth(text).replace(/\s+/g, "");
  return NOTICE_PATTERNS.some((re) => re.test(t));
}

/** True for a line that reads like the document's title (工作要点 / 实施方案 …, not the covering notice). */
export function isTitleLine(text: string): boolean {
  const t = text.replace(/\s+/g, "");
  if (t.length > 60 || /[。；;，,]/.test(t)) return false;
  if (/关于印发|的通知$|通知$/.test(t)) return false;
  return /(?:工作要点|实施方案|工作方案|任务分解|工作计划|重点任务|行动方案|工作安排)/.test(t);
}
