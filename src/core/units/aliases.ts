/**
 * The same unit written several ways (DOMAIN.md section 3): a built-in table of short forms applied at any
 * level prefix (市卫健委 = 市卫生健康委 = 市卫生健康委员会; 县发改局 = 县发展和改革局), the user's own list
 * (alias → full name, which wins), and groups of names in one table that look like the same unit.
 */
import type { AliasTable } from "../types";
import { ALIAS_GROUPS, LEVEL_CHARS } from "../vocab/units-words";
import { removeSpaces } from "../text";

/** Every written form of a stem → its full form. */
const STEM_TO_FULL: ReadonlyMap<string, string> = new Map(
  ALIAS_GROUPS.flatMap((group) => group.map((form) => [form, group[0]] as [string, string])),
);

/** Longest stem first is not needed: the shortest prefix whose rest is a known stem wins. */
function builtIn(name: string): string | null {
  for (let i = 0; i < name.length; i++) {
    const prefix = name.slice(0, i);
    if (prefix !== "" && !LEVEL_CHARS.includes(prefix.charAt(prefix.length - 1)) && !prefix.endsWith("委")) continue;
    const full = STEM_TO_FULL.get(name.slice(i));
    if (full) return prefix + full;
  }
  return null;
}

/** A user's alias list with spaces removed on both sides (so "市 卫健委" in the sheet still matches). */
function lookup(aliases: AliasTable | undefined, name: string): string | null {
  if (!aliases || aliases.size === 0) return null;
  const direct = aliases.get(name);
  if (direct !== undefined) return removeSpaces(direct);
  for (const [k, v] of aliases) if (removeSpaces(k) === name) return removeSpaces(v);
  return null;
}

/**
 * The alias-merged name of a unit: the user's list first (alias → full name; a full name maps to itself),
 * then the built-in short forms at any level prefix ("区市场监管局" → "区市场监督管理局"). Spaces removed.
 * A name nobody knows comes back as written.
 */
export function canonicalUnit(name: string, aliases?: AliasTable): string {
  const n = removeSpaces(name ?? "");
  const user = lookup(aliases, n);
  if (user) return user;
  const bi = builtIn(n);
  if (bi === null) return n;
  // The user's list may name the built-in full form as an alias too.
  return lookup(aliases, bi) ?? bi;
}

/** The level prefix of a name when it is one character (市发改委 → 市), else "". */
function levelOf(name: string): string {
  return name.length > 2 && LEVEL_CHARS.includes(name.charAt(0)) ? name.charAt(0) : "";
}

/**
 * Groups of names in one table that look like the same unit (for the `unit-alias` finding): names with the
 * same canonical form, and a name written without its level prefix ("发改局") together with the one prefixed
 * form of it in the table ("县发改局"). Each group lists the names as given, in order of first appearance;
 * only groups of two or more different names; groups in order of their first name.
 */
export function findAliasGroups(names: string[], aliases?: AliasTable): string[][] {
  const distinct: string[] = [];
  const seen = new Set<string>();
  for (const raw of names ?? []) {
    const n = removeSpaces(String(raw ?? ""));
    if (n === "" || seen.has(n)) continue;
    seen.add(n);
    distinct.push(n);
  }
  const canon = distinct.map((n) => canonicalUnit(n, aliases));

  // Union-find over the distinct names.
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => {
    const p = parent[i];
    return p === undefined || p === i ? i : (parent[i] = find(p));
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const byCanon = new Map<string, number>();
  canon.forEach((c, i) => {
    const j = byCanon.get(c);
    if (j === undefined) byCanon.set(c, i);
    else union(i, j);
  });

  // Prefixless forms: "发改局" joins "县发改局" when exactly one level prefix of it is in the table.
  const prefixed = new Map<string, { members: Set<number>; levels: Set<string> }>();
  canon.forEach((c, i) => {
    const level = levelOf(c);
    if (!level) return;
    const stem = c.slice(1);
    const hit = prefixed.get(stem) ?? { members: new Set<number>(), levels: new Set<string>() };
    hit.members.add(i);
    hit.levels.add(level);
    prefixed.set(stem, hit);
  });
  canon.forEach((c, i) => {
    const hit = prefixed.get(c);
    if (!hit) return;
    if (hit.levels.size !== 1) return;
    for (const j of hit.members) if (j !== i) union(i, j);
  });

  const groups = new Map<number, string[]>();
  distinct.forEach((n, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(n);
    groups.set(r, g);
  });
  return [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, g]) => g)
    .filter((g) => g.length >= 2);
}
