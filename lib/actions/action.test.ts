import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { TActor } from "../actor";
import { DomainError, ForbiddenError } from "../errors";
import { translate, translator } from "../i18n";

// The pipeline's steps in order, with Next and the session replaced: authorize → parse → run → revalidate → redirect,
// and every failure through the registry. lib/actions/action-errors.test.ts covers each kind of failure's wording.
const calls: string[] = [];
const actor = { userId: 1, role: "official" } as TActor;

vi.mock("next/cache", () => ({ revalidatePath: (path: string, type?: string) => calls.push(`revalidate ${path}${type ? ` ${type}` : ""}`) }));
vi.mock("next/navigation", () => {
  class Redirect extends Error {
    constructor(public readonly path: string) {
      super("NEXT_REDIRECT");
    }
  }
  return {
    redirect: (path: string) => {
      calls.push(`redirect ${path}`);
      throw new Redirect(path);
    },
    unstable_rethrow: (error: unknown) => {
      if (error instanceof Redirect) throw error;
    },
  };
});
const session = vi.hoisted(() => ({ role: "official" as string | null }));
vi.mock("../auth", () => ({
  authorize: async (...roles: string[]) => {
    calls.push(`authorize ${roles.join(",")}`);
    if (!session.role || !roles.includes(session.role)) throw new ForbiddenError();
    return actor;
  },
  getCurrentSession: async () => {
    calls.push("session");
    return session.role ? { actor, sessionId: "s1" } : null;
  },
}));
vi.mock("../i18n/server", () => ({ getT: async () => ({ locale: "en", t: translator("en") }) }));

const { defineAction, defineFormAction, redirectTo } = await import("./action");

function form(entries: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
}

const ZNote = z.object({ id: z.coerce.number().int().positive({ message: "invalidChoice" }), text: z.string().min(3, { message: "tooShort:3" }) });

const noteAction = defineAction({
  name: "noteAction",
  roles: ["official"],
  values: ["id", "text"],
  schema: ZNote,
  run: async ({ input }) => {
    calls.push(`run ${input.id} ${input.text}`);
    if (input.text === "refuse") throw new DomainError("REASON_REQUIRED");
    if (input.text === "crash") throw new Error("connection reset");
    if (input.text === "go on") return redirectTo(`/notes/${input.id}`);
    return { ok: true, message: "Saved." };
  },
  revalidate: (input) => [`/notes/${input.id}`, ["/notes", "layout"]],
  errors: { fields: { REASON_REQUIRED: "text" } },
});

describe("defineAction", () => {
  beforeEach(() => {
    calls.length = 0;
    session.role = "official";
  });

  it("authorizes, parses, runs, then revalidates, and answers the use case's state", async () => {
    expect(await noteAction({}, form({ id: "4", text: "hello" }))).toEqual({ ok: true, message: "Saved." });
    expect(calls).toEqual(["authorize official", "run 4 hello", "revalidate /notes/4", "revalidate /notes layout"]);
  });

  it("revalidates before it redirects, outside the error mapping", async () => {
    await expect(noteAction({}, form({ id: "4", text: "go on" }))).rejects.toThrow("NEXT_REDIRECT");
    expect(calls).toEqual(["authorize official", "run 4 go on", "revalidate /notes/4", "revalidate /notes layout", "redirect /notes/4"]);
  });

  it("refuses a role before reading the form: nothing runs, nothing is revalidated", async () => {
    session.role = "contractor";
    expect(await noteAction({}, form({ id: "x", text: "" }))).toEqual({ ok: false, message: translate("en", "errors.codes.FORBIDDEN"), values: { id: "x", text: "" } });
    expect(calls).toEqual(["authorize official"]);
  });

  it("answers a malformed form per field, with the values typed, and runs nothing", async () => {
    expect(await noteAction({}, form({ id: "0", text: "ab" }))).toEqual({
      ok: false,
      message: translate("en", "errors.fixFields"),
      fieldErrors: { id: translate("en", "errors.fields.invalidChoice"), text: translate("en", "errors.fields.tooShort", { min: "3" }) },
      values: { id: "0", text: "ab" },
    });
    expect(calls).toEqual(["authorize official"]);
  });

  it("maps a domain error through the registry, beside its field; nothing is revalidated", async () => {
    const message = translate("en", "errors.codes.REASON_REQUIRED");
    expect(await noteAction({}, form({ id: "4", text: "refuse" }))).toEqual({ ok: false, message, fieldErrors: { text: message }, values: { id: "4", text: "refuse" } });
    expect(calls).toEqual(["authorize official", "run 4 refuse"]);
  });

  it("answers an unexpected error with the generic sentence and a reference, never a throw (no 500)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const state = await noteAction({}, form({ id: "4", text: "crash" }));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/^An unexpected error occurred\. Nothing was changed\. Reference: [0-9A-F]{8}$/);
    expect(state.message).not.toContain("connection reset");
  });

  it("does not revalidate when the action itself refuses (ok: false)", async () => {
    const own = defineAction({ name: "own", roles: ["official"], run: async () => ({ ok: false, message: "No." }), revalidate: ["/x"] });
    expect(await own({}, form({}))).toEqual({ ok: false, message: "No." });
    expect(calls).toEqual(["authorize official"]);
  });

  it("lets the action add to a failure (onError), and open actions call no authorize()", async () => {
    const open = defineAction({
      name: "open",
      roles: "anyone",
      run: async () => {
        throw new DomainError("REASON_REQUIRED");
      },
      errors: { onError: (_e, state) => ({ ...state, message: `${state.message}!` }) },
    });
    expect((await open({}, form({}))).message).toBe(`${translate("en", "errors.codes.REASON_REQUIRED")}!`);
    expect(calls).toEqual([]);
  });

  it("lets an account holder in by the session (setup pending or not), and refuses without one", async () => {
    const mine = defineAction({ name: "mine", roles: "account-holder", run: async ({ sessionId }) => ({ ok: true, message: sessionId ?? "" }) });
    expect(await mine({}, form({}))).toEqual({ ok: true, message: "s1" });
    session.role = null;
    expect((await mine({}, form({}))).message).toBe(translate("en", "errors.codes.FORBIDDEN"));
  });
});

describe("defineFormAction", () => {
  beforeEach(() => {
    calls.length = 0;
    session.role = "official";
  });

  it("runs the same steps and redirects; a refusal is thrown (the page's error boundary answers)", async () => {
    const end = defineFormAction({ name: "end", roles: ["official"], read: (_v, f) => ({ to: String(f.get("to")) }), run: async ({ input }) => redirectTo(`/done/${input.to}`), revalidate: ["/list"] });
    await expect(end(form({ to: "a" }))).rejects.toThrow("NEXT_REDIRECT");
    expect(calls).toEqual(["authorize official", "revalidate /list", "redirect /done/a"]);
    session.role = "admin";
    await expect(end(form({ to: "a" }))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("accepts being called without a form (a bare button)", async () => {
    const bare = defineFormAction({ name: "bare", roles: "anyone", run: async ({ values }) => void calls.push(`run ${JSON.stringify(values)}`) });
    await bare();
    expect(calls).toEqual(["run {}"]);
  });
});
