/**
 * The JSON Lines mode of `deadline` and `units` (ARCHITECTURE.md): standard input, one JSON value a line,
 * answered one line per input line, in order, in one process.
 *
 * A byte order mark at the start of a line is dropped (Notepad's UTF-8 files, or several of them joined by
 * `cat`); a blank line is read as "" (an empty text). A line that is not JSON, or that the command cannot
 * use, is answered {"error": "…"} in its place and the rest are answered as usual; at the end one line on
 * standard error says how many and where the first one is, and the exit status is 2.
 */
import type { CliIO } from "./io";

/** One output line (without its line break), or what is wrong with the input line. */
export type LineAnswer = string | { error: string };

export interface JsonLinesCommand {
  /** The answer to one input line's JSON value (a blank line arrives as ""); `line` counts from 1. */
  answer: (value: unknown, line: number) => LineAnswer;
  /** The error for a line that is not JSON. */
  notJson: (line: number) => string;
  /** The closing line on standard error when `count` lines had errors, the first at line `first`. */
  badLines: (count: number, first: number) => string;
}

/**
 * Output is written in pieces of about this many characters, not a write per line; and whenever the input
 * pauses (the answers to what has arrived are written before waiting for more: a person or a program feeding
 * one line at a time gets each answer at once).
 */
const FLUSH_AT = 1 << 16;

const NOT_JSON: unique symbol = Symbol("not JSON");

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return NOT_JSON;
  }
}

export async function answerJsonLines(io: CliIO, command: JsonLinesCommand): Promise<number> {
  let n = 0;
  let bad = 0;
  let firstBad = 0;
  let buffer = "";
  let flushQueued = false;
  const flush = () => {
    flushQueued = false;
    if (buffer) io.stdout(buffer);
    buffer = "";
  };
  for await (const raw of io.stdinLines()) {
    n++;
    const line = raw.replace(/^\ufeff/, "");
    const value = line.trim() === "" ? "" : parseJson(line);
    const answer: LineAnswer = value === NOT_JSON ? { error: command.notJson(n) } : command.answer(value, n);
    if (typeof answer === "string") buffer += answer + "\n";
    else {
      bad++;
      if (!firstBad) firstBad = n;
      buffer += JSON.stringify({ error: answer.error }) + "\n";
    }
    if (buffer.length > FLUSH_AT) flush();
    else if (!flushQueued) {
      // Runs once the lines already read are answered, before the program waits for more input.
      flushQueued = true;
      setImmediate(flush);
    }
  }
  flush();
  if (bad === 0) return 0;
  io.stderr(command.badLines(bad, firstBad) + "\n");
  return 2;
}
