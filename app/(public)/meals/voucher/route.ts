import { jsonResponse, readJsonBody } from "@/lib/http/json-body";
import { getT } from "@/lib/i18n/server";
import { VOUCHER_BODY_MAX_BYTES, voucherView } from "@/lib/meals/voucher-requests";

/** The parent's page polls this every 30 seconds: the QR token now and the child's meals (no sign-in; the secret decides). */
export async function POST(request: Request) {
  const { locale } = await getT();
  const answer = await voucherView({ body: await readJsonBody(request, VOUCHER_BODY_MAX_BYTES), locale });
  return jsonResponse(answer.status, answer.body);
}
