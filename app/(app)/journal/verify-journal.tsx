"use client";

import { useCallback, useEffect, useState } from "react";
import { useLocale, useT } from "@/components/i18n-provider";
import { formatQuantity } from "@/lib/quantity";
import { formatDateTime } from "@/lib/dates";

type TResult = { done: true; verifiedAt?: string; checked: number; chains: number; heads: { chain: number; seq: string; hash: string }[]; firstBroken: { chain: number; seq: string; reason: string } | null; error?: boolean };

/**
 * Runs the server's full re-check of the journal (or joins the one running, or gets the one just made: decision
 * 0061) and shows its progress while it reads, then the result and its moment.
 */
export function VerifyJournal({ total, reuseSeconds }: { total: number; reuseSeconds: number }) {
  const t = useT();
  const locale = useLocale();
  const [checked, setChecked] = useState(0);
  // The check starts as soon as the page opens.
  const [running, setRunning] = useState(true);
  const [result, setResult] = useState<TResult | null>(null);
  const run = useCallback(async (isFirst = false) => {
    if (!isFirst) {
      setRunning(true);
      setResult(null);
      setChecked(0);
    }
    try {
      const response = await fetch("/journal/verify", { cache: "no-store" });
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines) {
          if (!line.trim()) continue;
          const message = JSON.parse(line);
          if (message.done) setResult(message);
          else setChecked(message.checked);
        }
      }
    } catch {
      setResult({ done: true, checked: 0, chains: 0, heads: [], firstBroken: null, error: true });
    } finally {
      setRunning(false);
    }
  }, []);
  useEffect(() => {
    const started = setTimeout(() => void run(true), 0);
    return () => clearTimeout(started);
  }, [run]);
  const share = total > 0 ? Math.min(100, Math.round((checked / total) * 100)) : 0;
  return (
    <section aria-labelledby="verify-title" className="card space-y-3 p-5">
      <div className="flex items-center justify-between gap-3">
        <h2 id="verify-title" className="text-lg font-semibold text-slate-900">
          {t("journal.verifyTitle")}
        </h2>
        <button type="button" className="btn-secondary" onClick={() => void run()} disabled={running}>
          {running ? t("journal.verifying") : t("journal.verifyAgain")}
        </button>
      </div>
      {running ? (
        <div role="status" aria-live="polite" className="space-y-1">
          <div className="h-2 overflow-hidden rounded bg-slate-100">
            <div className="h-2 bg-brand-600 transition-all" style={{ width: `${share}%` }} />
          </div>
          <p className="text-sm text-slate-600">{t("journal.progress", { checked: formatQuantity(checked, locale, undefined, 0), total })}</p>
        </div>
      ) : null}
      {result ? (
        result.error ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {t("journal.failed")}
          </p>
        ) : result.firstBroken ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {t("journal.broken", { chain: result.firstBroken.chain, seq: result.firstBroken.seq, reason: result.firstBroken.reason, checked: result.checked })}
          </p>
        ) : (
          <div role="status" className="space-y-2">
            <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">{t("journal.intact", { checked: result.checked, chains: result.chains })}</p>
            <details className="text-sm">
              <summary className="cursor-pointer text-slate-700">{t("journal.heads")}</summary>
              <ul className="mt-2 space-y-1 font-mono text-xs text-slate-700">
                {result.heads.map((h) => (
                  <li key={h.chain}>
                    {t("journal.head", { chain: h.chain, seq: h.seq })} {h.hash}
                  </li>
                ))}
              </ul>
            </details>
          </div>
        )
      ) : null}
      {result?.verifiedAt ? <p className="text-sm text-slate-700">{t("journalCheck.checkedAt", { time: formatDateTime(new Date(result.verifiedAt)) })}</p> : null}
      <p className="text-xs text-slate-500">{t("journalCheck.shared", { seconds: reuseSeconds })}</p>
    </section>
  );
}
