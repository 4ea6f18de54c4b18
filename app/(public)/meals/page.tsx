import { pageTitle } from "@/lib/i18n/server";
import { VoucherPage } from "./voucher-page";

export const generateMetadata = pageTitle("mealsCanteen.parent.title");

/**
 * The parent's page (issue 18, decision 0195). The voucher link is `/meals#<secret>`: a URL's fragment never leaves
 * the browser (no request line, no access log, no Referer), and the page sends the secret only in POST bodies.
 */
export default function MealsPage() {
  return <VoucherPage />;
}
