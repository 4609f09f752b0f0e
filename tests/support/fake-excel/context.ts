/**
 * Office.js proxy objects over the in-memory workbook: calls queue commands, `context.sync()` runs them in
 * order, `load` fills properties at sync, reading a property that was not loaded throws PropertyNotLoaded.
 *
 * Typed by @types/office-js: each class `implements Pick<Excel.X, …>` of the data members it offers, so a
 * property's type here is the type the adapter sees in real Excel.
 *
 * Where it behaves like Excel (what the adapter depends on):
 * - a string written to `values` that begins with "=", "+" or "-" becomes a formula unless the cell's
 *   numberFormat is "@" (Range.values: "Excel interprets this value as a formula"); a numeric-looking string
 *   becomes a number and an ISO date (yyyy-mm-dd) a date; `null` in a written array leaves that cell
 *   unchanged; "" clears it.
 * - sheet names: 31 characters, no [ ] : * ? / \, not beginning/ending with ', not "History", unique ignoring
 *   case (ItemAlreadyExists / InvalidArgument).
 * - a sync whose queued commands estimate (JSON size) above 5 MB is rejected whole with
 *   RequestPayloadSizeLimitExceeded; loaded data above 5 MB with ResponsePayloadSizeLimitExceeded.
 * - commands run in order; the first that fails stops the batch (earlier ones stay applied, as in Excel).
 * - writes to a protected sheet fail with AccessDenied; "cell edit mode" rejects whole syncs with
 *   InvalidOperationInCellEditMode; APIs above the configured ExcelApi version fail with ApiNotFound.
 * - getMergedAreasOrNullObject fails above 512 areas.
 */
import {
  FakeCell,
  FakeCellValue,
  FakeConditionalFormat as FakeCfModel,
  FakeSheet,
  FakeValidation,
  FakeWorkbookModel,
  MAX_COLS,
  MAX_ROWS,
  Rect,
  cellKey,
  intersects,
  parseAddress,
  quoteSheet,
  rectAddress,
  sheetNameProblem,
  usedRect,
  usedRectWithin,
} from "./model";
import { FakeChartCollection } from "./charts";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export interface FakeStats {
  /** Every context.sync() (also the rejected ones). */
  syncs: number;
  /** Estimated request size (bytes) of each sync, in order. */
  requestSizes: number[];
  responseSizes: number[];
  commands: number[];
  /** Syncs that ran with calculation / screen updating suspended. */
  calcSuspendedSyncs: number;
  screenSuspendedSyncs: number;
  /** application.calculate calls. */
  calculations: number;
  /** Excel.run calls. */
  runs: number;
}

export interface FakeBehaviour {
  /** Highest ExcelApi minor version supported ("1.17"). */
  apiVersion: string;
  /** The next N syncs fail with InvalidOperationInCellEditMode (the user is typing in a cell). */
  cellEditSyncs: number;
  /** Fail the Nth sync (1-based, counted over the fake's life) after running this many of its commands. */
  failSync: { sync: number; afterCommands: number; code: string } | null;
  /** Payload limit in bytes (5 MB). */
  payloadLimit: number;
}

interface Command {
  size: number;
  exec(): void;
}

const encoder = new TextEncoder();
function byteSize(x: unknown): number {
  return encoder.encode(JSON.stringify(x) ?? "").length;
}

