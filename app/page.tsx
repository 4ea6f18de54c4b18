import { redirect } from "next/navigation";
import { getAccountHolder } from "@/lib/auth";
import { HOME_FOR_ROLE } from "@/lib/roles";

export default async function Root() {
  const holder = await getAccountHolder();
  // An anonymous visitor lands on the public portal (issue 16), which links to sign-in; a user who must first change
  // a one-time password or enrol a second factor goes where that is done, as the sign-in page sends them.
  if (!holder) redirect("/open");
  redirect(holder.pendingSetup ? "/account/security" : HOME_FOR_ROLE[holder.role]);
}
