-- Runs unchanged on H2 (embedded default) and PostgreSQL.
-- A project records at most one restriction of a country starting on a given day. The service
-- checks this before saving and names the field; the constraint keeps it true when two people
-- save at the same moment.
alter table travel_restriction add constraint uq_travel_restriction_start unique (project_id, country, valid_from);
