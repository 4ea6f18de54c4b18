// Malformed input, generated (issue 13, finding 8): every page and route handler with an [id] gets every
// malformed id, every list page and download gets repeated and malformed query parameters, and every field
// of every server-action form the crawl finds gets every malformed value, as each role. The answer is a
// 404/400 or the form's own message: never a 500, never "An unexpected error occurred", and a refused
// submission writes nothing. The values live in lib/http/malformed-values.ts.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { prisma } from "../lib/db";
import { MALFORMED_VALUES } from "../lib/http/malformed-values";
import { openCase } from "../lib/cases/manage-case";
import { actorOf } from "../lib/users/load-actor";
import { concreteInvoice } from "../tests/support/ledger-fixtures";
import { makeContractorWorld, makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

const GENERIC = "An unexpected error occurred";
const ROLES = ["official", "contractor", "investigator", "admin"] as const;
type TRole = (typeof ROLES)[number];

// A URL carries at most a few kilobytes: the 100 000-character value is cut for paths and query strings.
const urlValue = (value: string, max = 2000) => encodeURIComponent(value.slice(0, max));
// A status answered by Node's HTTP parser before the app (a request line or headers too long) is no crash either.
// A POST-only route handler (the canteen's scans, the parent's voucher routes) answers a GET with 405.
const QUERY_ANSWERS = [200, 303, 307, 308, 400, 404, 405, 414, 431];

/** The app's pages and route handlers, read from the file system, as URL patterns ("/projects/[id]/estimate"). */
function routes(file: "page.tsx" | "route.ts"): string[] {
  const root = path.resolve("app");
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((f) => path.basename(f) === file)
    .map((f) => "/" + path.dirname(f).split(path.sep).filter((s) => !/^\(.*\)$/.test(s) && s !== ".").join("/"))
    .filter((r) => !r.startsWith("/api/auth"))
    .sort();
}

const PAGES = routes("page.tsx");
const ROUTE_HANDLERS = routes("route.ts");
const DYNAMIC = [...PAGES, ...ROUTE_HANDLERS].filter((r) => r.includes("["));

type TWorld = Awaited<ReturnType<typeof makeWorld>>;

// The crawls are long and independent: each test (and each part of a crawl) may run in its own worker, which signs
// in on a world of its own (beforeAll runs once per worker), so that the file is not the run's long tail.
test.describe.configure({ mode: "parallel" });
/** The long crawls are cut into this many parts, taken by whichever workers are free. */
const CRAWL_PARTS = 3;
const partOf = <T>(list: readonly T[], part: number) => list.filter((_, i) => i % CRAWL_PARTS === part);

/** One project with its colour, contracts, invoices and a case, and a user of each role who can see them. */
async function makeWorld() {
  const w = await makeContractorWorld();
  const token = `mal${Date.now().toString(36)}`;
  const investigator = await makeUser("investigator", { name: `Investigator ${token}` });
  const admin = await makeUser("admin", { name: `Admin ${token}` });
  const invoice = await concreteInvoice(w);
  const incoming = await concreteInvoice(w, { sub: true });
  const user = await prisma().user.findUniqueOrThrow({ where: { id: investigator.id }, include: { organization: true } });
  const opened = await openCase({ actor: actorOf(user), input: { title: `Case ${token}`, summary: "" } });
  const users: Record<TRole, { id: number; email: string }> = { official: w.users.official, contractor: w.users.general, investigator, admin };
  // A real id for each [param] of each route, so that a crawl reaches the forms; the admin sees only this world's users.
  const fill: Record<string, string> = {
    "/projects/[id]": String(w.project.id),
    "/projects/[id]/estimate/[itemId]": String(w.items[0]!.id),
    "/contracts/[id]": String(w.contract.id),
    "/contractors/[id]": String(w.general.id),
    "/company/contracts/[id]": String(w.contract.id),
    "/company/invoices/[id]": String(incoming.id),
    "/invoices/[id]": String(invoice.id),
    "/cases/[id]": String(opened.id),
    "/payments/[id]": String((await prisma().transfer.findFirstOrThrow({ where: { colourId: w.colour.id }, orderBy: { id: "asc" } })).id),
    "/admin/users/[id]": String(w.users.official.id),
    "/colours/[id]": String(w.colour.id),
    "/flags/[id]": "2147483647",
    "/open/projects/[id]": String(w.project.id),
    "/open/companies/[bin]": w.general.bin!,
    "/open/regions/[code]": w.project.region,
    "/open/meals/[region]": "almaty-city",
    "/open/ministries/[id]": String(w.ministry.id),
    "/open/budget-lines/[line]": String(w.line.id),
  };
  return { ...w, token, users, invoice, incoming, caseId: opened.id, fill };
}

/** A route pattern with real ids: the longest matching prefix of `fill` decides each [param]. */
function realPath(route: string, world: TWorld): string {
  const segments = route.split("/");
  return segments
    .map((s, i) => {
      if (!s.startsWith("[")) return s;
      const prefix = segments.slice(0, i + 1).join("/");
      return world.fill[prefix] ?? "1";
    })
    .join("/");
}

/** What this world has written: counted before and after every refused submission. */
async function writesOf(world: TWorld) {
  const db = prisma();
  const userIds = Object.values(world.users).map((u) => u.id);
  const counts = await Promise.all([
    // A refusal is itself recorded, by design: failed attempts and refused authorizations in the audit log, a refused
    // payment in refused_attempt and its colour's journal chain. Those records are not writes of the refused input.
    db.auditEvent.count({ where: { actorId: { in: userIds }, NOT: [{ action: { endsWith: "failed" } }, { action: "access.refused" }] } }),
    db.journalEntry.count({ where: { chain: world.colour.id, NOT: { kind: "refused" } } }),
    db.transfer.count({ where: { colourId: world.colour.id } }),
    db.contract.count({ where: { projectId: world.project.id } }),
    db.invoice.count({ where: { contract: { projectId: world.project.id } } }),
    db.invoice.count({ where: { contract: { projectId: world.project.id }, status: "submitted" } }),
    db.estimateItem.count({ where: { projectId: world.project.id } }),
    db.caseEvent.count({ where: { caseId: world.caseId } }),
    db.caseItem.count({ where: { caseId: world.caseId } }),
    db.budgetLine.count({ where: { ministryId: world.ministry.id } }),
    db.project.count({ where: { ministryId: world.ministry.id } }),
    db.user.count({ where: { id: { in: userIds }, isActive: true } }),
    db.organization.count({ where: { id: { in: [world.general.id, world.sub.id] }, isDebarred: false } }),
  ]);
  const project = await db.project.findUniqueOrThrow({ where: { id: world.project.id }, select: { estimateVersion: true } });
  return [...counts, project.estimateVersion].join(",");
}

let world: TWorld;
const sessions = {} as Record<TRole, Page>;

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(180_000);
  world = await makeWorld();
  for (const role of ROLES) {
    // API requests carry no Accept-Language of their own: without one the app answers in Russian, and the
    // "unexpected error" check below reads English.
    const page = await (await browser.newContext({ locale: "en-US", extraHTTPHeaders: { "accept-language": "en-US" } })).newPage();
    await signIn(page, world.users[role].email, PASSWORD);
    sessions[role] = page;
  }
});

