"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TBarSeries = { key: string; label: string; color: string };

/**
 * Horizontal grouped bars. Values arrive as whole tenge numbers (chart scale only — exact amounts are in the
 * table); labels are formatted by the caller's formatter so the chart reads like the rest of the page.
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
  return (
    <div style={{ width: "100%", height }}>
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" tickFormatter={compact} tick={{ fontSize: 11, fill: "#64748b" }} />
          <YAxis type="category" dataKey={categoryKey} width={190} tick={{ fontSize: 11, fill: "#334155" }} />
          <Tooltip formatter={(value) => `${Number(value).toLocaleString("ru-RU")} ₸`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