export function versionAtLeast(have: string, need: string): boolean {
  const [a1, a2] = have.split(".").map(Number);
  const [b1, b2] = need.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: Command[] = [];
  private responseBytes = 0;
  suspendCalc = false;
  suspendScreen = false;

  constructor(
    readonly model: FakeWorkbookModel,
    readonly stats: FakeStats,
    readonly behaviour: FakeBehaviour,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: string, args: unknown, exec: () => void, minVersion?: string): void {
    const size = byteSize({ op, args }) + 40;
    this.queue.push({
      size,
      exec: () => {
        if (minVersion && !versionAtLeast(this.behaviour.apiVersion, minVersion))
          throw new FakeOfficeError("ApiNotFound", `The API you are trying to use could not be found (${op}, ExcelApi ${minVersion}).`, op);
        exec();
      },
    });
  }

  /** Commands queued and not yet sent. */
  get pendingCount(): number {
    return this.queue.length;
  }

  /** Records data a load returns (for the response size). */
  respond(data: unknown): void {
    this.responseBytes += byteSize(data);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const queue = this.queue;
    this.queue = [];
    const n = ++this.stats.syncs;
    const size = queue.reduce((s, c) => s + c.size, 0) + 100;
    this.stats.requestSizes.push(size);
    this.stats.commands.push(queue.length);
    this.responseBytes = 0;
    if (this.behaviour.cellEditSyncs > 0) {
      this.behaviour.cellEditSyncs--;
      this.stats.responseSizes.push(0);
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
    }
    if (size > this.behaviour.payloadLimit) {
      this.stats.responseSizes.push(0);
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const fail = this.behaviour.failSync && this.behaviour.failSync.sync === n ? this.behaviour.failSync : null;
    try {
      queue.forEach((c, i) => {
        if (fail && i === fail.afterCommands) throw new FakeOfficeError(fail.code, "An internal error has occurred.");
        c.exec();
      });
    } finally {
      this.stats.responseSizes.push(this.responseBytes);
      // A suspend command applies to the sync that carries it.
      if (this.suspendCalc) this.stats.calcSuspendedSyncs++;
      if (this.suspendScreen) this.stats.screenSuspendedSyncs++;
      this.suspendCalc = false;
      this.suspendScreen = false;
    }
    if (this.responseBytes > this.behaviour.payloadLimit)
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
  }
}

// ─────────────────────────── base ───────────────────────────

type Resolver<T> = () => T | undefined;

function propNames(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === "string") return arg.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => propNames(a));
  if (arg && typeof arg === "object" && "select" in arg) return propNames((arg as { select: unknown }).select);
  throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
}

abstract class FakeClientObject<T> {
  private target: T | undefined;
  private resolved = false;
  protected loaded = new Map<string, unknown>();
  private nullFlag: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: Resolver<T>,
    private readonly nullable = false,
    protected readonly what = "object",
  ) {}

  /** At sync: the model object, or throws ItemNotFound (InvalidObjectPath for a null object used to write). */
  protected resolve(): T {
    if (!this.resolved) {
      this.target = this.resolver();
      this.resolved = true;
    }
    if (this.target === undefined) {
      if (this.nullable) throw new FakeOfficeError("InvalidObjectPath", `The object path '${this.what}' isn't working for what you're trying to do.`);
      throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (${this.what}).`);
    }
    return this.target;
  }

  protected tryResolve(): T | undefined {
    if (!this.resolved) {
      this.target = this.resolver();
      this.resolved = true;
    }
    return this.target;
  }

  protected abstract readProp(name: string, target: T): unknown;

  get isNullObject(): boolean {
    if (this.nullFlag === undefined)
      throw new FakeOfficeError("PropertyNotLoaded", `The property 'isNullObject' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.nullFlag;
  }

  load(props?: unknown): this {
    const names = propNames(props);
    for (const n of names) this.readProp(n, undefined as unknown as T); // validates names now (throws for an unknown one)
    this.context.enqueue("load", { what: this.what, names }, () => {
      const t = this.nullable ? this.tryResolve() : this.resolve();
      this.nullFlag = t === undefined;
      if (t === undefined) return;
      const data: Record<string, unknown> = {};
      for (const n of names) {
        const v = this.readProp(n, t);
        this.loaded.set(n, v);
        data[n] = v;
      }
      this.context.respond(data);
    }, this.loadVersion());
    return this;
  }

  protected loadVersion(): string | undefined {
    return undefined;
  }

  protected get<V>(name: string): V {
    if (!this.loaded.has(name))
      throw new FakeOfficeError("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.loaded.get(name) as V;
  }

  protected unknownProp(name: string): never {
    throw new FakeOfficeError("PropertyNotFound", `The property '${name}' is not available on ${this.what}.`);
  }
}

function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected)
    throw new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.");
}

// ─────────────────────────── workbook ───────────────────────────

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.application = new FakeApplication(context);
  }
}

