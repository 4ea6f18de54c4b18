import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { EmptyRow, FilterSelect, SearchBar } from "@/components/search-bar";
import { Pagination } from "@/components/pagination";
import { SortHeader } from "@/components/sort-header";
import { requireRole } from "@/lib/auth";
import { formatDate } from "@/lib/dates";
import { getT } from "@/lib/i18n/server";
import { listGovernmentOrganizations } from "@/lib/organizations/list-organizations";
import { parseSort, ZPage } from "@/lib/pagination";
import { ROLES } from "@/lib/roles";
import { listUsers, USER_SORTS } from "@/lib/users/list-users";
import { CreateUserForm } from "./create-user-form";
import { UserActiveToggle } from "./user-active-toggle";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("users.title") };
}

type Search = { q?: string; role?: string; status?: string; sort?: string; page?: string };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole("admin");
  const { t, locale } = await getT();
  const sp = firstParams(await searchParams);
  const role = ROLES.find((r) => r === sp.role);
  const status = sp.status === "active" || sp.status === "inactive" ? sp.status : undefined;
  const sort = parseSort(sp.sort, USER_SORTS, "name");
  const page = ZPage.parse(sp.page);
  const [users, organizations] = await Promise.all([
    listUsers({ actor, q: sp.q, role, status, page, sort }),
    listGovernmentOrganizations({ actor }),
  ]);
  const params = { q: sp.q, role, status, sort: sort.raw };
  const basePath = "/admin/users";
  const header = (label: string, column: string) => (
    <SortHeader label={label} column={column} sort={sort.raw} params={params} basePath={basePath} sortLabel={t("common.sortBy", { column: label })} />
  );

  return (
    <>
      <PageHeader title={t("users.title")} intro={t("users.intro")} />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="users-list" className="min-w-0">
          <h2 id="users-list" className="sr-only">
            {t("users.title")}
          </h2>
          <SearchBar className="mb-4" label={t("users.searchLabel")} placeholder={t("users.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }}>
            <FilterSelect name="role" label={t("users.roleFilter")} value={role ?? ""}>
              <option value="">{t("users.allRoles")}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect name="status" label={t("users.statusFilter")} value={status ?? ""}>
              <option value="">{t("users.allStatuses")}</option>
              <option value="active">{t("users.active")}</option>
              <option value="inactive">{t("users.inactive")}</option>
            </FilterSelect>
          </SearchBar>
          <div className="card overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  {header(t("users.columns.name"), "name")}
                  {header(t("users.columns.email"), "email")}
                  {header(t("users.columns.role"), "role")}
                  <th scope="col" className="px-3 py-2 text-left font-medium">
                    {t("users.columns.organization")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-left font-medium">
                    {t("users.columns.status")}
                  </th>
                  {header(t("users.columns.created"), "created")}
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t("users.columns.actions")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {users.rows.length === 0 ? (
                  <EmptyRow colSpan={7} message={t("users.empty")} />
                ) : (
                  users.rows.map((u) => (
                    <tr key={u.id} className={u.isActive ? "" : "bg-slate-50 text-slate-500"}>
                      <td className="px-3 py-2 font-medium">
                        <Link href={`/admin/users/${u.id}`} className="text-brand-700 hover:underline">
                          {u.name}
                        </Link>
                      </td>
                      <td className="px-3 py-2">{u.email}</td>
                      <td className="px-3 py-2">{t(`roles.${u.role}`)}</td>
                      <td className="max-w-64 px-3 py-2">{u.organization?.name ?? "—"}</td>
                      <td className="px-3 py-2">
                        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${u.isActive ? "bg-brand-50 text-brand-700" : "bg-slate-200 text-slate-600"}`}>
                          {u.isActive ? t("users.active") : t("users.inactive")}
                        </span>
                      </td>
                      <td className="px-3 py-2 tabular-nums">{formatDate(u.createdAt)}</td>
                      <td className="px-3 py-2 text-right">
                        {u.id === actor.userId ? null : <UserActiveToggle userId={u.id} email={u.email} isActive={u.isActive} />}
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          <Pagination locale={locale} page={users.page} pages={users.pages} total={users.total} params={params} basePath={basePath} />
        </section>
        <section aria-labelledby="create-user" className="card h-fit p-5">
          <h2 id="create-user" className="mb-4 text-lg font-semibold">
            {t("users.createTitle")}
          </h2>
          <CreateUserForm organizations={organizations.map((o) => ({ id: o.id, label: o.name, kind: o.kind }))} />
        </section>
      </div>
    </>
  );
}
