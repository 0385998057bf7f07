-- Runs unchanged on H2 (embedded default) and PostgreSQL.
-- Facts a project document does not give stay unknown: the day a practice was identified (and how
-- exactly it is known: DAY, MONTH or YEAR), the status of an action plan, and when a transfer's
-- moves happened. Practices identified before keep their day.

alter table practice alter column identified_on drop not null;
alter table practice add column identified_precision varchar(8);
update practice set identified_precision = 'DAY' where identified_on is not null;
alter table practice_aud add column identified_precision varchar(8);

alter table action_plan alter column status drop not null;

alter table transfer_move alter column moved_at drop not null;
