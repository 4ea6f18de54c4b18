"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { useLocale, useT } from "@/components/i18n-provider";
import { textFromDay } from "@/lib/day-text";
import { translate, type TLocale } from "@/lib/i18n";
import { refusalText } from "@/lib/meals/refusal-text";

// The canteen's phone (decision 0196). A scan gets its client scan id and time here, at the counter; it is sent at
// once, or — with no connection — kept in localStorage and sent later in one batch. The server answers a resent scan
// with its first answer (idempotent per device and scan id), so sending a batch twice counts nothing twice.

type TMealType = "breakfast" | "lunch";
type TSchool = { id: number; name: string; mealTypes: TMealType[] };
type TStoredScan = { clientScanId: string; schoolId: number; mealType: TMealType; token: string; scannedAt: string };
type TResult =
  | { status: "served"; clientScanId: string; day: string; mealType: TMealType; duplicate: boolean }
  | { status: "refused"; clientScanId: string; code: string; params: Record<string, string>; duplicate: boolean };
type TShown = { kind: "result"; result: TResult } | { kind: "kept" } | { kind: "error"; message: string };

const QUEUE_KEY = "aiqyn.canteen.queue";
const DEVICE_KEY = "aiqyn.canteen.device";
const BATCH = 500;

type TBarcodeDetector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type TBarcodeDetectorClass = new (options: { formats: string[] }) => TBarcodeDetector;

function readQueue(): TStoredScan[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(QUEUE_KEY) ?? "[]") as unknown;
    return Array.isArray(parsed) ? (parsed as TStoredScan[]) : [];
  } catch {
    return [];
  }
}
const QUEUE_EVENT = "aiqyn-canteen-queue";
function writeQueue(queue: TStoredScan[]) {
  localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
  window.dispatchEvent(new Event(QUEUE_EVENT));
}
/** The queue as React reads it: this tab's writes and other tabs' (the storage event). */
function subscribeQueue(onChange: () => void) {
  window.addEventListener(QUEUE_EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(QUEUE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}
const noSubscription = () => () => undefined;

/** This phone's name for the server (letters, digits and -, as lib/meals/rules.ts#isDeviceId wants), kept across visits. */
function deviceId(): string {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id || !/^[A-Za-z0-9._:-]{1,64}$/.test(id)) {
    id = `web-${crypto.randomUUID().slice(0, 8)}`;
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

async function sendScans(device: string, scans: TStoredScan[]): Promise<{ ok: true; results: TResult[] } | { ok: false; network: boolean; message: string }> {
  let response: Response;
  try {
    response = await fetch("/canteen/scans", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ device, scans }), cache: "no-store" });
  } catch {
    return { ok: false, network: true, message: "" };
  }
  const body = (await response.json().catch(() => null)) as { results?: TResult[]; message?: string } | null;
  if (response.ok && body?.results) return { ok: true, results: body.results };
  // A 5xx (or a proxy's HTML page) is the server's trouble, not the scan's: kept and sent again later.
  return { ok: false, network: response.status >= 500 || !body, message: body?.message ?? String(response.status) };
}

/** The phone's queue of stored scans: how many wait, and sending them (on load, on reconnecting, every 30 s, by hand). */
function useScanQueue(locale: TLocale) {
  const waiting = useSyncExternalStore(subscribeQueue, () => readQueue().length, () => 0);
  const device = useSyncExternalStore(noSubscription, deviceId, () => "");
  const [note, setNote] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const sending = useRef(false);

  const flush = useCallback(async () => {
    if (sending.current) return;
    const queue = readQueue();
    if (queue.length === 0) return;
    sending.current = true;
    setIsSending(true);
    try {
      const answer = await sendScans(deviceId(), queue.slice(0, BATCH));
      if (!answer.ok) {
        if (!answer.network) setNote(translate(locale, "mealsCanteen.canteen.notAccepted", { message: answer.message }));
        return;
      }
      const done = new Set(answer.results.map((r) => r.clientScanId));
      // Scans stored meanwhile stay queued; only the ones answered leave.
      writeQueue(readQueue().filter((s) => !done.has(s.clientScanId)));
      const served = answer.results.filter((r) => r.status === "served").length;
      setNote(translate(locale, "mealsCanteen.canteen.sent", { count: answer.results.length, served, refused: answer.results.length - served }));
    } finally {
      sending.current = false;
      setIsSending(false);
    }
  }, [locale]);

  useEffect(() => {
    // Whatever an earlier visit left stored goes out first (after this render), then on reconnecting and every 30 s.
    const first = setTimeout(() => void flush(), 0);
    const online = () => void flush();
    window.addEventListener("online", online);
    const retry = setInterval(() => void flush(), 30_000);
    return () => {
      window.removeEventListener("online", online);
      clearInterval(retry);
      clearTimeout(first);
    };
  }, [flush]);

  return { waiting, device, note, isSending, flush };
}

