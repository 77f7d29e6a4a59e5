-- Attendance per person, saved for the whole session at once (issue 18, item 12).
ALTER TABLE "Attendee" ADD COLUMN "present" BOOLEAN;
