import { jsonResponse, readJsonBody } from "@/lib/http/json-body";
import { getT } from "@/lib/i18n/server";
import { VOUCHER_BODY_MAX_BYTES, voucherDispute } from "@/lib/meals/voucher-requests";

/** "My child was absent" for one meal of the voucher whose secret the body carries (no sign-in). */
export async function POST(request: Request) {
  const { locale } = await getT();
  const answer = await voucherDispute({ body: await readJsonBody(request, VOUCHER_BODY_MAX_BYTES), locale });
  return jsonResponse(answer.status, answer.body);
}