export class FakeApplication implements Pick<Excel.Application, "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync"> {
  constructor(readonly context: FakeRequestContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue("suspendApiCalculationUntilNextSync", null, () => (this.context.suspendCalc = true), "1.6");
  }
  calculate(calculationType: string): void {
    this.context.enqueue("application.calculate", { calculationType }, () => {
      this.context.stats.calculations++;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue("suspendScreenUpdatingUntilNextSync", null, () => (this.context.suspendScreen = true), "1.9");
  }
}

export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbookModel> {
  private itemProxies: FakeWorksheet[] | undefined;

  constructor(context: FakeRequestContext) {
    super(context, () => context.model, false, "worksheets");
  }

  protected readProp(name: string, t: FakeWorkbookModel): unknown {
    const m = /^(?:items\/)?(name|id|position|visibility)$/.exec(name);
    if (!m && name !== "items") this.unknownProp(name);
    if (!t) return undefined;
    this.itemProxies = t.sheets.map((s) => {
      const p = new FakeWorksheet(this.context, () => s);
      p.preload({ name: s.name, id: String(s.id), position: t.sheets.indexOf(s), visibility: s.visibility });
      return p;
    });
    return this.itemProxies.length;
  }

  get items(): FakeWorksheet[] {
    if (!this.itemProxies) this.get("items");
    return this.itemProxies!;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.findSheet(key), false);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.findSheet(key), true, "1.4");
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.sheetById(this.context.model.activeSheetId));
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    const proxy = new FakeWorksheet(this.context, () => created);
    this.context.enqueue("worksheets.add", { name }, () => {
      const model = this.context.model;
      let n = name;
      if (n === undefined) {
        let i = model.sheets.length + 1;
        while (model.findSheet(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      const problem = sheetNameProblem(n, model.sheets.map((s) => s.name));
      if (problem === "DUPLICATE") throw new FakeOfficeError("ItemAlreadyExists", "The resource already exists.");
      if (problem) throw new FakeOfficeError("InvalidArgument", problem);
      created = model.addSheet(n);
    });
    return proxy;
  }
}

// ─────────────────────────── worksheet ───────────────────────────

export class FakeWorksheet
  extends FakeClientObject<FakeSheet>
  implements Pick<Excel.Worksheet, "name" | "id" | "position" | "visibility">
{
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly charts: FakeChartCollection;

  constructor(context: FakeRequestContext, resolver: Resolver<FakeSheet>, nullable = false, private readonly minVersion?: string) {
    super(context, resolver, nullable, "worksheet");
    this.charts = new FakeChartCollection(context, () => this.resolve());
    this.protection = new FakeWorksheetProtection(context, () => this.resolve());
    this.freezePanes = new FakeFreezePanes(context, () => this.resolve());
  }

  protected override loadVersion(): string | undefined {
    return this.minVersion;
  }

  /** Used by the collection's load: its items arrive loaded. */
  preload(props: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(props)) this.loaded.set(k, v);
  }

  protected readProp(name: string, t: FakeSheet): unknown {
    if (!["name", "id", "position", "visibility"].includes(name)) this.unknownProp(name);
    if (!t) return undefined;
    const model = this.context.model;
    return name === "name" ? t.name : name === "id" ? String(t.id) : name === "position" ? model.sheets.indexOf(t) : t.visibility;
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.context.enqueue("worksheet.name", { value }, () => {
      const t = this.resolve();
      const problem = sheetNameProblem(value, this.context.model.sheets.filter((s) => s !== t).map((s) => s.name));
      if (problem === "DUPLICATE") throw new FakeOfficeError("InvalidArgument", "That sheet name is already taken. Try a different one.");
      if (problem) throw new FakeOfficeError("InvalidArgument", problem);
      t.name = value;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.context.enqueue("worksheet.position", { value }, () => {
      const t = this.resolve();
      const sheets = this.context.model.sheets;
      sheets.splice(sheets.indexOf(t), 1);
      sheets.splice(Math.max(0, Math.min(value, sheets.length)), 0, t);
    });
  }
  set tabColor(value: string) {
    this.context.enqueue("worksheet.tabColor", { value }, () => {
      this.resolve().tabColor = value.toUpperCase();
    }, "1.7");
  }
  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.get("visibility");
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      if (address === undefined) return { sheet, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
      const rect = parseAddress(address);
      if (!rect) throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (${address}).`);
      return { sheet, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.resolve(), rect: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount } }), false, "1.7");
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      return { sheet, rect: usedRect(sheet, !!valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolve();
        const rect = usedRect(sheet, !!valuesOnly);
        return rect ? { sheet, rect } : undefined;
      },
      true,
      "1.4",
    );
  }

  delete(): void {
    this.context.enqueue("worksheet.delete", null, () => {
      const t = this.resolve();
      const model = this.context.model;
      if (model.sheets.filter((s) => s.visibility === "Visible" && s !== t).length === 0)
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      model.sheets.splice(model.sheets.indexOf(t), 1);
      if (model.activeSheetId === t.id) model.activeSheetId = model.sheets.find((s) => s.visibility === "Visible")!.id;
    });
  }

  activate(): void {
    this.context.enqueue("worksheet.activate", null, () => {
      this.context.model.activeSheetId = this.resolve().id;
    });
  }
}

export class FakeWorksheetProtection extends FakeClientObject<FakeSheet> implements Pick<Excel.WorksheetProtection, "protected"> {
  constructor(context: FakeRequestContext, resolver: Resolver<FakeSheet>) {
    super(context, resolver, false, "protection");
  }
  protected override loadVersion(): string {
    return "1.2";
  }
  protected readProp(name: string, t: FakeSheet): unknown {
    if (name !== "protected") this.unknownProp(name);
    return t?.protected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
  /** ExcelApi 1.2 (options); 1.7 for the password. Fails when the sheet is protected already. */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.context.enqueue("protection.protect", { options }, () => {
      const s = this.resolve();
      if (password !== undefined && !versionAtLeast(this.context.behaviour.apiVersion, "1.7"))
        throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found (protect password, ExcelApi 1.7).");
      if (s.protected) throw new FakeOfficeError("InvalidOperation", "The worksheet is already protected.");
      s.protected = true;
      s.protection = { options: { ...(options ?? {}) }, password: password ?? null };
    }, "1.2");
  }
}

export class FakeFreezePanes {
  constructor(private readonly context: FakeRequestContext, private readonly resolver: () => FakeSheet) {}
  freezeRows(count?: number): void {
    this.context.enqueue("freezeRows", { count }, () => {
      const s = this.resolver();
      assertWritable(s);
      s.frozenRows = count ?? 1;
    }, "1.7");
  }
  unfreeze(): void {
    this.context.enqueue("unfreeze", null, () => {
      this.resolver().frozenRows = 0;
    }, "1.7");
  }
}

// ─────────────────────────── range ───────────────────────────

interface CfTarget {
  sheet: FakeSheet;
  cf: FakeCfModel;
}

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

const RANGE_PROPS = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "numberFormat", "formulas", "text", "valueTypes"];
const CELL_LIMIT = 5_000_000;

function isoDateSerial(s: string): number | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t / 86400000 + 25569;
}

function isNumericText(s: string): boolean {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s.trim());
}

export class FakeRange
  extends FakeClientObject<RangeTarget>
  implements Pick<Excel.Range, "address" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "values" | "numberFormat" | "formulas" | "hyperlink">
{
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(context: FakeRequestContext, resolver: Resolver<RangeTarget>, nullable = false, private readonly minVersion?: string) {
    super(context, resolver, nullable, "range");
    this.format = new FakeRangeFormat(context, () => this.resolve());
    this.conditionalFormats = new FakeConditionalFormatCollection(context, () => this.resolve());
  }

  protected override loadVersion(): string | undefined {
    return this.minVersion;
  }

  /** The range's sheet and rectangle, at sync (charts.ts). */
  rectOf(): RangeTarget {
    return this.resolve();
  }

  protected readProp(name: string, t: RangeTarget): unknown {
    if (!RANGE_PROPS.includes(name)) this.unknownProp(name);
    if (!t) return undefined;
    const { sheet, rect } = t;
    switch (name) {
      case "address":
        return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
    }
    if (rect.rows * rect.cols > CELL_LIMIT)
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    const out: unknown[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < rect.cols; c++) {
        const cell = sheet.cells.get(cellKey(rect.row + r, rect.col + c));
        if (name === "values") row.push(cell ? (cell.value ?? "") : "");
        else if (name === "numberFormat") row.push(cell?.numberFormat ?? "General");
        else if (name === "formulas") row.push(cell ? (cell.formula ?? cell.value ?? "") : "");
        else if (name === "valueTypes") row.push(cell?.value === null || cell?.value === undefined || cell.value === "" ? "Empty" : typeof cell.value === "number" ? "Double" : typeof cell.value === "boolean" ? "Boolean" : /^#/.test(String(cell.value)) ? "Error" : "String");
        else row.push(cell ? String(cell.value ?? "") : "");
      }
      out.push(row);
    }
    return out;
  }

  /** The used cells within this range (ExcelApi 1.4), or a null object when it holds none. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.resolve();
        if (!t) return undefined;
        const used = usedRectWithin(t.sheet, t.rect, !!valuesOnly);
        return used ? { sheet: t.sheet, rect: used } : undefined;
      },
      true,
      "1.4",
    );
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Office.js types values as any[][]
  get values(): any[][] {
    return this.get("values");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set values(v: any[][]) {
    this.writeCells("values", v);
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get numberFormat(): any[][] {
    return this.get("numberFormat");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set numberFormat(v: any[][]) {
    this.writeCells("numberFormat", v);
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get formulas(): any[][] {
    return this.get("formulas");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set formulas(v: any[][]) {
    this.writeCells("formulas", v);
  }

  get hyperlink(): Excel.RangeHyperlink {
    return this.get("hyperlink");
  }
  set hyperlink(h: Excel.RangeHyperlink) {
    this.context.enqueue("range.hyperlink", h, () => {
      const { sheet, rect } = this.resolve();
      assertWritable(sheet);
      this.eachCell(sheet, rect, (cell, r, c) => {
        cell.hyperlink = { ...h };
        if (r === 0 && c === 0 && h.textToDisplay !== undefined) {
          cell.value = h.textToDisplay;
          delete cell.formula;
        }
      });
    }, "1.7");
  }

  private eachCell(sheet: FakeSheet, rect: Rect, fn: (cell: FakeCell, r: number, c: number) => void): void {
    for (let r = 0; r < rect.rows; r++)
      for (let c = 0; c < rect.cols; c++) {
        const key = cellKey(rect.row + r, rect.col + c);
        let cell = sheet.cells.get(key);
        if (!cell) {
          cell = { value: null };
          sheet.cells.set(key, cell);
        }
        fn(cell, r, c);
      }
  }

  private writeCells(kind: "values" | "numberFormat" | "formulas", data: unknown): void {
    this.context.enqueue(`range.${kind}`, data, () => {
      const { sheet, rect } = this.resolve();
      assertWritable(sheet);
      const grid = data as unknown[][];
      const scalar = !Array.isArray(data);
      if (!scalar && (grid.length !== rect.rows || grid.some((row) => !Array.isArray(row) || row.length !== rect.cols)))
        throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rectAddress(rect)}).`);
      this.eachCell(sheet, rect, (cell, r, c) => {
        const v = scalar ? data : grid[r][c];
        if (v === null || v === undefined) return; // null: leave the cell as it is
        if (kind === "numberFormat") {
          cell.numberFormat = String(v);
          return;
        }
        if (typeof v === "string") {
          const isText = cell.numberFormat === "@";
          if (v === "") {
            cell.value = null;
            delete cell.formula;
          } else if (!isText && isNumericText(v)) {
            cell.value = Number(v);
            delete cell.formula;
          } else if (!isText && /^[=+-]/.test(v) && v.length > 1) {
            // Office.js: a value starting with "=", "+" or "-" is taken as a formula.
            cell.formula = v.startsWith("=") ? v : `=${v}`;
            cell.value = null;
          } else if (!isText && isoDateSerial(v) !== null) {
            // An ISO date (yyyy-mm-dd) is stored as a date.
            cell.value = isoDateSerial(v);
            if (!cell.numberFormat || cell.numberFormat === "General") cell.numberFormat = "yyyy-mm-dd";
            delete cell.formula;
          } else {
            cell.value = v;
            delete cell.formula;
          }
        } else if (typeof v === "number" || typeof v === "boolean") {
          cell.value = v;
          delete cell.formula;
        } else throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      });
    });
  }

