// jest transform for TypeScript (tests and the src they import): esbuild's transform (already a devDependency: it builds the CLI),
// TypeScript → CommonJS, one file at a time, with an inline source map so stack traces point at the .ts lines.
// It only strips types: types are checked by `npm run typecheck` (tsc over src and tests), as they were with
// ts-jest's isolatedModules. Emits what tsc emits for this project's settings (tsconfig.json: target ES2020, so
// class fields are assigned in the constructor; esModuleInterop's default imports; jsx react-jsx).
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const esbuild = require("esbuild");

const VERSION = require("esbuild/package.json").version;
const SELF = crypto.createHash("sha256").update(fs.readFileSync(__filename)).digest("hex");

const TSCONFIG = { compilerOptions: { useDefineForClassFields: false, jsx: "react-jsx", verbatimModuleSyntax: false } };

const HOISTED = /\bjest\s*\.\s*(mock|unmock|deepUnmock|enableAutomock|disableAutomock)\s*\(/;

function options(filename) {
  return {
    loader: /\.tsx$/.test(filename) ? "tsx" : /\.ts$/.test(filename) ? "ts" : "js",
    format: "cjs",
    target: "node20",
    platform: "node",
    sourcemap: "inline",
    sourcefile: filename,
    tsconfigRaw: TSCONFIG,
    jsx: "automatic",
    // import() becomes a require() behind a promise, as tsc's CommonJS output has it: jest's module registry
    // (its mocks, its one copy of each module) sees only require(); a real import() needs vm modules.
    supported: { "dynamic-import": false },
  };
}

module.exports = {
  canInstrument: false,
  getCacheKey(source, filename) {
    return crypto.createHash("sha256").update(VERSION).update("\0").update(SELF).update("\0").update(filename).update("\0").update(source).digest("hex");
  },
  process(source, filename) {
    // ts-jest (and babel-jest) move jest.mock() calls above the imports; esbuild does not, so such a mock would
    // come after the module it replaces was loaded. Said plainly rather than a test passing on the real module.
    if (HOISTED.test(source))
      throw new Error(`${filename}: jest.mock()/unmock() is not hoisted by tests/support/esbuild-transform.cjs; use jest.doMock() before a require(), or jest.spyOn().`);
    const out = esbuild.transformSync(source, options(filename));
    return { code: out.code };
  },
};
