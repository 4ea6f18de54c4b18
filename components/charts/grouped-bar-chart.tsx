"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TBarSeries = { key: string; label: string; color: string };

/**
 * Horizontal grouped bars. Values arrive as whole tenge numbers (chart scale only — exact amounts are in the
 * table); labels are formatted by the caller's formatter so the chart reads like the rest of the page. Colour is
 * never the only cue (WCAG 1.4.1, decision 0175): each series after the first is also hatched differently, in the bars
 * and in the legend alike.
 */
export function GroupedBarChart({
  data,
  series,
  categoryKey,
  units,
  height = 280,
}: {
  data: Record<string, string | number>[];
  series: TBarSeries[];
  categoryKey: string;
  units: { trillion: string; billion: string; million: string };
  height?: number;
}) {
  const compact = (v: number) => {
    const abs = Math.abs(v);
    const one = (x: number) => x.toLocaleString("ru-RU", { maximumFractionDigits: 1 });
    if (abs >= 1e12) return `${one(v / 1e12)} ${units.trillion}`;
    if (abs >= 1e9) return `${one(v / 1e9)} ${units.billion}`;
    if (abs >= 1e6) return `${one(v / 1e6)} ${units.million}`;
    return v.toLocaleString("ru-RU");
  };
  const patternBase = useId().replace(/:/g, "");
  const patternId = (i: number) => `${patternBase}-series-${i}`;
  return (
    <div style={{ width: "100%", height }}>
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <defs>
            {series.map((s, i) => (
              <SeriesPattern key={s.key} id={patternId(i)} index={i} color={s.color} />
            ))}
          </defs>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" tickFormatter={compact} tick={{ fontSize: 11, fill: "#64748b" }} />
          <YAxis type="category" dataKey={categoryKey} width={190} tick={{ fontSize: 11, fill: "#334155" }} />
          <Tooltip formatter={(value) => `${Number(value).toLocaleString("ru-RU")} ₸`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={`url(#${patternId(i)})`} stroke={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The n-th series' fill: solid, then diagonal lines, then a cross-hatch, then dots (and round again), in its colour. */
function SeriesPattern({ id, index, color }: { id: string; index: number; color: string }) {
  const kind = index % 4;
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform={kind === 1 || kind === 2 ? "rotate(45)" : undefined}>
      <rect width={6} height={6} fill={kind === 0 ? color : "#ffffff"} />
      {kind === 1 || kind === 2 ? <rect width={3} height={6} fill={color} /> : null}
      {kind === 2 ? <rect width={6} height={2} fill={color} /> : null}
      {kind === 3 ? <circle cx={3} cy={3} r={1.6} fill={color} /> : null}
    </pattern>
  );
}
