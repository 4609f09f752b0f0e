/**
 * The one command-line option reader of every command, over Node's own `util.parseArgs`: `--opt value` and
 * `--opt=value`, short `-o value` and `-h`, `--` ending the options, positionals.
 *
 * parseArgs splits the arguments into tokens; the strict rules are applied here, to the tokens, in the
 * order the user wrote them, so that the first mistake is the one reported, in the command's own words
 * (a UsageError: one line on standard error, exit 2). That is also why its `strict: true` is not used as
 * it stands: it reports in English, reports an unknown option before an earlier bad value, and refuses a
 * value beginning with "-" (`--due-soon -3`, `--header --foo`) as "ambiguous" where the commands take it
 * as the value and say what is wrong with it.
 */
import { readYear as readPlanYear } from "../app/settings";
import { parseArgs } from "node:util";
import { UsageError } from "./io";
import type { Lang } from "../strings";

/** An option that takes a value. `read` checks it (throwing a UsageError) and converts it. */
export interface ValueOption<T = unknown> {
  type: "string";
  /** A one-letter spelling: "o" for -o. */
  short?: string;
  /** Other long spellings: ["output"] for --output. */
  aliases?: readonly string[];
  /** A value given as the next argument may not be empty ("" is then a missing value). */
  nonEmpty?: boolean;
  read?: (value: string) => T;
}

/** A switch: present or not; `--flag=value` is an unknown option. */
export interface FlagOption {
  type: "boolean";
  short?: string;
  aliases?: readonly string[];
}

export type OptionSpec = ValueOption | FlagOption;

export interface ArgsSpec<O extends Record<string, OptionSpec>> {
  options: O;
  /** The command's messages for the two mistakes parseArgs finds; the argument is as the user wrote it. */
  unknownOption: (arg: string) => string;
  needValue: (option: string) => string;
  /**
   * Whether an argument beginning with "-" that names no option is a mistake (true) or an operand, such as
   * a phrase "-5" (false). Default: anything beginning with "-" but "-" itself.
   */
  isOption?: (arg: string) => boolean;
}

/** What an option's value reads as: boolean for a switch, what `read` returns, or the string itself. */
type ValueOf<S> = S extends FlagOption ? boolean : S extends ValueOption<infer T> ? (unknown extends T ? string : T) : never;

export interface Args<O extends Record<string, OptionSpec>> {
  /** Each option given, under its key in `options`: the last occurrence wins (every one is checked). */
  values: { [K in keyof O]?: ValueOf<O[K]> };
  positionals: string[];
}

const defaultIsOption = (arg: string) => arg.startsWith("-") && arg !== "-";

/** Reads `argv` by `spec`; throws a UsageError with the command's message for the first mistake. */
export function readArgs<O extends Record<string, OptionSpec>>(argv: readonly string[], spec: ArgsSpec<O>): Args<O> {
  const keyOf = new Map<string, string>();
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const [key, o] of Object.entries(spec.options)) {
    options[key] = o.short ? { type: o.type, short: o.short } : { type: o.type };
    keyOf.set(key, key);
    for (const alias of o.aliases ?? []) {
      options[alias] = { type: o.type };
      keyOf.set(alias, key);
    }
  }
  const isOption = spec.isOption ?? defaultIsOption;
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, unknown> = {};
  const positionals: string[] = [];
  let operandAt = -1;
  for (const token of tokens) {
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === "option-terminator") continue;
    if (token.index === operandAt) {
      // The rest of a group such as "-5o x" that is an operand: a value it took is an operand too.
      if (token.value !== undefined && !token.inlineValue) positionals.push(token.value);
      continue;
    }
    const arg = argv[token.index];
    const key = keyOf.get(token.name);
    if (key === undefined) {
      if (isOption(arg)) throw new UsageError(spec.unknownOption(arg));
      // "-5x" is one operand, though parseArgs reads it as the group -5 -x.
      positionals.push(arg);
      operandAt = token.index;
      continue;
    }
    const o = spec.options[key];
    if (o.type === "boolean") {
      if (token.value !== undefined) throw new UsageError(spec.unknownOption(arg));
      values[key] = true;
      continue;
    }
    // "-ofile" and "-o=file" are not taken as "-o file": "=file" would be the name written.
    if (token.inlineValue && !token.rawName.startsWith("--")) throw new UsageError(spec.unknownOption(arg));
    const value = token.value;
    if (value === undefined || (o.nonEmpty && !token.inlineValue && value === "")) throw new UsageError(spec.needValue(token.rawName));
    values[key] = o.read ? o.read(value) : value;
  }
  return { values: values as Args<O>["values"], positionals };
}

/** The hidden `--lang en-US` / `--lang=en-US` of check and import (messages and report language); zh-CN otherwise. */
export function langArg(argv: readonly string[]): Lang {
  const { values } = parseArgs({ args: [...argv], options: { lang: { type: "string" } }, strict: false, allowPositionals: true });
  return values.lang === "en-US" ? "en-US" : "zh-CN";
}

/** A four-digit year within [min, max], or null. Spaces around it are allowed. */
export function readYear(v: unknown, min: number, max: number): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d{4}\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** The --year option of check and import: a plan year as src/app/settings reads it; `bad` gets the trimmed value. */
export function yearOption(bad: (value: string) => string): ValueOption<number> {
  return {
    type: "string",
    read: (value) => {
      const v = value.trim();
      const y = readPlanYear(v);
      if (y === null) throw new UsageError(bad(v));
      return y;
    },
  };
}

/**
 * An option whose value `read` checks (a number of days, an as-of date … by the settings validator), null when it
 * is not one; `bad` says what to write instead.
 */
export function checkedOption<T>(read: (value: string) => T | null, bad: (value: string) => string): ValueOption<T> {
  return {
    type: "string",
    read: (value) => {
      const n = read(value);
      if (n === null) throw new UsageError(bad(value.trim()));
      return n;
    },
  };
}
