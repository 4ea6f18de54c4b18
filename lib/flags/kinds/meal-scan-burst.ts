import type { TFlagConfig } from "../config";
import { clamp, type TVerdict } from "../decide";
import { defineKind, found } from "./kind";
import { capped, mealRows } from "./meal-common";

/** One device's scans of one Almaty day in scan-time order: meals (`code` null) and refused scans (their code). */
export type TDeviceDay = { device_id: string; day: string; times: number[]; codes: (string | null)[]; ids: string[]; operator_id: number | null; school_id: number | null };

/** The densest run of scans: more than `minScans` within `minScans × secondsPerScan` seconds, by the scans' own times. */
export function densestWindow(times: readonly number[], c: TFlagConfig["mealScanBurst"]): { from: number; to: number } | null {
  const span = c.minScans * c.secondsPerScan * 1000;
  let best: { from: number; to: number } | null = null;
  for (let i = 0, j = 0; j < times.length; j++) {
    while (times[j]! - times[i]! >= span) i++;
    if (j - i + 1 > c.minScans && (!best || j - i > best.to - best.from)) best = { from: i, to: j };
  }
  return best;
}

export function decideScanBurst(d: Pick<TDeviceDay, "times" | "codes">, c: TFlagConfig["mealScanBurst"]): TVerdict<Record<string, unknown>> | null {
  const w = densestWindow(d.times, c);
  if (!w) return null;
  const codes = d.codes.slice(w.from, w.to + 1);
  const scans = codes.length;
  const refused = codes.filter((x) => x != null).length;
  const replayed = codes.filter((x) => x === "MEAL_TOKEN_REPLAYED" || x === "MEAL_ALREADY_SERVED").length;
  const seconds = Math.round((d.times[w.to]! - d.times[w.from]!) / 1000);
  return {
    severity: replayed > 0 || scans >= 2 * c.minScans ? "high" : "medium",
    score: clamp(40 + (scans - c.minScans) * 2 + replayed),
    facts: { scans, seconds, served: scans - refused, refused, replayed, times: [new Date(d.times[w.from]!).toISOString(), new Date(d.times[w.to]!).toISOString()] },
  };
}

// Every scan of the programme's devices — meals and refused scans alike (a replayed photo of a QR is refused, but
// someone pointed the phone at it) — grouped per device and Almaty day. Refused scans count when their device served
// the programme or their voucher is one of its vouchers. Only the device-days that can hold a burst come back
// (decision 0250): more than minScans ($3) scans within less than the span exactly when some scan is less than the
// span after the minScans-th scan before it on that device and day (times sorted, ties in any order give the same
// time at each place), tested in SQL against the span plus a millisecond ($2) so that the rounding of the times in
// JS can only let in more days, never fewer. decideScanBurst then sees the same arrays for those days as before.
export const mealScanBurst = defineKind({
  id: "meal_scan_burst",
  thresholds: "mealScanBurst",
  ocp: [],
  severities: ["medium", "high"],
  facts: ["scans", "seconds", "served", "refused", "replayed", "times"],
  load: mealRows<TDeviceDay>(
    `WITH meals AS (
       SELECT m.id, m.device_id, m.served_at AS at, m.school_id, k.operator_id FROM meal_record m
         JOIN canteen_contract k ON k.id = m.contract_id AND k.programme_id = $1),
     devices AS (SELECT DISTINCT device_id FROM meals),
     scans AS (
       SELECT device_id, at, NULL::text AS code, 'm' || id AS id, school_id, operator_id FROM meals
       UNION ALL
       SELECT r.device_id, r.scanned_at, r.code, 's' || r.id, r.school_id, r.operator_id FROM refused_scan r
        WHERE r.device_id IN (SELECT device_id FROM devices) OR r.voucher_id IN (SELECT v.id FROM meal_voucher v WHERE v.programme_id = $1)),
     dense AS (SELECT device_id, at, lag(at, $3) OVER (PARTITION BY device_id ORDER BY at) AS back FROM scans),
     hot AS (
       SELECT DISTINCT device_id, (at AT TIME ZONE 'Asia/Almaty')::date AS day FROM dense
        WHERE at - back < $2::interval AND (back AT TIME ZONE 'Asia/Almaty')::date = (at AT TIME ZONE 'Asia/Almaty')::date)
     SELECT s.device_id, h.day::text AS day,
            array_agg(extract(epoch FROM s.at) * 1000 ORDER BY s.at, s.id) AS times, array_agg(s.code ORDER BY s.at, s.id) AS codes,
            array_agg(s.id ORDER BY s.at, s.id) AS ids, min(s.operator_id) AS operator_id, min(s.school_id) AS school_id
       FROM scans s JOIN hot h ON h.device_id = s.device_id AND h.day = (s.at AT TIME ZONE 'Asia/Almaty')::date
      GROUP BY s.device_id, h.day`,
    (_colour, config) => [`${config.mealScanBurst.minScans * config.mealScanBurst.secondsPerScan * 1000 + 1} milliseconds`, config.mealScanBurst.minScans],
  ),
  detect: (colour, rows, config) =>
    rows.flatMap((r) => {
      const times = r.times.map(Number);
      const verdict = decideScanBurst({ times, codes: r.codes }, config.mealScanBurst);
      const w = verdict ? densestWindow(times, config.mealScanBurst)! : null;
      const ids = w ? r.ids.slice(w.from, w.to + 1) : [];
      return found(verdict, {
        subjectType: "meal_device",
        subjectId: `colour:${colour.colourId}:device:${r.device_id}:day:${r.day}`,
        companyId: r.operator_id,
        evidence: {
          schools: r.school_id ? [r.school_id] : [],
          companies: r.operator_id ? [r.operator_id] : [],
          meals: capped(ids.filter((i) => i.startsWith("m")).map((i) => i.slice(1))),
          scans: capped(ids.filter((i) => i.startsWith("s")).map((i) => i.slice(1))),
        },
      });
    }),
});