  /** ExcelApi 1.9: per column of the range, its index (0-based) and whether it is hidden. */
  getColumnProperties(_load: Excel.CellPropertiesLoadOptions): { value: Excel.ColumnProperties[] } {
    const out = { value: [] as Excel.ColumnProperties[] };
    this.context.enqueue("range.getColumnProperties", null, () => {
      const { sheet, rect } = this.resolve();
      out.value = Array.from({ length: rect.cols }, (_, i) => ({ columnIndex: rect.col + i, columnHidden: sheet.hiddenCols?.has(rect.col + i) ?? false }));
    }, "1.9");
    return out;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const { sheet, rect } = this.resolve();
      const areas = sheet.merges.filter((m) => intersects(m, rect));
      if (areas.length > 512) throw new FakeOfficeError("GeneralException", "There were too many merged areas to return (more than 512).");
      return areas.length ? { sheet, areas } : undefined;
    });
  }

  merge(across?: boolean): void {
    this.context.enqueue("range.merge", { across }, () => {
      const { sheet, rect } = this.resolve();
      assertWritable(sheet);
      sheet.merges.push({ ...rect });
    }, "1.2");
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.context, () => this.resolve());
  }

  select(): void {
    this.context.enqueue("range.select", null, () => {
      const { sheet, rect } = this.resolve();
      this.context.model.activeSheetId = sheet.id;
      this.context.model.selection = { sheetId: sheet.id, rect };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.resolve();
      return { sheet, rect: { row: rect.row + row, col: rect.col + column, rows: 1, cols: 1 } };
    });
  }
}

