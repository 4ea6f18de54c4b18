-- A one-time password (administrator-created account or reset) opens the account for 72 hours only (decision 0079).
ALTER TABLE "app_user" ADD COLUMN "one_time_password_expires_at" TIMESTAMPTZ(3);
-- One-time passwords handed out before this change get the same 72 hours from now.
UPDATE "app_user" SET "one_time_password_expires_at" = now() + interval '72 hours' WHERE "must_change_password";
