-- School staff and directors sign in with a role of their own (decision 0200): scoped by their school_staff rows,
-- they see their school's pupils, lists and vouchers and nothing of the officials' or companies' pages.
ALTER TYPE "Role" ADD VALUE 'school';
