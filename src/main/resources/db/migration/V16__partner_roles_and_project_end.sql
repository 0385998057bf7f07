-- Runs unchanged on H2 (embedded default) and PostgreSQL.
-- A project states its own end (null: the end of its last phase); without semester_months its phases are its periods.
alter table project add column end_date date;
alter table project alter column semester_months drop not null;

-- Roles such as ASSOCIATED_POLICY_AUTHORITY are longer than 16 characters; the kind of organisation may be unknown.
alter table partner alter column role set data type varchar(32);
alter table partner add column organisation_type varchar(16);
