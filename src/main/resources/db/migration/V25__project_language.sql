-- The language a project publishes in (newsletters, calendar and news feeds): an ISO 639-1 code of the
-- languages PracticeHub speaks; none is English.
alter table project add column language varchar(8);
