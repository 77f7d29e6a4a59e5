-- Rules the data itself must keep, whatever code writes it. Prisma does not model CHECK
-- constraints or triggers, so they live here; the drift test ignores them.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "Registration"
  ADD CONSTRAINT "Registration_seats_positive" CHECK ("seats" >= 1),
  ADD CONSTRAINT "Registration_contact_reachable" CHECK ("contactEmail" IS NOT NULL OR "contactPhone" IS NOT NULL);

ALTER TABLE "Infosession"
  ADD CONSTRAINT "Infosession_capacity_not_negative" CHECK ("capacity" >= 0),
  ADD CONSTRAINT "Infosession_seats_within_capacity" CHECK ("seatsTaken" >= 0 AND "seatsTaken" <= "capacity"),
  ADD CONSTRAINT "Infosession_ends_after_start" CHECK ("endsAt" > "startsAt");

ALTER TABLE "Attendee"
  ADD CONSTRAINT "Attendee_birth_year_plausible" CHECK ("birthYear" BETWEEN 1900 AND 2100);

ALTER TABLE "OfficialFigure"
  ADD CONSTRAINT "OfficialFigure_counts_not_negative" CHECK ("certificates" >= 0 AND "registered" >= 0);

ALTER TABLE "InterpreterRequest"
  ADD CONSTRAINT "InterpreterRequest_duration_positive" CHECK ("durationMinutes" > 0);

ALTER TABLE "RateLimitCounter"
  ADD CONSTRAINT "RateLimitCounter_count_not_negative" CHECK ("count" >= 0);

-- The audit trail is append-only: the application's own database role cannot rewrite history.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent rows cannot be changed or deleted';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