test.afterAll(async () => {
  for (const page of Object.values(sessions)) await page.context().close();
});

/** The roles for whom a path is a page (200): the others get a 404 before the page reads anything. */
async function rolesSeeing(url: string): Promise<TRole[]> {
  const seeing: TRole[] = [];
  for (const role of ROLES) {
    const status = (await sessions[role].request.get(url, { maxRedirects: 0 })).status();
    expect.soft(status, `${role} ${url} answered ${status}`).toBeLessThan(500);
    if (status === 200) seeing.push(role);
  }
  return seeing;
}

/** Path parameters where 0 names a real thing. */
const ZERO_IS_REAL = new Set(["/journal/receipts/[chain]"]);

// The values a query string or a path gets: every id-like malformation, NUL and length (a URL carries no more).
const URL_VALUES = MALFORMED_VALUES.filter((m) => ["hex", "fraction", "negative", "2^31", "2^63", "exponent", "30 digits", "NUL", "NUL text", "long"].includes(m.name));

async function expectNoCrash(request: APIRequestContext, url: string, allowed: number[]) {
  const response = await request.get(url, { maxRedirects: 0 });
  const body = await response.text();
  expect.soft(allowed, `${url} answered ${response.status()}`).toContain(response.status());
  expect.soft(body, `${url} said "unexpected error"`).not.toContain(GENERIC);
}

