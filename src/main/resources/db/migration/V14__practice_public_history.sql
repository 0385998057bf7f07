-- Runs unchanged on H2 (embedded default) and PostgreSQL.
-- The history of practices records whether a practice is shown in the public catalogue.
alter table practice_aud add column public_visible boolean;
-- Practices were all public before their visibility was recorded.
update practice_aud set public_visible = true where public_visible is null;
