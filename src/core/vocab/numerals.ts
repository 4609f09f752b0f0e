/** Chinese numerals, the one vocabulary module for numbers (一 … 九十九, 十一, 二〇二二, 两, 廿). */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, "○": 0, Ｏ: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/** Characters that can appear in a Chinese numeral (for building patterns). */
export const CHINESE_NUMERAL_CHARS = "零〇○Ｏ一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾廿卅百佰";

/**
 * A Chinese or Arabic numeral → its value, or null when the text is not one numeral.
 * "十" → 10, "十二" → 12, "二十三" → 23, "廿" → 20, "一百零五" → 105, "二〇二二" → 2022 (digit by digit), "12" → 12.
 */
export function parseChineseNumber(text: string): number | null {
  const s = text.trim();
  if (s === "") return null;
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (/^[0-9０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
  // Digit by digit (years: 二〇二二)
  if ([...s].length >= 2 && [...s].every((c) => c in DIGITS)) {
    return Number([...s].map((c) => DIGITS[c]).join(""));
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const c of s) {
    if (c in DIGITS) {
      current = DIGITS[c] ?? 0;
      seen = true;
    } else if (c === "十" || c === "拾") {
      total += (seen ? current : 1) * 10;
      current = 0;
      seen = false;
    } else if (c === "廿") {
      total += 20;
      current = 0;
    } else if (c === "卅") {
      total += 30;
      current = 0;
    } else if (c === "百" || c === "佰") {
      total += (seen ? current : 1) * 100;
      current = 0;
      seen = false;
    } else {
      return null;
    }
  }
  return total + current;
}