test("the crawls below reach enough paths", () => {
  expect(DYNAMIC.length).toBeGreaterThan(15);
});

for (let part = 0; part < CRAWL_PARTS; part++) test(`malformed ids in every page and route handler path answer 404 to every role, never 500 (part ${part + 1} of ${CRAWL_PARTS})`, async () => {
  test.setTimeout(900_000);
  for (const route of partOf(DYNAMIC, part)) {
    const real = realPath(route, world).split("/");
    // Every role that can open the real page; a download no role opens here (no act uploaded) as the owner roles.
    const seeing = await rolesSeeing(real.join("/"));
    for (const role of seeing.length ? seeing : ROLES) {
      const request = sessions[role].request;
      for (const [i, segment] of route.split("/").entries()) {
        if (!segment.startsWith("[")) continue;
        const prefix = route.split("/").slice(0, i + 1).join("/");
        for (const bad of MALFORMED_VALUES) {
          // Journal chain 0 is the portal's own chain (checkpoints): there, "0" is a real value, not a malformed one.
          if (bad.name === "zero" && ZERO_IS_REAL.has(prefix)) continue;
          const url = real.map((s, j) => (j === i ? urlValue(bad.value) : s)).join("/");
          await expectNoCrash(request, url, [404, 400]);
        }
      }
    }
  }
});

// Every query parameter a page or download reads, each repeated and each given malformed values.
const QUERY_PARAMS = ["q", "page", "sort", "status", "kind", "severity", "region", "year", "box", "direction", "colour", "company", "project", "subject", "depth", "format", "draft", "contract", "bin", "allocated", "created", "registered", "reused", "next", "signedOut", "ministry", "line"];

for (let part = 0; part < CRAWL_PARTS; part++) test(`repeated and malformed query parameters on every page and download answer without a 500 (part ${part + 1} of ${CRAWL_PARTS})`, async () => {
  test.setTimeout(900_000);
  const targets = partOf([...PAGES, ...ROUTE_HANDLERS], part).map((r) => realPath(r, world));
  for (const target of targets) {
    const seeing = await rolesSeeing(target);
    for (const role of seeing.length ? seeing : (["investigator", "contractor"] as const)) {
      const request = sessions[role].request;
      const repeated = QUERY_PARAMS.map((p) => `${p}=a&${p}=b`).join("&");
      await expectNoCrash(request, `${target}?${repeated}`, QUERY_ANSWERS);
      for (const bad of URL_VALUES) {
        const query = QUERY_PARAMS.map((p) => `${p}=${urlValue(bad.value, 300)}`).join("&");
        await expectNoCrash(request, `${target}?${query}`, QUERY_ANSWERS);
      }
      await expectNoCrash(request, `${target}?subject=transfer:9223372036854775808&format=csv&colour=2147483648&subject=colour:1`, QUERY_ANSWERS);
    }
  }
});

type TForm = { action: string; fields: [string, string][]; variable: { name: string; numeric: boolean }[]; hasFile: boolean };

/** The server-action forms of a page as the server renders them (what a browser without JavaScript posts). */
async function formsOf(page: Page, url: string): Promise<TForm[]> {
  const response = await page.request.get(url, { maxRedirects: 0 });
  if (response.status() !== 200) return [];
  const html = await response.text();
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "text/html");
    return [...doc.querySelectorAll("form")]
      .map((form) => {
        const fields: [string, string][] = [];
        const variable: { name: string; numeric: boolean }[] = [];
        for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input[name], select[name], textarea[name]")) {
          const name = el.getAttribute("name")!;
          let value: string | null;
          if (el instanceof HTMLSelectElement) value = (el.querySelector("option[selected]") ?? el.querySelector("option"))?.getAttribute("value") ?? "";
          else if (el instanceof HTMLTextAreaElement) value = el.textContent ?? "";
          else if (el.type === "checkbox" || el.type === "radio") value = el.hasAttribute("checked") ? (el.getAttribute("value") ?? "on") : null;
          else if (el.type === "file" || el.type === "submit") value = null;
          else value = el.getAttribute("value") ?? "";
          if (value !== null) fields.push([name, value]);
          if (!name.startsWith("$ACTION") && el.type !== "file" && el.type !== "submit" && !variable.some((v) => v.name === name)) {
            variable.push({ name, numeric: /^\d+$/.test(value ?? "") || el.type === "number" || /id$/i.test(name) || el instanceof HTMLSelectElement });
          }
        }
        return { action: form.getAttribute("action") ?? "", fields, variable, hasFile: form.querySelector("input[type=file]") !== null };
      })
      .filter((f) => f.fields.some(([n]) => n.startsWith("$ACTION")) && f.variable.length > 0);
  }, html);
}

