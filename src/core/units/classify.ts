/** Does a fragment look like a unit name, and does a name address a class of units? Pure; never throws. */
import { KNOWN_SHORT_NAMES, LEVEL_FRAGMENT, UNIT_SUFFIXES } from "../vocab/units-words";

// Angle brackets stand for round ones nested inside them: "（…各县<市、区>人民政府…）".
const OPEN = "（(〔【［[《{“‘「<〈＜";
const CLOSE = "）)〕】］]》}”’」>〉＞";

/** Opening bracket → its closing partner (full- and half-width). */
export function closerOf(ch: string): string | null {
  const i = OPEN.indexOf(ch);
  return i < 0 ? null : CLOSE[i];
}

export function isOpenBracket(ch: string): boolean {
  return OPEN.includes(ch);
}

export function isCloseBracket(ch: string): boolean {
  return CLOSE.includes(ch);
}

/** The name without bracketed groups at its end ("各乡（镇）" → "各乡", "某公司（集团）" → "某公司"). */
export function withoutTrailingBrackets(name: string): string {
  let s = name;
  for (let guard = 0; guard < 4; guard++) {
    const last = s[s.length - 1];
    if (!last || !isCloseBracket(last)) break;
    const open = OPEN[CLOSE.indexOf(last)];
    const i = s.lastIndexOf(open);
    if (i <= 0) break;
    s = s.slice(0, i);
  }
  return s;
}

/** Words a sentence fragment starts with; a unit name never does. */
const VERB_START =
  /^(?:加强|做好|开展|推进|完善|建立|健全|落实|负责|组织|按照|根据|确保|严格|进一步|认真|及时|深入|持续|积极|坚持|督促|指导|牵头|配合|协助|参与|实行|实施|推动|要|对|在|将|把|并|和|及|与|或|等|为|由|向|从)/;

/** A person's title at the end of a fragment (市长, 办公室主任, 分管领导 …). */
const PERSON_END = /(?:长|主任|书记|领导|同志|专员|干部|人员|负责人|联系人|秘书|委员|科员|主席)$/;

/** Endings that look like a unit ending but are ordinary words (社会, 会议 …). */
const NOT_UNIT_END = /(?:社会|会议|机会|体会|工作组织|大学生|行业|旅行|执行|运行|进行|发行|出行|银行业)$/;

/** Only punctuation, symbols or digits: no letter and no Chinese character. */
export function isPunctuationOnly(s: string): boolean {
  return s.length > 0 && !/[\p{L}]/u.test(s);
}

/** True for a fragment that is only an administrative level ("县", "各市", "区"). */
export function isLevelOnly(name: string): boolean {
  return LEVEL_FRAGMENT.test(name);
}

/**
 * The "looks like a unit" test: ends with a unit ending (局 委 办 厅 部 院 会 中心 政府 单位 部门 区 县 市 …)
 * or is a known short form (人大, 政协, 移动 …); not a bare level ("县"), not a person's title, not a sentence.
 */
export function looksLikeUnit(name: string): boolean {
  if (!name) return false;
  if (/[:：\s]/.test(name)) return false;
  const core = withoutTrailingBrackets(name);
  const len = [...core].length;
  if (len < 2 || len > 40) return false;
  if (isPunctuationOnly(core)) return false;
  if (isLevelOnly(core) && !/^[各全]/.test(core)) return false;
  if (VERB_START.test(core)) return false;
  if (PERSON_END.test(core)) return false;
  if (/^[0-9０-９]/.test(core)) return false;
  if (KNOWN_SHORT_NAMES.some((w) => core.endsWith(w))) return true;
  if (NOT_UNIT_END.test(core)) return false;
  return UNIT_SUFFIXES.some((suf) => core.endsWith(suf) && [...core].length > [...suf].length);
}

/** 各区人民政府, 市直各有关部门, 市政府有关部门, 县政府直属各单位, 有关部门, 各成员单位 … (the group after 等 too, by the caller). */
export function isGenericName(name: string): boolean {
  if (/^(?:各|全|有关|相关|所有|其他|其它)/.test(name)) return true;
  if (/各|有关|相关|直属/.test(name)) return true;
  if (/(?:成员单位|主管部门|两级政府|两级部门)$/.test(name)) return true;
  if (/[直级属](?:部门|单位|机关|机关单位|机构)$/.test(name)) return true;
  return false;
}
