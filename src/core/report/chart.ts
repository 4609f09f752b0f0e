/**
 * The per-unit bar charts of the 通报 (issue 17): 完成率 (done / tasks) and 逾期数, as one SVG drawn here (no chart
 * library): the standalone page shows it as a picture under its overview, loading this module only then. The same
 * units and colours as the overview's own charts (src/core/plan/charts.ts). Pure: returns text.
 */
import type { UnitSummary } from "../types";
import { strings, type Lang } from "../../strings";
import { sortForAttention } from "../summary";
import { OVERDUE_FILL } from "../plan/rules";
import { CHART_UNITS, DONE_FILL } from "../plan/charts";

export { CHART_UNITS, DONE_FILL };

const W = 760;
const LABEL = 220;
const BAR_H = 18;
const GAP = 8;

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The unit, its completion rate (0–1) and its overdue count, for the units shown. */
export function chartData(summary: readonly UnitSummary[]): { unit: string; rate: number; overdue: number }[] {
  return sortForAttention([...summary])
    .slice(0, CHART_UNITS)
    .map((u) => ({ unit: u.unit, rate: u.total ? u.done / u.total : 0, overdue: u.overdue }));
}

export function unitChartsSvg(summary: readonly UnitSummary[], lang: Lang = "zh-CN"): string {
  const t = strings(lang).report;
  const data = chartData(summary);
  const panelH = 30 + data.length * (BAR_H + GAP);
  const H = panelH * 2 + 20;
  const span = W - LABEL - 60;
  const maxOverdue = Math.max(1, ...data.map((d) => d.overdue));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Noto Sans CJK SC, Microsoft YaHei, sans-serif" font-size="13">`,
    `<rect width="${W}" height="${H}" fill="#FFFFFF"/>`,
  ];
  const panel = (top: number, title: string, value: (d: (typeof data)[number]) => number, shown: (d: (typeof data)[number]) => string, fill: string) => {
    out.push(`<text x="8" y="${top + 18}" font-weight="bold" font-size="15">${esc(title)}</text>`);
    data.forEach((d, i) => {
      const y = top + 30 + i * (BAR_H + GAP);
      const w = Math.round(span * value(d));
      out.push(`<text x="${LABEL - 8}" y="${y + 14}" text-anchor="end">${esc(d.unit)}</text>`);
      out.push(`<rect x="${LABEL}" y="${y}" width="${w}" height="${BAR_H}" fill="${fill}"/>`);
      out.push(`<text x="${LABEL + w + 6}" y="${y + 14}">${esc(shown(d))}</text>`);
    });
  };
  panel(0, t.chartDoneRate, (d) => d.rate, (d) => `${Math.round(d.rate * 1000) / 10}%`, DONE_FILL);
  panel(panelH + 10, t.chartOverdue, (d) => d.overdue / maxOverdue, (d) => String(d.overdue), OVERDUE_FILL);
  out.push("</svg>");
  return out.join("\n") + "\n";
}
