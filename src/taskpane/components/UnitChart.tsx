/**
 * The per-unit bar charts (完成率, 逾期数) under the standalone preview's overview: the SVG src/core/report/chart.ts
 * draws, shown as a picture. Its module is loaded when the results first show, not with the page.
 */
import { useEffect, useState } from "react";
import type { CheckResult } from "../../core/types";
import type { Lang, Strings } from "../../strings";
import { useStyles } from "./results.styles";

export function UnitChart(props: { ui: Strings["ui"]; result: CheckResult; lang: Lang }) {
  const { ui, result, lang } = props;
  const s = useStyles();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setSrc(null);
    if (!result.summary.length) return;
    void import(/* webpackChunkName: "unit-chart" */ "../../core/report/chart").then((m) => {
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(m.unitChartsSvg(result.summary, lang))}`);
    });
    return () => {
      live = false;
    };
  }, [result, lang]);
  if (!src) return null;
  return (
    <div className={s.tableWrap}>
      <img src={src} alt={ui.preview.chartAlt} data-testid="unit-chart" className={s.chart} />
    </div>
  );
}
