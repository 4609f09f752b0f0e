/**
 * No import cycles anywhere in src: the TypeScript import graph (static imports, re-exports, `import type`,
 * import() with a literal) has no strongly connected component of more than one module, and no module imports
 * itself. Shown to fire on a probe: two files that import each other.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ts from "typescript";

const REPO = path.resolve(__dirname, "..", "..");

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return null;
}

/** Module → the modules it imports (within the folder). */
export function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(dir)) {
    const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const deps = info.importedFiles.map((f) => resolveImport(file, f.fileName)).filter((f): f is string => f !== null);
    graph.set(file, [...new Set(deps)]);
  }
  return graph;
}

/** Every cycle as its modules (Tarjan's strongly connected components of size > 1, plus self-imports). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

test("src has no import cycles", () => {
  const graph = importGraph(path.join(REPO, "src"));
  expect(graph.size).toBeGreaterThan(100);
  const found = cycles(graph).map((c) => c.map((f) => path.relative(REPO, f)));
  expect(found).toEqual([]);
});

test("the check fires on a probe: a → b → c → a, and a type-only import counts", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cycle-probe-"));
  try {
    fs.mkdirSync(path.join(dir, "plan"));
    fs.writeFileSync(path.join(dir, "a.ts"), 'import { b } from "./plan";\nexport const a = b;\n');
    fs.writeFileSync(path.join(dir, "plan", "index.ts"), 'export { c as b } from "./c";\n');
    fs.writeFileSync(path.join(dir, "plan", "c.ts"), 'import type { A } from "../a";\nexport const c = 1 as unknown as A;\n');
    fs.writeFileSync(path.join(dir, "d.ts"), 'import { a } from "./a";\nexport const d = () => import("./d");\nexport const e = a;\n');
    const found = cycles(importGraph(dir)).map((c) => c.map((f) => path.relative(dir, f)));
    expect(found).toEqual(expect.arrayContaining([["a.ts", "plan/c.ts", "plan/index.ts"], ["d.ts"]]));
    expect(found).toHaveLength(2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
