import { getActor } from "@/lib/auth";
import { jsonResponse, readJsonBody } from "@/lib/http/json-body";
import { getT } from "@/lib/i18n/server";
import { SCANS_BODY_MAX_BYTES, submitCanteenScans } from "@/lib/meals/scan-requests";

/** The canteen's scans, one now or a device's stored ones later (lib/meals/scan-requests.ts checks role and scope). */
export async function POST(request: Request) {
  const actor = await getActor();
  const { locale } = await getT();
  const body = await readJsonBody(request, SCANS_BODY_MAX_BYTES);
  const answer = await submitCanteenScans({ actor, body, locale });
  return jsonResponse(answer.status, answer.body);
}
