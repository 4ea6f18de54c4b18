// Validation of the portal's OCDS output against the vendored OCDS 1.1.5 schemas with the extensions applied as
// OCDS applies them (each extension's release-schema.json merged into the release schema as a JSON Merge Patch,
// RFC 7396), with Ajv 6's draft-04 support (draft-04 meta schema, `id` as the schema id); and the checks a schema cannot make (decision 0148).
import Ajv from "ajv";
import draft04 from "ajv/lib/refs/json-schema-draft-04.json";
import releasePackageSchema from "../../lib/ocds/schema/1.1.5/release-package-schema.json";
import recordPackageSchema from "../../lib/ocds/schema/1.1.5/record-package-schema.json";
import releaseSchema from "../../lib/ocds/schema/1.1.5/release-schema.json";
import versionedSchema from "../../lib/ocds/schema/1.1.5/versioned-release-validation-schema.json";
import subcontracting from "../../lib/ocds/schema/subcontracting/release-schema.json";
import ours from "../../lib/ocds/extension/release-schema.json";
import { isValidBin } from "../../lib/kz/bin";

type TJson = Record<string, unknown>;
const isObject = (v: unknown): v is TJson => typeof v === "object" && v !== null && !Array.isArray(v);

/** RFC 7396. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: TJson = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

export const extendedReleaseSchema = mergePatch(mergePatch(releaseSchema, subcontracting), ours) as TJson;

let ajv: Ajv.Ajv | undefined;
function validator(): Ajv.Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ schemaId: "id", allErrors: true, format: "full", logger: false });
  ajv.addMetaSchema(draft04);
  for (const s of [extendedReleaseSchema, versionedSchema, releasePackageSchema, recordPackageSchema]) ajv.addSchema(s);
  return ajv;
}

function validate(id: string, data: unknown): string[] {
  const v = validator();
  if (v.validate(id, data)) return [];
  return (v.errors ?? []).map((e) => `${e.dataPath} ${e.message} ${JSON.stringify(e.params)}`);
}

export const validateReleasePackage = (data: unknown) => validate((releasePackageSchema as TJson).id as string, data);
export const validateRecordPackage = (data: unknown) => validate((recordPackageSchema as TJson).id as string, data);

/** Every array of objects with ids has each id once (uniqueItems only catches identical objects). */
export function duplicateIds(data: unknown, at = "$"): string[] {
  const out: string[] = [];
  if (Array.isArray(data)) {
    const ids = data.filter(isObject).map((x) => x.id).filter((id) => id !== undefined);
    const seen = new Set<unknown>();
    for (const id of ids) {
      if (seen.has(id)) out.push(`${at}: ${String(id)}`);
      seen.add(id);
    }
    data.forEach((x, i) => out.push(...duplicateIds(x, `${at}[${i}]`)));
  } else if (isObject(data)) for (const [k, v] of Object.entries(data)) out.push(...duplicateIds(v, `${at}.${k}`));
  return out;
}

const ORG_REFS = new Set(["buyer", "procuringEntity", "payer", "payee", "subcontractor"]);
const ORG_REF_LISTS = new Set(["suppliers", "tenderers", "mainContractors"]);

/** Organization references of one release that name no party of that release. */
export function unresolvedReferences(release: TJson): string[] {
  const parties = new Map(((release.parties as TJson[] | undefined) ?? []).map((p) => [p.id, p.name]));
  const out: string[] = [];
  const check = (ref: unknown, at: string) => {
    if (!isObject(ref) || !parties.has(ref.id) || parties.get(ref.id) !== ref.name) out.push(`${at}: ${JSON.stringify(ref)}`);
  };
  const walk = (v: unknown, at: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
    else if (isObject(v))
      for (const [k, x] of Object.entries(v)) {
        if (ORG_REFS.has(k)) check(x, `${at}.${k}`);
        else if (ORG_REF_LISTS.has(k) && Array.isArray(x)) x.forEach((r, i) => check(r, `${at}.${k}[${i}]`));
        else if (k !== "parties") walk(x, `${at}.${k}`);
      }
  };
  walk(release, "$");
  return out;
}

/** Every 12-digit number in the text that is not a legal entity's BIN (an IIN would be one). */
export function twelveDigitNonBins(text: string): string[] {
  return [...text.matchAll(/(?<!\d)\d{12}(?!\d)/g)].map((m) => m[0]).filter((n) => !isValidBin(n));
}

/** Tiyn from an OCDS amount's decimal text (never through float arithmetic). */
export function tiynOfAmount(amount: number): bigint {
  const [whole, fraction = ""] = String(amount).split(".");
  const negative = whole!.startsWith("-");
  const tiyn = BigInt(whole!.replace("-", "")) * 100n + BigInt(fraction.padEnd(2, "0"));
  return negative ? -tiyn : tiyn;
}
