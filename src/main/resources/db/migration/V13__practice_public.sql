-- Whether a practice is shown in the public catalogue. Practices recorded so far (and those a project
-- document brings without saying) stay public; the pages create new ones as the project's own until
-- an editor ticks "Show in the public catalogue".
alter table practice add column public_visible boolean default true not null;
