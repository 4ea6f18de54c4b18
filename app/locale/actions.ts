"use server";

import { cookies } from "next/headers";
import { defineFormAction } from "@/lib/actions/action";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n";
import { getActor } from "@/lib/auth";
import { rememberLocale } from "@/lib/users/mail-preferences";

// Open to everyone, signed in or not: it only sets the reader's language cookie.
export const setLocaleAction = defineFormAction({
  name: "setLocaleAction",
  roles: "anyone",
  read: (_values, form) => ({ locale: form.get("locale") }),
  run: async ({ input: { locale } }) => {
    if (!isLocale(locale)) return;
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    // A signed-in user's e-mails follow the language they chose (decision 0227).
    await rememberLocale(await getActor(), locale);
  },
});
