-- The counts and lists of what the public sees filter on public_visible. With it in the index next to
-- the project (and the status and identification date the counts group and bound by), a count reads the
-- index alone instead of every row of the project's practices; likewise by owner.
create index ix_practice_project_public on practice (project_id, public_visible, status, identified_on);
create index ix_practice_owner_public on practice (owner_id, public_visible);