export function CanteenScanner({ schools }: { schools: TSchool[] }) {
  const t = useT();
  const locale = useLocale();
  const [schoolId, setSchoolId] = useState(schools[0]!.id);
  const school = schools.find((s) => s.id === schoolId) ?? schools[0]!;
  const [mealType, setMealType] = useState<TMealType>(school.mealTypes[0] ?? "lunch");
  const [token, setToken] = useState("");
  const [shown, setShown] = useState<TShown | null>(null);
  const queue = useScanQueue(locale);

  const record = useCallback(
    async (raw: string) => {
      const value = raw.trim();
      if (!value) return;
      const scan: TStoredScan = { clientScanId: crypto.randomUUID(), schoolId, mealType, token: value, scannedAt: new Date().toISOString() };
      const keep = () => {
        writeQueue([...readQueue(), scan]);
        setShown({ kind: "kept" });
      };
      if (typeof navigator !== "undefined" && navigator.onLine === false) return keep();
      const answer = await sendScans(deviceId(), [scan]);
      if (answer.ok && answer.results[0]) setShown({ kind: "result", result: answer.results[0] });
      else if (!answer.ok && answer.network) keep();
      else setShown({ kind: "error", message: translate(locale, "mealsCanteen.canteen.notAccepted", { message: answer.ok ? "" : answer.message }) });
    },
    [schoolId, mealType, locale],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = token;
    setToken("");
    await record(value);
  };

  return (
    <div className="mx-auto max-w-xl space-y-4">
      <div className="card grid gap-3 p-4 sm:grid-cols-2">
        <label className="block text-sm font-medium text-slate-800">
          {t("mealsCanteen.canteen.school")}
          <select
            className="input mt-1 w-full"
            value={schoolId}
            onChange={(e) => {
              const next = schools.find((s) => s.id === Number(e.target.value)) ?? schools[0]!;
              setSchoolId(next.id);
              if (!next.mealTypes.includes(mealType)) setMealType(next.mealTypes[0] ?? "lunch");
            }}
          >
            {schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium text-slate-800">
          {t("mealsCanteen.canteen.mealType")}
          <select className="input mt-1 w-full" value={mealType} onChange={(e) => setMealType(e.target.value as TMealType)}>
            {school.mealTypes.map((m) => (
              <option key={m} value={m}>
                {t(`meals.mealTypes.${m}`)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <Camera onCode={record} />

      <form onSubmit={(e) => void submit(e)} aria-label={t("mealsCanteen.canteen.submit")} className="card space-y-2 p-4">
        <label htmlFor="meal-token" className="block text-sm font-medium text-slate-800">
          {t("mealsCanteen.canteen.tokenLabel")}
        </label>
        <input id="meal-token" className="input w-full font-mono" autoComplete="off" autoCapitalize="off" spellCheck={false} value={token} onChange={(e) => setToken(e.target.value)} aria-describedby="meal-token-hint" />
        <p id="meal-token-hint" className="text-xs text-slate-500">
          {t("mealsCanteen.canteen.tokenHint")}
        </p>
        <button type="submit" className="btn-primary w-full py-3 text-base">
          {t("mealsCanteen.canteen.submit")}
        </button>
      </form>

      <ScanOutcome shown={shown} schools={schools} />
      <QueuePanel {...queue} />
    </div>
  );
}

function QueuePanel({ waiting, device, note, isSending, flush }: ReturnType<typeof useScanQueue>) {
  const t = useT();
  return (
    <div className="card flex flex-wrap items-center justify-between gap-2 p-3 text-sm" aria-live="polite">
      <span data-testid="scans-waiting">{t("mealsCanteen.canteen.waiting", { count: waiting })}</span>
      {waiting > 0 ? (
        <button type="button" className="btn-secondary" onClick={() => void flush()} disabled={isSending}>
          {isSending ? t("mealsCanteen.canteen.sending") : t("mealsCanteen.canteen.sendNow")}
        </button>
      ) : null}
      {note ? <p className="w-full text-slate-700">{note}</p> : null}
      {device ? <p className="w-full text-xs text-slate-500">{t("mealsCanteen.canteen.device", { device })}</p> : null}
    </div>
  );
}

/** The big answer at the counter: green "served" or red "refused" with the reason from the catalogue. */
function ScanOutcome({ shown, schools }: { shown: TShown | null; schools: TSchool[] }) {
  const t = useT();
  if (!shown) return <div role="status" aria-live="assertive" />;
  let tone = "border-amber-400 bg-amber-50 text-amber-900";
  let title: string | null = null;
  let detail: string;
  if (shown.kind === "kept") detail = t("mealsCanteen.canteen.kept");
  else if (shown.kind === "error") detail = shown.message;
  else if (shown.result.status === "served") {
    tone = "border-green-600 bg-green-600 text-white";
    title = t("mealsCanteen.canteen.served");
    detail = t("meals.scan.served", { mealType: t(`meals.mealTypes.${shown.result.mealType}`), day: textFromDay(shown.result.day) });
  } else {
    tone = "border-red-700 bg-red-600 text-white";
    title = t("mealsCanteen.canteen.refused");
    detail = refusalText(t, shown.result.code, shown.result.params, (id) => schools.find((s) => String(s.id) === id)?.name);
  }
  return (
    <div role="status" aria-live="assertive" className={`rounded-lg border-2 p-5 text-center ${tone}`} data-testid="scan-outcome">
      {title ? <p className="text-3xl font-bold">{title}</p> : null}
      <p className="mt-1 text-base">{detail}</p>
      {shown.kind === "result" && shown.result.duplicate ? <p className="mt-1 text-sm">{t("mealsCanteen.canteen.duplicate")}</p> : null}
    </div>
  );
}

/** The camera, where the browser reads QR codes itself (BarcodeDetector); elsewhere the typed code is the way. */
function Camera({ onCode }: { onCode: (code: string) => Promise<void> }) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const isSupported = useSyncExternalStore(noSubscription, () => "BarcodeDetector" in window && !!navigator.mediaDevices?.getUserMedia, () => null);
  const [isOn, setIsOn] = useState(false);
  const [failed, setFailed] = useState(false);
  const last = useRef<{ code: string; at: number } | null>(null);

  const stop = useCallback(() => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    setIsOn(false);
  }, []);

  useEffect(() => {
    if (!isOn) return;
    const Detector = (window as unknown as { BarcodeDetector: TBarcodeDetectorClass }).BarcodeDetector;
    const detector = new Detector({ formats: ["qr_code"] });
    let busy = false;
    const id = setInterval(async () => {
      if (busy || !video.current || video.current.readyState < 2) return;
      busy = true;
      try {
        const [code] = await detector.detect(video.current);
        const now = Date.now();
        // The same code held in front of the camera is one scan, not one every quarter second.
        if (code?.rawValue && !(last.current?.code === code.rawValue && now - last.current.at < 60_000)) {
          last.current = { code: code.rawValue, at: now };
          await onCode(code.rawValue);
        }
      } catch {
        // A frame the detector could not read: the next one will do.
      } finally {
        busy = false;
      }
    }, 250);
    return () => clearInterval(id);
  }, [isOn, onCode]);

  useEffect(() => stop, [stop]);

  const start = async () => {
    setFailed(false);
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      if (video.current) {
        video.current.srcObject = stream.current;
        await video.current.play();
      }
      setIsOn(true);
    } catch {
      stop();
      setFailed(true);
    }
  };

  if (isSupported === null) return null;
  if (!isSupported) return <p className="text-sm text-slate-600">{t("mealsCanteen.canteen.noCamera")}</p>;
  return (
    <div className="card space-y-2 p-4">
      <video ref={video} muted playsInline aria-label={t("mealsCanteen.canteen.cameraVideo")} className={isOn ? "aspect-square w-full rounded bg-black object-cover" : "hidden"} />
      <button type="button" className={isOn ? "btn-secondary w-full" : "btn-primary w-full py-3 text-base"} onClick={() => (isOn ? stop() : void start())}>
        {isOn ? t("mealsCanteen.canteen.stopCamera") : t("mealsCanteen.canteen.camera")}
      </button>
      {failed ? <p className="text-sm text-red-700">{t("mealsCanteen.canteen.cameraFailed")}</p> : null}
    </div>
  );
}
