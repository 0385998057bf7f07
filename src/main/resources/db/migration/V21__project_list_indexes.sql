-- The start page filters projects by programme, by a partner's country and by a theme's name, and counts
-- the projects of each value: these indexes let the database find the rows of one value without a scan.
create index ix_project_programme on project (programme);
create index ix_partner_country on partner (country, project_id);
create index ix_theme_name on theme (name, project_id);
