"use client";

import { useCallback, useEffect, useState, type FormEvent } from "react";
import { useLocale, useT } from "@/components/i18n-provider";
import { QrCode } from "@/components/meals/qr-code";
import { formatDate, formatTime } from "@/lib/dates";
import { localizedName, translate } from "@/lib/i18n";

// The parent's page (decision 0195): the secret comes from the URL's fragment (`/meals#<secret>`) or the code form,
// and goes to the server only in POST bodies. The QR is polled once a slice (30 s), just after the server's slice
// changes; the countdown follows the server's clock, not the phone's.

type TMeal = { mealId: string; day: string; mealType: "breakfast" | "lunch"; servedAt: string; school: { name: string; nameRu: string | null }; canteen: string; dispute: "open" | "upheld" | "dismissed" | null };
type TView = { token: string; status: "active" | "suspended" | "revoked"; changesAt: string; serverNow: string; meals: TMeal[]; total: number; page: number; pageSize: number };
type TState = { kind: "form" } | { kind: "loading" } | { kind: "not-found"; message: string } | { kind: "view"; view: TView; offsetMs: number; offline: boolean };

const SECRET = /^[A-Za-z0-9_-]{16,64}$/;
const secretOfHash = () => decodeURIComponent(window.location.hash.replace(/^#/, "")).trim();
const post = (url: string, body: unknown) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), cache: "no-store", referrerPolicy: "no-referrer" });