for (const role of ROLES) {
  test(`every field of every server-action form a ${role} sees refuses malformed values with a message and writes nothing`, async () => {
    test.setTimeout(900_000);
    const page = sessions[role];
    const origin = new URL(page.url()).origin;
    let submissions = 0;
    for (const route of PAGES) {
      const url = route === "/admin/users" ? `${route}?q=${world.token}` : realPath(route, world);
      for (const form of await formsOf(page, url)) {
        for (const field of form.variable) {
          const values = URL_VALUES.filter((m) => m.kind === "any" || field.numeric).map((m): { name: string; value: string; repeat: boolean } => ({ name: m.name, value: m.value, repeat: false }));
          values.push({ name: "repeated", value: "0x10", repeat: true });
          for (const bad of values) {
            const body = new FormData();
            for (const [name, value] of form.fields) {
              if (name !== field.name) body.append(name, value);
              else if (bad.repeat) body.append(name, value);
            }
            body.append(field.name, bad.value);
            const before = await writesOf(world);
            const response = await page.request.post(url, { multipart: body, headers: { origin }, maxRedirects: 0 });
            const html = await response.text();
            // The language form's repeated case keeps its first, valid, value and switches the session's language.
            await page.context().clearCookies({ name: "aiqyn-locale" });
            submissions++;
            const where = `${role} ${url} ${field.name}=${bad.name}`;
            expect.soft(response.status(), `${where} answered ${response.status()}`).toBeLessThan(500);
            expect.soft(html, `${where} said "unexpected error"`).not.toContain(GENERIC);
            if (response.status() === 200 && html.includes('role="alert"')) expect.soft(await writesOf(world), `${where} was refused but wrote`).toBe(before);
          }
        }
      }
    }
    expect(submissions).toBeGreaterThan(0);
  });
}

test("malformed server-action requests and unknown action ids are answered 4xx, never 500", async () => {
  test.setTimeout(300_000);
  const request = sessions.official.request;
  const origin = new URL(sessions.official.url()).origin;
  const post = (where: string, headers: Record<string, string>, data: string) => request.post(where, { headers: { ...headers, origin }, data, maxRedirects: 0 });
  // Made-up ids: answered by proxy.ts (decision 0074), so Next's handler never logs a stack trace for them.
  for (const id of ["0".repeat(42), "not-an-action", "x".repeat(5000), "f".repeat(42)]) {
    for (const where of ["/sign-in", "/home", "/budget"]) {
      const response = await post(where, { "next-action": id, "content-type": "text/plain;charset=UTF-8" }, "[]");
      expect.soft(response.status(), `${where} ${id.slice(0, 12)}`).toBe(/^[0-9a-f]{42}$/.test(id) ? 409 : 400);
      expect.soft(await response.text(), `${where} ${id.slice(0, 12)}`).toBe("Unknown server action.");
    }
  }
  // Real ids with bodies no browser sends (not JSON, cut multipart, references to chunks the body does not carry):
  // refused by proxy.ts, never a 500 (decisions 0074, 0078).
  const manifest = JSON.parse(fs.readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, unknown> };
  const bodies = [
    { "content-type": "text/plain;charset=UTF-8", data: "not json" },
    { "content-type": "text/plain;charset=UTF-8", data: '["$K1"' },
    { "content-type": "multipart/form-data; boundary=x", data: "--x\r\ngarbage" },
    { "content-type": "application/x-www-form-urlencoded", data: "a=%00&a=1" },
    { "content-type": "text/plain;charset=UTF-8", data: '[{"a":"$@99"}]' },
    { "content-type": "text/plain;charset=UTF-8", data: '["$1:a"]' },
    { "content-type": "text/plain;charset=UTF-8", data: '["$R5","$h3"]' },
    { "content-type": "multipart/form-data; boundary=x", data: '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$Q7"]\r\n--x--\r\n' },
  ];
  for (const id of Object.keys(manifest.node)) {
    for (const body of bodies) {
      const response = await post("/home", { "next-action": id, "content-type": body["content-type"] }, body.data);
      expect.soft(response.status(), `${id} with ${body.data}`).toBeLessThan(500);
      expect.soft(await response.text(), `${id} with ${body.data}`).not.toContain(GENERIC);
    }
  }
  // A form posted without JavaScript that names an action this build does not have: 400, as Next answers it, but
  // from proxy.ts (no stack trace in the log).
  for (const field of [`$ACTION_ID_${"0".repeat(42)}`, "$ACTION_ID_nonsense", "$ACTION_REF_1"]) {
    const body = new FormData();
    body.append(field, "");
    if (field === "$ACTION_REF_1") body.append("$ACTION_1:0", `{"id":"${"e".repeat(42)}","bound":null}`);
    const response = await request.post("/budget", { multipart: body, headers: { origin }, maxRedirects: 0 });
    expect.soft(response.status(), field).toBe(400);
    expect.soft(await response.text(), field).toBe("Invalid Server Action request.");
  }
});

