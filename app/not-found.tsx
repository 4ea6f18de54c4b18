import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getT();
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold">{t("errors.notFoundTitle")}</h1>
      <p className="mt-3 text-slate-600">{t("errors.notFound")}</p>
      <Link href="/" className="btn-primary mt-8">
        {t("errors.backHome")}
      </Link>
    </main>
  );
}
