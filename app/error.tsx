"use client";

import { useT } from "@/components/i18n-provider";

// Unexpected errors: the digest is the reference the server logged with the details.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT();
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center" role="alert">
      <h1 className="text-2xl font-semibold">{t("errors.title")}</h1>
      <p className="mt-3 text-slate-600">{t("errors.generic", { ref: error.digest ?? "—" })}</p>
      <button type="button" className="btn-primary mt-8" onClick={reset}>
        {t("errors.retry")}
      </button>
    </main>
  );
}
