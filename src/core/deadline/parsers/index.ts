/** Every parser, in priority order (at one position the longest match wins; on a tie, the earlier parser). */
import type { Parser } from "../tokens";
import { dayParser, monthDayParser, monthListParser } from "./monthDay";
import { monthDotDayParser, numericDateParser } from "./numeric";
import { periodParser } from "./period";
import { yearParser } from "./year";
import {
  descriptionParser, fillerParser, ongoingParser, rangeParser, recurringParser, separatorParser, startParser,
} from "./words";

export const PARSERS: readonly Parser[] = [
  numericDateParser,
  yearParser,
  periodParser,
  monthListParser,
  monthDayParser,
  monthDotDayParser,
  dayParser,
  recurringParser,
  ongoingParser,
  startParser,
  rangeParser,
  separatorParser,
  fillerParser,
  descriptionParser,
];
