CREATE OR REPLACE TRIGGER freeze_event_append_only BEFORE UPDATE OR DELETE ON freeze_event FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
