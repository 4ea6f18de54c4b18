"use client";

import { useEffect, useState } from "react";
import { useSearchParams } from "next/navigation";
import { FEEDBACK_PARAM, feedbackMessageKey, isFeedbackKey, type TFeedbackKey } from "@/lib/actions/feedback";
import type { TMessageKey } from "@/lib/i18n";
import { useT } from "./i18n-provider";

/**
 * The message an action left for the page it continued on (`?done=<key>`, lib/actions/feedback.ts): shown as a
 * status (announced by screen readers) until closed, only while there is one (a page's own statuses stay the only
 * ones otherwise); the
 * parameter leaves the address at once, so reloading or sharing the page does not repeat it.
 */
export function Flash() {
  const t = useT();
  const params = useSearchParams();
  const done = params?.get(FEEDBACK_PARAM) ?? null;
  const [shown, setShown] = useState<TFeedbackKey | null>(null);
  // A new `done` shows its message (state adjusted while rendering: taking it out of the address keeps it shown).
  const [seen, setSeen] = useState<string | null>(null);
  if (done !== seen) {
    setSeen(done);
    if (isFeedbackKey(done)) setShown(done);
  }
  useEffect(() => {
    if (!isFeedbackKey(done)) return;
    const url = new URL(window.location.href);
    url.searchParams.delete(FEEDBACK_PARAM);
    window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
  }, [done]);
  if (!shown) return null;
  return (
    <div className="mx-auto w-full max-w-7xl px-4">
      <p role="status" data-testid="flash" className="mt-4 flex items-start justify-between gap-3 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
        <span>{t(feedbackMessageKey(shown) as TMessageKey)}</span>
        <button type="button" className="shrink-0 text-brand-700 hover:underline" onClick={() => setShown(null)}>
          {t("notifications.feedback.dismiss")}
        </button>
      </p>
    </div>
  );
}
