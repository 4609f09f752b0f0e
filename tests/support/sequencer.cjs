// jest testSequencer: the order the suites start in, so that the workers finish together and no worker waits
// idle for a build.
//  - A suite's expected time is jest's own record of its last run when there is one (a developer's machine);
//    on a clean clone (CI) there is none, and the known heavy suites below stand in for it (seconds on a quiet
//    2-core machine, measured), the others estimated from their size. Jest without a record orders by file size
//    only, which started pane-layout (the longest) late and build-wps's webpack run last of all.
//  - Builds of the pane the selected suites need that are stale (a clean clone, or sources changed) start at once
//    in a background process (build-core.cjs), and the suites needing them are placed where that build should be
//    done, the other suites before them: before, the first browser suite built while the second waited on the
//    lock, a core idle for the length of a webpack run.
//  - Then greedy list scheduling over the workers: the next free worker takes the longest suite that is ready.
//    Suites that failed last time still come first, as with jest's default.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;
const { REPO, WPS_BUILD, isFresh, startBuilds } = require("../browser/support/build-core.cjs");

/** Seconds on a quiet 2-core machine (2 workers), the pane already built. */
const KNOWN = {
  "tests/browser/pane-layout.test.ts": 37,
  "tests/browser/standalone.test.ts": 14,
  "tests/truth/stale.test.ts": 7.3,
  "tests/taskpane/components.test.tsx": 7.2,
  "tests/browser/first.test.ts": 7,
  "tests/foundation/build-wps.test.ts": 6.5,
  "tests/excel/host.test.ts": 6.1,
  "tests/workbook/libreoffice.test.ts": 5.9,
  "tests/excel/cycle.test.ts": 5.4,
  "tests/foundation/devserver.test.ts": 5.3,
  "tests/workbook/fidelity.test.ts": 4.6,
  "tests/taskpane/pane-truth.test.ts": 4.2,
  "tests/foundation/manifest.test.ts": 3.9,
  "tests/core/deadline/properties.test.ts": 3.9,
  "tests/truth/totals.test.ts": 3.6,
  "tests/taskpane/cycle-host.test.tsx": 3.6,
  "tests/browser/cycle.test.ts": 3.6,
  "tests/foundation/lint.test.ts": 3.4,
  "tests/workbook/writer.test.ts": 3.3,
  "tests/formats/convert.test.ts": 3,
};

/** The builds a suite needs (build-core's options), by path. */
const PANE = {};
function buildsOf(rel) {
  if (rel === "tests/foundation/build-wps.test.ts") return [WPS_BUILD];
  if (rel === "tests/foundation/build.test.ts" || /^tests\/browser\/.*\.test\.tsx?$/.test(rel)) return [PANE];
  return [];
}
/** Seconds a stale build takes on a quiet 2-core machine beside the two workers (webpack, cold). */
const BUILD_SECONDS = new Map([
  [PANE, 40],
  [WPS_BUILD, 30],
]);

class HeavyFirstSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.globalConfig = options && options.globalConfig;
  }

  sort(tests) {
    const rel = (t) => path.relative(REPO, t.path).split(path.sep).join("/");
    const estimate = (t) => {
      const cached = this.time(t); // milliseconds, as jest records them
      const known = cached != null ? cached / 1000 : KNOWN[rel(t)];
      if (known != null) return known;
      let size = 0;
      try {
        size = fs.statSync(t.path).size;
      } catch {
        // estimated as the smallest
      }
      return Math.max(0.5, size / 4000);
    };
    // Seconds here; jest reads test.duration in milliseconds (e.g. to run a few fast suites in band).
    const secs = new Map(tests.map((t) => [t, estimate(t)]));
    for (const t of tests) t.duration = secs.get(t) * 1000;

    // Stale builds the selected suites need: started now, one after the other, each ready after its estimate.
    const listing = this.globalConfig && (this.globalConfig.listTests || this.globalConfig.collectTests);
    const ready = new Map();
    const stale = [];
    let at = 0;
    for (const b of [PANE, WPS_BUILD]) {
      if (!tests.some((t) => buildsOf(rel(t)).includes(b))) continue;
      if (isFresh(b)) continue;
      stale.push(b);
      at += BUILD_SECONDS.get(b);
      ready.set(b, at);
    }
    if (stale.length && !listing) startBuilds(stale);
    const readyAt = (t) => Math.max(0, ...buildsOf(rel(t)).map((b) => ready.get(b) ?? 0));

    const workers = Math.max(1, Math.min((this.globalConfig && this.globalConfig.maxWorkers) || 2, tests.length));
    const free = new Array(workers).fill(0);
    const left = [...tests].sort((a, b) => this.hasFailed(b) - this.hasFailed(a) || secs.get(b) - secs.get(a) || (a.path < b.path ? -1 : 1));
    const order = [];
    while (left.length) {
      const w = free.indexOf(Math.min(...free));
      // The first suite in priority order that is ready when this worker is free; else the one ready soonest.
      let i = left.findIndex((t) => readyAt(t) <= free[w]);
      if (i < 0) i = left.reduce((best, t, j) => (readyAt(t) < readyAt(left[best]) ? j : best), 0);
      const [t] = left.splice(i, 1);
      free[w] = Math.max(free[w], readyAt(t)) + secs.get(t);
      order.push(t);
    }
    return order;
  }
}

module.exports = HeavyFirstSequencer;