test("the JSON POST routes of school meals answer malformed bodies with 400 (or not found), never a 500, and record nothing", async () => {
  test.setTimeout(300_000);
  const request = sessions.contractor.request;
  const counts = async () => [await prisma().mealRecord.count(), await prisma().refusedScan.count(), await prisma().mealDispute.count()].join(",");
  const before = await counts();
  const raw = ["", "not json", "{", "[]", "null", '{"device":', "\u0000"];
  for (const url of ["/canteen/scans", "/meals/voucher", "/meals/dispute"]) {
    const post = (data: string, type = "application/json") => request.post(url, { data, headers: { "content-type": type }, maxRedirects: 0, failOnStatusCode: false });
    for (const body of raw) expect.soft((await post(body)).status(), `${url} ${JSON.stringify(body)}`).toBe(400);
    expect.soft((await post('{"device":"a","scans":[]}', "text/plain")).status(), `${url} as text/plain`).toBe(400);
    for (const bad of MALFORMED_VALUES) {
      for (const body of [{ device: bad.value, scans: bad.value }, { device: "a", scans: [{ clientScanId: bad.value, schoolId: bad.value }] }, { secret: bad.value, mealId: bad.value }, { secret: bad.value }]) {
        const response = await post(JSON.stringify(body));
        expect.soft([400, 404, 413], `${url} ${bad.name}`).toContain(response.status());
        expect.soft(response.headers()["content-type"] ?? "", `${url} ${bad.name}`).toContain("application/json");
      }
    }
  }
  expect(await counts()).toBe(before);
});

test("a chunked server-action body over the action limit, with no Content-Length to refuse it by, gets a 413", async () => {
  const url = new URL("/home", sessions.official.url());
  const cookies = await sessions.official.context().cookies();
  const id = Object.keys((JSON.parse(fs.readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, unknown> }).node)[0]!;
  const megabyte = new Uint8Array(1024 * 1024).fill(0x20);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < 13) controller.enqueue(megabyte);
      else controller.close();
    },
  });
  const response = await fetch(url, {
    method: "POST",
    body,
    duplex: "half",
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin: url.origin, cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
  } as RequestInit);
  expect(response.status).toBe(413);
});

test("an act over the app's limit gets the app's own 'at most 10 MB', and a body over the action limit a 413, never a 500", async () => {
  test.setTimeout(300_000);
  const page = sessions.contractor;
  // A fresh invoice: the crawl above may have withdrawn the world's (a repeated id takes its first, valid, value).
  const url = `/company/invoices/${(await concreteInvoice(world)).id}`;
  const form = (await formsOf(page, url)).find((f) => f.hasFile);
  expect(form, "the act upload form").toBeTruthy();
  const upload = async (megabytes: number) => {
    const body = new FormData();
    for (const [name, value] of form!.fields) body.append(name, value);
    const bytes = new Uint8Array(megabytes * 1024 * 1024);
    bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
    body.append("act", new Blob([bytes], { type: "application/pdf" }), "act.pdf");
    return page.request.post(url, { multipart: body, headers: { origin: new URL(page.url()).origin }, maxRedirects: 0 });
  };
  const justOver = await upload(10.5);
  expect(justOver.status()).toBe(200);
  expect(await justOver.text()).toContain("at most 10 MB");
  const farOver = await upload(13);
  expect(farOver.status()).toBe(413);
});
