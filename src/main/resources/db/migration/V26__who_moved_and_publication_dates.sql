-- Runs unchanged on H2 (embedded default) and PostgreSQL.
-- A move of a transfer made in PracticeHub names the account that made it (moved_by keeps the account's
-- name as it was then); moves from project documents, and those recorded before accounts did it, keep
-- only the name they were given (no account). No foreign key: like the history's actor, the move stays
-- as it was when an account is gone.
alter table transfer_move add column moved_by_account_id bigint;

-- A newsletter's publication date as readers should read it, as exactly as it is known (DAY, MONTH or
-- YEAR), when the coordinator states it (e.g. the date a newsletter came out before it was recorded
-- here); without one, the instant it was published in PracticeHub (published_at) is its date.
alter table newsletter add column published_on date;
alter table newsletter add column published_precision varchar(8);
