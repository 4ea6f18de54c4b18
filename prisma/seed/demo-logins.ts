import type { OrganizationKind, Role } from "../../lib/generated/prisma/enums";

// The organisations and sign-ins of the demo. BINs are synthetic (valid check digits, not real registry
// entries); the ministries are real names. The second-factor secrets are published on purpose (README): they
// open only this demo, whose password is public too.
export const DEMO_PASSWORD = "Aiqyn-demo-2026";

type TOrgSeed = { key: string; kind: OrganizationKind; name: string; nameRu?: string; bin?: string; isFinance?: boolean };
type TUserSeed = { email: string; name: string; role: Role; org?: string; note: string; totpSecret?: string };

export const DEMO_ORGANIZATIONS: TOrgSeed[] = [
  { key: "minfin", kind: "ministry", name: "Ministry of Finance of the Republic of Kazakhstan", nameRu: "Министерство финансов Республики Казахстан", isFinance: true },
  { key: "treasury", kind: "treasury", name: "Treasury Committee of the Ministry of Finance", nameRu: "Комитет казначейства Министерства финансов РК", isFinance: true },
  { key: "minedu", kind: "ministry", name: "Ministry of Enlightenment of the Republic of Kazakhstan", nameRu: "Министерство просвещения Республики Казахстан" },
  { key: "minhealth", kind: "ministry", name: "Ministry of Health of the Republic of Kazakhstan", nameRu: "Министерство здравоохранения Республики Казахстан" },
  { key: "mintransport", kind: "ministry", name: "Ministry of Transport of the Republic of Kazakhstan", nameRu: "Министерство транспорта Республики Казахстан" },
  { key: "anticorruption", kind: "agency", name: "Anti-Corruption Agency of the Republic of Kazakhstan", nameRu: "Агентство РК по противодействию коррупции" },
  { key: "almatystroy", kind: "company", name: "Almaty Stroy Invest LLP", nameRu: "ТОО «Алматы Строй Инвест»", bin: "150640012341" },
  { key: "betonkz", kind: "company", name: "Beton Service KZ LLP", nameRu: "ТОО «Бетон Сервис KZ»", bin: "180340021543" },
];

export const DEMO_USERS: TUserSeed[] = [
  { email: "admin@aiqyn.kz", name: "Dana Seitkali", role: "admin", note: "administrator: users and roles", totpSecret: "LQYT57VIQN2A6CVM3KDHPHH7T2YZ3KR3" },
  { email: "official@minfin.gov.kz", name: "Aigerim Nurlanovna Bekova", role: "official", org: "minfin", note: "Ministry of Finance official: sees every ministry", totpSecret: "NGYHCBOQFOESSRKCONHFRKZPTFD3JSGJ" },
  { email: "approver@minfin.gov.kz", name: "Yerlan Serikovich Dzhaksybekov", role: "official", org: "minfin", note: "second approver above the threshold", totpSecret: "VA67MNJNSMXXAWDEKTJXBWYRNIF3YVHJ" },
  { email: "official@edu.gov.kz", name: "Saule Maratovna Akhmetova", role: "official", org: "minedu", note: "Ministry of Enlightenment official: own ministry only", totpSecret: "NL4AITS4M5XATHFOWMBNLJVFK2CSHKFS" },
  { email: "contractor@almatystroy.kz", name: "Nurlan Abaiuly Tokayev", role: "contractor", org: "almatystroy", note: "general contractor" },
  { email: "supplier@betonkz.kz", name: "Marat Kairatuly Omarov", role: "contractor", org: "betonkz", note: "supplier / subcontractor" },
  { email: "investigator@anticorruption.gov.kz", name: "Askar Bolatuly Zhunusov", role: "investigator", org: "anticorruption", note: "Anti-Corruption Agency investigator", totpSecret: "XWLZTW6FZJKUCMCGKMOBOB5EXE242XEM" },
];

/**
 * The sign-in role of school staff and directors (school meals, decision 0209). They act through school_staff rows
 * (decision 0154); which role signs them in — maybe a new `school` Role with its home page and navigation — is another
 * round's decision: this is the one line to change. They belong to no organisation, so as officials they see nothing
 * of any ministry.
 */
export const schoolUserRole = (): Role => "school";

/** The school users of the meal demo (prisma/seed/demo-meals.ts), two per school: the list's builder and its approver. */
export const DEMO_SCHOOL_USERS = [12, 25, 38].flatMap((n) => [
  { email: `school@school${n}.almaty.kz`, name: `School No. ${n} meals coordinator`, school: n, position: "staff" as const },
  { email: `director@school${n}.almaty.kz`, name: `Director of School No. ${n}`, school: n, position: "director" as const },
]);

/** The meal demo's sign-ins, printed with the others (created by prisma/seed/demo-meals.ts, not by demo-accounts). */
const DEMO_MEAL_LOGINS: { email: string; role: Role; note: string }[] = [
  { email: "canteen@dastarkhan.kz", role: "contractor", note: "canteen operator, Dastarkhan Catering LLP (school meals)" },
  ...DEMO_SCHOOL_USERS.map((u) => ({ email: u.email, role: schoolUserRole(), note: `School No. ${u.school} ${u.position === "director" ? "director (approves the list)" : "staff (builds the meal list)"}` })),
];

/**
 * One published voucher code (School No. 12, pupil No. 1), like the demo password: the parent's page can be tried
 * without a school issuing a voucher first. Every other voucher's secret exists nowhere but in its parent's letter.
 */
export const DEMO_PARENT_CODE = "demo-parent-school-12-pupil-1";

export function printLogins() {
  console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const u of [...DEMO_USERS, ...DEMO_MEAL_LOGINS]) console.log(`  ${u.role.padEnd(13)} ${u.email.padEnd(36)} ${u.note}`);
  console.log(`\nOfficials, the investigator and the administrator then give a code (their second factor): add the secret`);
  console.log(`below to an authenticator app, or print the current code with  npm run -s demo:code -- <e-mail>`);
  for (const u of DEMO_USERS) if (u.totpSecret) console.log(`  ${u.email.padEnd(36)} ${u.totpSecret}`);
  console.log(`\nA parent's page (no account; the voucher's code after #):  /meals#${DEMO_PARENT_CODE}`);
}

// `tsx prisma/seed/demo-logins.ts` prints them.
if (process.argv[1]?.endsWith("demo-logins.ts")) printLogins();
