-- Issue 18 (decision 0267): the school-meal flag kinds read a programme's meals by contract — device and time for
-- bursts and moved tills, school and day for non-school days and the redemption rate. Without this index each kind
-- read the whole meal table (a parallel sequential scan of 10 M rows, 1.2–1.8 s a kind per programme colour); with
-- it each reads only its programme's entries, without visiting the table. The trailing columns are keys rather than
-- INCLUDE columns only because schema.prisma cannot declare INCLUDE.
CREATE INDEX "meal_record_meal_flags_idx" ON "meal_record"("contract_id", "device_id", "served_at", "school_id", "day", "meal_type", "id");
