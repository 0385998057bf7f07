-- Runs unchanged on H2 (embedded default) and PostgreSQL.
-- An action's status and progress may be unknown: a project document may leave them out, and they
-- stay empty rather than "planned, 0 %". Actions recorded before keep theirs. The history table
-- plan_action_aud already allows empty values.

alter table plan_action alter column status drop not null;
alter table plan_action alter column progress drop not null;
