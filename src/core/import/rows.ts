/**
 * Step 4–5 of the import: an item → rows. Each piece of text that ends in an annotation is a row; text that
 * carries none joins the next annotated piece of the same item, and what is left after the last annotation
 * (or an item with no annotation at all) is a row of its own, kept with its units and deadline empty.
 */
import { analyseUnits, withoutNotes } from "../units";
import { parseDeadline } from "../deadline";
import type { Deadline, UnitRef } from "../types";
import type { AnnotationSegment } from "./annotation";
import type { ImportedRow } from "./types";
import { inferDeadline } from "./infer-deadline";
import { titleOf, type Item } from "./structure";

/**
 * A row before it has its place in the written table: an ImportedRow without 序号, sheet row and 备注 (the
 * layout adds them), with what the findings and the 备注 are made from.
 */
export interface DraftRow extends Omit<ImportedRow, "no" | "row" | "remark"> {
  /** Unit fragments the units parser rejected, with the column they stand in. */
  rejected: { column: "lead" | "responsible" | "cooperate"; fragment: string }[];
  /** The annotation named units without a label (they are listed as 责任单位). */
  unlabelled: boolean;
}

/** First sentence (the item's title) and the rest: "加强X。做Y。" → ["加强X", "做Y。"]. */
export function splitTitle(text: string): [string, string] {
  const m = /^(.+?[。！？!?；;])(.*)$/s.exec(text);
  const [, title, rest] = m ?? [];
  if (title === undefined || rest === undefined) return [titleOf(text), ""];
  return [titleOf(title), rest.trim()];
}

const HEADER_OF = { lead: "牵头单位", responsible: "责任单位", cooperate: "配合单位" } as const;

function unitCells(segments: AnnotationSegment[]) {
  const texts = { lead: [] as string[], responsible: [] as string[], cooperate: [] as string[] };
  let deadline = "";
  let unlabelled = false;
  for (const s of segments) {
    if (s.role === "lead" || s.role === "responsible" || s.role === "cooperate") texts[s.role].push(s.text);
    else if (s.role === "unlabelled") {
      texts.responsible.push(s.text);
      unlabelled = true;
    } else if (s.role === "deadline") deadline = deadline ? `${deadline}，${s.text}` : s.text;
  }
  return {
    leadText: texts.lead.join("；"),
    responsibleText: texts.responsible.join("；"),
    cooperateText: texts.cooperate.join("；"),
    deadline,
    unlabelled,
  };
}

function unitsOf(cells: { leadText: string; responsibleText: string; cooperateText: string }) {
  const byRole: Record<"lead" | "responsible" | "cooperate", UnitRef[]> = { lead: [], responsible: [], cooperate: [] };
  const rejected: DraftRow["rejected"] = [];
  for (const column of ["lead", "responsible", "cooperate"] as const) {
    const text = cells[`${column}Text`];
    if (!text) continue;
    const a = analyseUnits(text, { header: HEADER_OF[column] });
    for (const u of a.units) byRole[u.role].push(u);
    for (const fragment of a.rejected) rejected.push({ column, fragment });
  }
  return { ...byRole, rejected };
}

/** The notes ("（首位单位为牵头单位，下同）") out of the written cells, the declared lead into the 牵头单位 column. */
function moveFirstToLead(cells: { leadText: string; responsibleText: string }, lead: UnitRef[]): void {
  cells.responsibleText = withoutNotes(cells.responsibleText);
  const first = lead[0];
  if (cells.leadText !== "" || !first) return;
  const text = cells.responsibleText;
  // Only a name standing alone ("市发改委、…"), not one with words after it ("市发改委牵头，…").
  if (!text.startsWith(first.name) || !/^(?:$|[\s、，,；;。])/.test(text.slice(first.name.length))) return;
  cells.leadText = first.name;
  cells.responsibleText = text.slice(first.name.length).replace(/^[\s、，,；;。]+/, "");
}

interface Chunk {
  text: string;
  line: number;
}

/**
 * Rows of one item. `firstLeads`: the document declared that the first unit named leads ("列第一位者为牵头单位",
 * "（首位单位为牵头单位，下同）"): a row with no lead of its own gets its first unit as lead, written in the 牵头单位
 * column.
 */
export function itemRows(item: Item, year: number, firstLeads = false): DraftRow[] {
  const h = item.heading?.heading ?? null;
  const marker = h ? h.marker.replace(/[、.．]$/, "") : null;
  let task: string;
  let ownTitle = false;
  const blocks = item.heading ? [item.heading, ...item.parts] : item.parts;
  // The pieces, in order; the item's own title sentence is taken off the first one when it names the task.
  const pieces = blocks.flatMap((b) => b.pieces.map((p) => ({ ...p, line: b.line })));
  if (item.parentTitle) {
    task = item.parentTitle;
  } else if (item.heading && pieces[0]) {
    const [title, rest] = splitTitle(pieces[0].text);
    task = title;
    ownTitle = true;
    pieces[0] = { ...pieces[0], text: rest };
  } else if (item.sectionTitle) {
    task = item.sectionTitle;
  } else {
    task = pieces[0] ? splitTitle(pieces[0].text)[0] : "";
  }

  const rows: DraftRow[] = [];
  let pending: Chunk[] = [];
  const emit = (annotation: string | null, segments: AnnotationSegment[], line: number) => {
    let requirement = pending.map((c) => c.text).filter((t) => t !== "").join("\n");
    const firstLine = pending[0]?.line ?? line;
    // "（三）做好X。（责任单位：…）": the whole item is one sentence: it is both the task and the requirement.
    if (requirement === "" && ownTitle && rows.length === 0) requirement = task;
    const cells = unitCells(segments);
    const units = unitsOf(cells);
    if (firstLeads) {
      // A row with no lead of its own: its first responsible unit leads.
      const first = units.lead.length === 0 ? units.responsible.shift() : undefined;
      if (first) units.lead.push({ ...first, role: "lead" });
      moveFirstToLead(cells, units.lead);
    }
    let deadline = cells.deadline;
    let deadlineInferred = false;
    let deadlineValue: Deadline | null = deadline ? parseDeadline(deadline, { year }) : null;
    if (!deadline) {
      const found = inferDeadline(rows.length === 0 && ownTitle ? `${task}。${requirement}` : requirement, year);
      if (found) {
        deadline = found.text;
        deadlineValue = found.value;
        deadlineInferred = true;
      }
    }
    rows.push({
      item: marker,
      section: item.section,
      task,
      requirement,
      ...cells,
      ...units,
      deadline,
      deadlineInferred,
      deadlineValue,
      annotation,
      line: firstLine,
    });
    pending = [];
  };

  for (const p of pieces) {
    pending.push({ text: p.text, line: p.line });
    if (p.annotation !== null) emit(p.annotation, p.segments, p.line);
  }
  if (pending.length > 0 || rows.length === 0) {
    if (pending.some((c) => c.text !== "") || rows.length === 0) emit(null, [], pending[0]?.line ?? item.heading?.line ?? 0);
  }
  return rows;
}