/** range.dataValidation (ExcelApi 1.8): a list rule and its error alert, kept on the sheet by area. */
export class FakeDataValidation {
  constructor(private readonly context: FakeRequestContext, private readonly resolver: () => RangeTarget) {}
  private entry(): FakeValidation {
    const { sheet, rect } = this.resolver();
    assertWritable(sheet);
    let v = sheet.validations.find((x) => rectAddress(x.area) === rectAddress(rect));
    if (!v) {
      v = { area: { ...rect }, list: "", inCellDropDown: true, errorAlert: null };
      sheet.validations.push(v);
    }
    return v;
  }
  set rule(rule: Excel.DataValidationRule) {
    this.context.enqueue("dataValidation.rule", rule, () => {
      const list = rule.list;
      if (!list || typeof list.source !== "string") throw new FakeOfficeError("InvalidArgument", "The double supports list rules with a text source only.");
      const v = this.entry();
      v.list = list.source;
      v.inCellDropDown = list.inCellDropDown ?? true;
    }, "1.8");
  }
  get rule(): Excel.DataValidationRule {
    throw new FakeOfficeError("PropertyNotLoaded", "The property 'rule' is not available.");
  }
  set errorAlert(a: Excel.DataValidationErrorAlert) {
    this.context.enqueue("dataValidation.errorAlert", a, () => {
      this.entry().errorAlert = { showAlert: a.showAlert, style: String(a.style), title: a.title, message: a.message };
    }, "1.8");
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    throw new FakeOfficeError("PropertyNotLoaded", "The property 'errorAlert' is not available.");
  }
  clear(): void {
    this.context.enqueue("dataValidation.clear", null, () => {
      const { sheet, rect } = this.resolver();
      sheet.validations = sheet.validations.filter((x) => !intersects(x.area, rect));
    }, "1.8");
  }
}