export function VoucherPage() {
  const t = useT();
  const locale = useLocale();
  const [secret, setSecret] = useState<string | null>(null);
  const [state, setState] = useState<TState>({ kind: "loading" });
  const [page, setPage] = useState(1);

  useEffect(() => {
    const read = () => {
      const s = secretOfHash();
      setSecret(s || null);
      setPage(1);
      setState(s ? { kind: "loading" } : { kind: "form" });
    };
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);

  const load = useCallback(async (s: string, p: number): Promise<number | null> => {
    let response: Response;
    try {
      response = await post("/meals/voucher", { secret: s, page: p });
    } catch {
      setState((prev) => (prev.kind === "view" ? { ...prev, offline: true } : { kind: "not-found", message: translate(locale, "mealsCanteen.parent.offline") }));
      return 5_000;
    }
    const body = (await response.json().catch(() => null)) as (TView & { message?: string }) | null;
    if (!response.ok || !body) {
      setState({ kind: "not-found", message: body?.message ?? translate(locale, "mealsCanteen.parent.malformed") });
      return null;
    }
    const offsetMs = Date.parse(body.serverNow) - Date.now();
    setState({ kind: "view", view: body, offsetMs, offline: false });
    // The next slice's token, fetched just after the server's slice changes.
    return Math.max(1_000, Date.parse(body.changesAt) - Date.parse(body.serverNow) + 300);
  }, [locale]);

  useEffect(() => {
    if (!secret) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const tick = async () => {
      const next = await load(secret, page);
      if (!stopped && next !== null) timer = setTimeout(tick, next);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [secret, page, load]);

  if (state.kind === "form" || (state.kind === "not-found" && !secret)) return <CodeForm />;
  if (state.kind === "loading") return <p className="text-sm text-slate-600">{t("mealsCanteen.parent.loading")}</p>;
  if (state.kind === "not-found") {
    return (
      <>
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {state.message}
        </p>
        <CodeForm />
      </>
    );
  }
  return <Voucher secret={secret!} view={state.view} offsetMs={state.offsetMs} offline={state.offline} onPage={setPage} />;
}

function CodeForm() {
  const t = useT();
  const [code, setCode] = useState("");
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = code.trim();
    if (!SECRET.test(value)) return setInvalid(true);
    // Into the fragment: the code never becomes part of a request line.
    window.location.hash = value;
  };
  return (
    <form onSubmit={submit} aria-labelledby="voucher-code-title" className="card space-y-3 p-4" noValidate>
      <h1 id="voucher-code-title" className="text-lg font-semibold text-slate-900">
        {t("mealsCanteen.parent.codeTitle")}
      </h1>
      <p className="text-sm text-slate-600">{t("mealsCanteen.parent.codeIntro")}</p>
      <label className="block text-sm font-medium text-slate-800" htmlFor="voucher-code">
        {t("mealsCanteen.parent.codeLabel")}
      </label>
      <input
        id="voucher-code"
        className="input w-full font-mono"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        value={code}
        onChange={(e) => {
          setCode(e.target.value);
          setInvalid(false);
        }}
        aria-invalid={invalid || undefined}
        aria-describedby="voucher-code-hint"
      />
      <p id="voucher-code-hint" className={`text-xs ${invalid ? "text-red-700" : "text-slate-500"}`}>
        {t("mealsCanteen.parent.codeHint")}
      </p>
      <button type="submit" className="btn-primary w-full">
        {t("mealsCanteen.parent.open")}
      </button>
    </form>
  );
}

function useSecondsLeft(changesAt: string, offsetMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  // Between a new token and the next tick `now` may lag a second: never more than a slice.
  return Math.min(30, Math.max(0, Math.ceil((Date.parse(changesAt) - (now + offsetMs)) / 1000)));
}

function Voucher({ secret, view, offsetMs, offline, onPage }: { secret: string; view: TView; offsetMs: number; offline: boolean; onPage: (page: number) => void }) {
  const t = useT();
  const seconds = useSecondsLeft(view.changesAt, offsetMs);
  const pages = Math.max(1, Math.ceil(view.total / view.pageSize));
  return (
    <div className="space-y-6">
      <section aria-labelledby="voucher-title" className="card space-y-3 p-4">
        <h1 id="voucher-title" className="text-lg font-semibold text-slate-900">
          {t("mealsCanteen.parent.title")}
        </h1>
        {view.status === "active" ? (
          <>
            <p className="text-sm text-slate-600">{t("mealsCanteen.parent.intro")}</p>
            <div className="mx-auto max-w-[18rem]">
              <QrCode text={view.token} label={t("mealsCanteen.parent.qrLabel")} />
            </div>
            <p className="text-center text-base font-medium text-slate-900" aria-live="off" data-testid="meal-countdown">
              {t("mealsCanteen.parent.changesIn", { seconds })}
            </p>
            {offline ? (
              <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
                {t("mealsCanteen.parent.offline")}
              </p>
            ) : null}
            <p className="text-xs text-slate-600">{t("mealsCanteen.parent.tokenText")}</p>
            <p className="break-all rounded bg-slate-100 p-2 text-center font-mono text-sm text-slate-900" data-testid="meal-token">
              {view.token}
            </p>
          </>
        ) : (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            {t("mealsCanteen.parent.inactive", { status: t(`meals.voucherStatus.${view.status}`) })}
          </p>
        )}
      </section>
      <Meals secret={secret} view={view} />
      {pages > 1 ? (
        <nav className="flex flex-wrap justify-between gap-2">
          {view.page > 1 ? (
            <button type="button" className="btn-secondary" onClick={() => onPage(view.page - 1)}>
              {t("mealsCanteen.parent.newer")}
            </button>
          ) : (
            <span />
          )}
          {view.page < pages ? (
            <button type="button" className="btn-secondary" onClick={() => onPage(view.page + 1)}>
              {t("mealsCanteen.parent.older")}
            </button>
          ) : null}
        </nav>
      ) : null}
      <button
        type="button"
        className="btn-secondary w-full"
        onClick={() => {
          // Leaves no secret behind in this tab's address bar.
          window.history.replaceState(null, "", window.location.pathname);
          window.dispatchEvent(new HashChangeEvent("hashchange"));
        }}
      >
        {t("mealsCanteen.parent.close")}
      </button>
    </div>
  );
}

function Meals({ secret, view }: { secret: string; view: TView }) {
  const t = useT();
  const locale = useLocale();
  const [disputed, setDisputed] = useState<Record<string, NonNullable<TMeal["dispute"]>>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const markAbsent = async (mealId: string) => {
    try {
      const response = await post("/meals/dispute", { secret, mealId });
      const body = (await response.json().catch(() => null)) as { dispute?: NonNullable<TMeal["dispute"]>; message?: string } | null;
      if (response.ok && body?.dispute) setDisputed((d) => ({ ...d, [mealId]: body.dispute! }));
      setMessage({ ok: response.ok, text: body?.message ?? t("mealsCanteen.parent.malformed") });
    } catch {
      setMessage({ ok: false, text: t("mealsCanteen.parent.offline") });
    }
  };
  return (
    <section aria-labelledby="voucher-meals" className="space-y-3">
      <h2 id="voucher-meals" className="text-base font-semibold text-slate-900">
        {t("mealsCanteen.parent.mealsTitle")}
      </h2>
      <p className="text-sm text-slate-600">{t("mealsCanteen.parent.mealsIntro")}</p>
      {message ? (
        <p role="status" className={`rounded border p-2 text-sm ${message.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-800"}`}>
          {message.text}
        </p>
      ) : null}
      {view.meals.length === 0 ? <p className="text-sm text-slate-600">{t("mealsCanteen.parent.mealsEmpty")}</p> : <p className="text-xs text-slate-500">{t("mealsCanteen.parent.mealsTotal", { count: view.total })}</p>}
      <ul className="space-y-2" aria-label={t("mealsCanteen.parent.mealsTitle")}>
        {view.meals.map((m) => {
          const status = disputed[m.mealId] ?? m.dispute;
          const mealType = t(`meals.mealTypes.${m.mealType}`);
          const day = formatDate(new Date(`${m.day}T00:00:00Z`));
          return (
            <li key={m.mealId} className="card space-y-1 p-3 text-sm" data-testid="voucher-meal">
              <p className="font-medium text-slate-900">{t("mealsCanteen.parent.servedAt", { mealType, day, time: formatTime(new Date(m.servedAt)) })}</p>
              <p className="text-slate-600">{t("mealsCanteen.parent.where", { school: localizedName(locale, m.school.name, m.school.nameRu), canteen: m.canteen })}</p>
              {status ? (
                <p className="text-amber-800">{t(`meals.disputeStatus.${status}`)}</p>
              ) : (
                <button type="button" className="btn-secondary mt-1" aria-label={t("mealsCanteen.parent.absentLabel", { mealType, day })} onClick={() => void markAbsent(m.mealId)}>
                  {t("mealsCanteen.parent.absent")}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
