-- The time zone an account reads moments in (transfer moves, history, tokens, publication times):
-- an IANA zone such as Europe/Rome, or none, and then the zone of the project the page belongs to.
alter table account add column time_zone varchar(64);