export class FakeRangeAreas extends FakeClientObject<{ sheet: FakeSheet; areas: Rect[] }> implements Pick<Excel.RangeAreas, "address" | "areaCount"> {
  constructor(context: FakeRequestContext, resolver: Resolver<{ sheet: FakeSheet; areas: Rect[] }>) {
    super(context, resolver, true, "rangeAreas");
  }
  protected override loadVersion(): string {
    return "1.13";
  }
  protected readProp(name: string, t: { sheet: FakeSheet; areas: Rect[] }): unknown {
    if (name !== "address" && name !== "areaCount") this.unknownProp(name);
    if (!t) return undefined;
    if (name === "areaCount") return t.areas.length;
    return t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${rectAddress(a)}`).join(",");
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

export class FakeRangeFormat {
  readonly font: { bold: boolean; italic: boolean; size: number; color: string };
  readonly fill: { color: string; clear(): void };
  /** format.protection (ExcelApi 1.2): locked. */
  readonly protection: { locked: boolean };
  constructor(private readonly context: FakeRequestContext, private readonly resolver: () => RangeTarget) {
    const set = (op: string, apply: (cell: FakeCell) => void) =>
      this.context.enqueue(op, null, () => {
        const { sheet, rect } = this.resolver();
        assertWritable(sheet);
        for (let r = 0; r < rect.rows; r++)
          for (let c = 0; c < rect.cols; c++) {
            const key = cellKey(rect.row + r, rect.col + c);
            const cell = sheet.cells.get(key) ?? { value: null };
            apply(cell);
            sheet.cells.set(key, cell);
          }
      });
    this.font = {
      set bold(v: boolean) {
        set("font.bold:" + v, (cell) => (cell.bold = v));
      },
      get bold(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "The property 'bold' is not available.");
      },
      set color(v: string) {
        set("font.color:" + v, (cell) => (cell.fontColor = v.toUpperCase()));
      },
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "The property 'color' is not available.");
      },
      set italic(v: boolean) {
        set("font.italic:" + v, (cell) => (cell.italic = v));
      },
      get italic(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "The property 'italic' is not available.");
      },
      set size(v: number) {
        set("font.size:" + v, (cell) => (cell.fontSize = v));
      },
      get size(): number {
        throw new FakeOfficeError("PropertyNotLoaded", "The property 'size' is not available.");
      },
    };
    const ctx = this.context;
    const res = this.resolver;
    this.protection = {
      set locked(v: boolean) {
        ctx.enqueue("format.protection.locked:" + v, null, () => {
          const { sheet, rect } = res();
          assertWritable(sheet);
          for (let r = 0; r < rect.rows; r++)
            for (let c = 0; c < rect.cols; c++) {
              const key = cellKey(rect.row + r, rect.col + c);
              const cell = sheet.cells.get(key) ?? { value: null };
              cell.locked = v;
              sheet.cells.set(key, cell);
            }
        }, "1.2");
      },
      get locked(): boolean {
        throw new FakeOfficeError("PropertyNotLoaded", "The property 'locked' is not available.");
      },
    };
    this.fill = {
      clear() {
        set("fill.clear", (cell) => delete cell.fill);
      },
      set color(v: string) {
        set("fill.color:" + v, (cell) => (cell.fill = v.toUpperCase()));
      },
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "The property 'color' is not available.");
      },
    };
  }
  set columnWidth(v: number) {
    this.context.enqueue("format.columnWidth", v, () => {
      const { sheet, rect } = this.resolver();
      assertWritable(sheet);
      for (let c = 0; c < rect.cols; c++) sheet.columnWidths.set(rect.col + c, v);
    });
  }
  set rowHeight(v: number) {
    this.context.enqueue("format.rowHeight", v, () => {
      const { sheet, rect } = this.resolver();
      assertWritable(sheet);
      for (let r = 0; r < rect.rows; r++) sheet.rowHeights.set(rect.row + r, v);
    });
  }
  set verticalAlignment(v: string) {
    this.context.enqueue("format.verticalAlignment", v, () => assertWritable(this.resolver().sheet));
  }
  set wrapText(v: boolean) {
    this.context.enqueue("format.wrapText", v, () => assertWritable(this.resolver().sheet));
  }
}

// ─────────────────────────── conditional formats ───────────────────────────

export class FakeConditionalFormatCollection extends FakeClientObject<RangeTarget> {
  private itemProxies: FakeConditionalFormat[] | undefined;
  constructor(context: FakeRequestContext, resolver: Resolver<RangeTarget>) {
    super(context, resolver, false, "conditionalFormats");
  }
  protected override loadVersion(): string {
    return "1.6";
  }
  protected readProp(name: string, t: RangeTarget): unknown {
    if (!/^(items|(items\/)?(type|id|priority))$/.test(name)) this.unknownProp(name);
    if (!t) return undefined;
    const list = t.sheet.conditionalFormats.filter((cf) => intersects(cf.area, t.rect));
    this.itemProxies = list.map((cf) => {
      const p = new FakeConditionalFormat(this.context, () => ({ sheet: t.sheet, cf }));
      p.preload({ type: cf.type, id: String(cf.id), priority: t.sheet.conditionalFormats.indexOf(cf) });
      return p;
    });
    return list.length;
  }
  get items(): FakeConditionalFormat[] {
    if (!this.itemProxies) this.get("items");
    return this.itemProxies!;
  }
  add(type: string): FakeConditionalFormat {
    let created: CfTarget | undefined;
    const proxy = new FakeConditionalFormat(this.context, () => created);
    this.context.enqueue("conditionalFormats.add", { type }, () => {
      const { sheet, rect } = this.resolve();
      assertWritable(sheet);
      const cf: FakeCfModel = { id: this.context.model.newCfId(), type, area: { ...rect }, formula: null, fill: null, fontColor: null };
      sheet.conditionalFormats.unshift(cf); // Office.js adds a conditional format at the top priority
      created = { sheet, cf };
    }, "1.6");
    return proxy;
  }
  clearAll(): void {
    this.context.enqueue("conditionalFormats.clearAll", null, () => {
      const { sheet, rect } = this.resolve();
      assertWritable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.area, rect));
    }, "1.6");
  }
}

export class FakeConditionalFormat extends FakeClientObject<CfTarget> implements Pick<Excel.ConditionalFormat, "id" | "priority"> {
  readonly custom: {
    rule: { formula: string; load(p?: unknown): unknown };
    format: { fill: { color: string }; font: { color: string } };
  };
  readonly customOrNullObject: FakeCustomRule;

  constructor(context: FakeRequestContext, resolver: Resolver<CfTarget>) {
    super(context, resolver, false, "conditionalFormat");
    const setOn = (op: string, apply: (cf: FakeCfModel) => void) =>
      context.enqueue(op, null, () => {
        const t = this.resolve();
        assertWritable(t.sheet);
        if (t.cf.type !== "Custom") throw new FakeOfficeError("InvalidOperation", "This conditional format is not a custom one.");
        apply(t.cf);
      }, "1.6");
    const rule = new FakeCustomRule(context, () => this.tryResolveTarget());
    this.customOrNullObject = rule;
    this.custom = {
      rule: {
        set formula(f: string) {
          if (!f.startsWith("=")) {
            setOn("custom.rule.formula", () => {
              throw new FakeOfficeError("InvalidArgument", "A conditional-format formula must begin with \"=\".");
            });
            return;
          }
          setOn("custom.rule.formula", (cf) => (cf.formula = f));
        },
        get formula(): string {
          return rule.formula;
        },
        load: (p?: unknown) => rule.load(p),
      },
      format: {
        fill: {
          set color(v: string) {
            setOn("custom.format.fill.color", (cf) => (cf.fill = v.toUpperCase()));
          },
          get color(): string {
            throw new FakeOfficeError("PropertyNotLoaded", "The property 'color' is not available.");
          },
        },
        font: {
          set color(v: string) {
            setOn("custom.format.font.color", (cf) => (cf.fontColor = v.toUpperCase()));
          },
          get color(): string {
            throw new FakeOfficeError("PropertyNotLoaded", "The property 'color' is not available.");
          },
        },
      },
    };
  }

  tryResolveTarget(): CfTarget | undefined {
    return this.tryResolve();
  }

  preload(props: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(props)) this.loaded.set(k, v);
  }

  protected readProp(name: string, t: CfTarget): unknown {
    if (!["type", "id", "priority"].includes(name)) this.unknownProp(name);
    if (!t) return undefined;
    return name === "type" ? t.cf.type : name === "id" ? String(t.cf.id) : t.sheet.conditionalFormats.indexOf(t.cf);
  }
  get type(): string {
    return this.get("type");
  }
  get id(): string {
    return this.get("id");
  }
  get priority(): number {
    return this.get("priority");
  }
  set priority(value: number) {
    this.context.enqueue("conditionalFormat.priority", { value }, () => {
      const t = this.resolve();
      const list = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
      const at = value < 0 ? Math.max(0, list.length + 1 + value) : Math.min(value, list.length);
      list.splice(at, 0, t.cf);
      t.sheet.conditionalFormats = list;
    }, "1.6");
  }
  delete(): void {
    this.context.enqueue("conditionalFormat.delete", null, () => {
      const t = this.resolve();
      assertWritable(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
    }, "1.6");
  }
}

/** The rule of a custom format (customOrNullObject.rule flattened: load("formula")). Null when not custom. */
export class FakeCustomRule extends FakeClientObject<CfTarget> {
  constructor(context: FakeRequestContext, resolver: Resolver<CfTarget>) {
    super(context, () => {
      const t = resolver();
      return t && t.cf.type === "Custom" ? t : undefined;
    }, true, "customConditionalFormat");
  }
  get rule(): FakeCustomRule {
    return this;
  }
  protected override loadVersion(): string {
    return "1.6";
  }
  protected readProp(name: string, t: CfTarget): unknown {
    if (name !== "formula") this.unknownProp(name);
    return t?.cf.formula ?? undefined;
  }
  get formula(): string {
    return this.get("formula");
  }
}

export type { FakeCellValue };
