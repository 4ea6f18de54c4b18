import { TextLink } from "@/components/text-link";
import { PageHeader } from "@/components/page-header";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { DataTable, listing } from "@/components/data-table";
import { formatDate } from "@/lib/dates";
import { pageTitle } from "@/lib/i18n/server";
import { listGovernmentOrganizations } from "@/lib/organizations/list-organizations";
import { ZPage } from "@/lib/pagination";
import { ROLES } from "@/lib/roles";
import { listUsers } from "@/lib/users/list-users";
import { csvHref, userListFilters, listDownload } from "@/lib/exports/list-filters";
import { LIST_CSV_MAX_ROWS } from "@/lib/exports/list-csv";
import { CreateUserForm } from "./create-user-form";
import { UserActiveToggle } from "./user-active-toggle";
import { pageRequest } from "../../route-helpers";

export const generateMetadata = pageTitle("users.title");

type Search = { q?: string; role?: string; status?: string; sort?: string; page?: string };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { actor, t, locale, sp } = await pageRequest("admin", searchParams);
  const { q, role, status, sort } = userListFilters(sp);
  const page = ZPage.parse(sp.page);
  const [users, organizations] = await Promise.all([
    listUsers({ actor, q, role, status, page, sort }),
    listGovernmentOrganizations({ actor }),
  ]);
  const params = { q: sp.q, role, status, sort: sort.raw };
  const basePath = "/admin/users";

  return (
    <>
      <PageHeader title={t("users.title")} intro={t("users.intro")} download={listDownload(csvHref("/admin/users/csv", params), t("investigate.csv.download"), t("investigate.csv.downloadXlsx"))} />
      {users.total > LIST_CSV_MAX_ROWS ? <p className="mb-4 text-sm text-amber-900">{t("lists.capped", { max: LIST_CSV_MAX_ROWS, total: users.total })}</p> : null}
      {/* One column: beside a 22rem form, the table's seven columns never fit the 80rem page (the organisation slid under
          the sticky actions column at 1366 and at 1920 px alike, issue 19); the form follows the list. */}
      <div className="grid gap-8">
        <section aria-labelledby="users-list" className="min-w-0">
          <h2 id="users-list" className="sr-only">
            {t("users.title")}
          </h2>
          <SearchBar className="mb-4" label={t("users.searchLabel")} placeholder={t("users.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }}>
            <FilterSelect name="role" label={t("users.roleFilter")} value={role ?? ""} all={t("users.allRoles")} options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
            <FilterSelect name="status" label={t("users.statusFilter")} value={status ?? ""} all={t("users.allStatuses")} options={[{ value: "active", label: t("users.active") }, { value: "inactive", label: t("users.inactive") }]} />
          </SearchBar>
          <DataTable
            locale={locale}
            {...listing(users, sort.raw, params, basePath)}
            rowKey={(u) => u.id}
            empty={t("users.empty")}
            rowClassName={(u) => (u.isActive ? undefined : "bg-slate-50 text-slate-500")}
            columns={[
              {
                key: "name",
                header: t("users.columns.name"),
                sort: "name",
                nowrap: true,
                className: "font-medium",
                cell: (u) => <TextLink href={`/admin/users/${u.id}`}>{u.name}</TextLink>,
              },
              { key: "email", header: t("users.columns.email"), sort: "email", nowrap: true, cell: (u) => u.email },
              { key: "role", header: t("users.columns.role"), sort: "role", nowrap: true, cell: (u) => t(`roles.${u.role}`) },
              { key: "organization", header: t("users.columns.organization"), className: "min-w-48 max-w-64", cell: (u) => u.organization?.name ?? "—" },
              {
                key: "status",
                header: t("users.columns.status"),
                nowrap: true,
                cell: (u) => (
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${u.isActive ? "bg-brand-50 text-brand-700" : "bg-slate-200 text-slate-600"}`}>
                    {u.isActive ? t("users.active") : t("users.inactive")}
                  </span>
                ),
              },
              { key: "created", header: t("users.columns.created"), sort: "created", date: true, cell: (u) => formatDate(u.createdAt) },
              {
                key: "actions",
                header: t("users.columns.actions"),
                align: "right",
                sticky: "right",
                cell: (u) => (u.id === actor.userId ? null : <UserActiveToggle userId={u.id} email={u.email} isActive={u.isActive} />),
              },
            ]}
          />
        </section>
        <section aria-labelledby="create-user" className="card h-fit max-w-xl p-5">
          <h2 id="create-user" className="mb-4 text-lg font-semibold">
            {t("users.createTitle")}
          </h2>
          <CreateUserForm organizations={organizations.map((o) => ({ id: o.id, label: o.name, kind: o.kind }))} />
        </section>
      </div>
    </>
  );
}
