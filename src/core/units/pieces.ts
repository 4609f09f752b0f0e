/**
 * Units parser, stage "pieces": a segment cut at separators outside brackets, then line breaks that cut a name
 * in two rejoined, and administrative levels written before 、 ("各县、区人民政府") joined to the name after them.
 * Pure; never throws.
 */
import { ALIAS_GROUPS, BARE_PLACE, BRACKET_NUMBER, GROUP_NAME, LEVELS_ONLY, PLACE_WITH_BODY, WORKING_SUFFIXES } from "../vocab/units-words";
import { dengPositions, insideBrackets, trimEdges, WINDOW } from "./brackets";
import { isLevelOnly, isOpenBracket, looksLikeUnit, withoutTrailingBrackets } from "./classify";
import { NAME_START, stripWorkingWords } from "./names";

/** Separators between names (outside brackets). */
const SEPARATORS = "、，,；;。\n ";

export interface Piece {
  text: string;
  /** The separators written before it ("、", "，\n", "\n"); "" at the segment's start. */
  sep: string;
}

export function splitPieces(body: string): Piece[] {
  const inside = insideBrackets(body);
  const pieces: Piece[] = [];
  let sep = "";
  let cur = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i);
    if (!inside[i] && SEPARATORS.includes(ch)) {
      if (cur !== "") {
        pieces.push({ text: cur, sep });
        sep = "";
        cur = "";
      }
      sep += ch;
    } else {
      cur += ch;
    }
  }
  if (cur !== "") pieces.push({ text: cur, sep });
  return pieces;
}


/**
 * Does the text before a break end like a whole unit name? Before a space (`strict`) a name made only of
 * levels ("各县区（开发区） 安委会") waits for its body: a space separates only two whole names.
 */
function endsComplete(beforeText: string, strict = false): boolean {
  const { name } = stripWorkingWords(trimEdges(beforeText.slice(-WINDOW)));
  const deng = dengPositions(name);
  const lastDeng = deng[deng.length - 1];
  const tail = lastDeng !== undefined ? name.slice(lastDeng + 1) : name;
  if (tail === "") return false;
  if (strict && LEVELS_ONLY.test(withoutTrailingBrackets(tail))) return false;
  // A bare level ("县") waits for its body; "各县" is a whole (generic) name unless its body follows.
  return looksLikeUnit(tail) && !(isLevelOnly(tail) && !/^[各全]/.test(tail));
}



/** Characters that end names and never start one: a piece starting with one continues the line above. */
const CONTINUATION_START = /^(?:员|会|局|府|门|室|厅|心|位|等)/;

function startsLikeUnit(text: string): boolean {
  // "市安委办 （工作专班办公室）": a bracket after a break qualifies the name before it.
  if (isOpenBracket(text[0] ?? "") && !BRACKET_NUMBER.test(text)) return false;
  const after = trimEdges(text.slice(0, WINDOW * 4));
  if (CONTINUATION_START.test(after)) return false;
  if (WORKING_SUFFIXES.some(([w]) => after.startsWith(w))) return false;
  const { name } = stripWorkingWords(after);
  const deng = dengPositions(name);
  const head = deng.length ? name.slice(0, deng[0]) : name;
  return looksLikeUnit(head);
}


/** Every written form of the built-in short-form table (3 characters or more). */
const KNOWN_FORMS = ALIAS_GROUPS.flat().filter((f) => f.length >= 3);

/** A known name runs across the break ("市人力资源和社会⏎保障局"). */
function knownNameAcross(beforeText: string, afterText: string): boolean {
  const before = beforeText.slice(-WINDOW);
  const joined = before + afterText.slice(0, WINDOW);
  const at = before.length;
  for (const form of KNOWN_FORMS) {
    for (let i = joined.indexOf(form); i >= 0; i = joined.indexOf(form, i + 1)) {
      if (i < at && i + form.length > at) return true;
    }
  }
  return false;
}

/** A place's party committee, government or congress ("市委", "县政府"): often cut from its department. */
const PLACE_BODY = /[省市县区镇乡州](?:委|政府|人民政府|人大|政协)$/;

/** The piece after a break continues a place's body: "市委⏎宣传部", "市政府 办公室" (but not "市委⏎市政府"). */
function continuesPlaceBody(before: string, after: string): boolean {
  if (NAME_START.test(trimEdges(after.slice(0, WINDOW)))) return false;
  const b = trimEdges(before.slice(-WINDOW));
  // …or a bare level waits for its body: "各县（市、区）⏎人民政府"
  return PLACE_BODY.test(b) || isLevelOnly(withoutTrailingBrackets(b));
}

/** Rejoin line breaks that cut a name in two, and administrative levels before 、. */
export function joinPieces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (
      prev &&
      /^[\n ]+$/.test(p.sep) &&
      (knownNameAcross(prev.text, p.text) ||
        continuesPlaceBody(prev.text, p.text) ||
        !(endsComplete(prev.text, !p.sep.includes("\n")) && startsLikeUnit(p.text)))
    ) {
      prev.text += p.text;
      continue;
    }
    out.push({ ...p });
  }
  // Breaks and spaces inside brackets were never separators.
  for (const p of out) p.text = p.text.replace(/[\n ]/g, "");
  const merged: Piece[] = [];
  let open: Piece | null = null; // the piece that takes the bodies after it
  let last = "";
  for (const q of out) {
    if (
      open &&
      isLevelOnly(trimEdges(last)) &&
      q.sep.replace(/[\n ]/g, "") === "、" &&
      // "各街道、区直各部门": a name that is a group of its own is no body for the level before it.
      !GROUP_NAME.test(trimEdges(q.text))
    ) {
      last = q.text;
      open.text += "、" + last;
      continue;
    }
    open = { ...q };
    last = open.text;
    merged.push(open);
  }
  return shareBody(merged);
}


/**
 * "黄埔区、南沙区政府", "荔湾区、黄埔区政府": places of one level listed bare before the last one that carries the
 * body share that body (黄埔区政府, 南沙区政府).
 */
function shareBody(pieces: Piece[]): Piece[] {
  const out = pieces.map((p) => ({ ...p }));
  let runStart = 0;
  for (let i = 0; i <= out.length; i++) {
    const p = out[i];
    const endsRun = !p || (i > runStart && p.sep.replace(/[\n ]/g, "") !== "、");
    if (!endsRun) continue;
    const last = out[i - 1];
    const body = last ? PLACE_WITH_BODY.exec(last.text) : null;
    if (last && body && i - 1 > runStart) {
      let k = i - 2;
      while (k >= runStart && BARE_PLACE.exec(out[k]?.text ?? "")?.[2] === body[1]) k--;
      for (let j = k + 1; j < i - 1; j++) {
        const q = out[j];
        if (q) q.text += body[2];
      }
    }
    runStart = i;
  }
  return out;
}
