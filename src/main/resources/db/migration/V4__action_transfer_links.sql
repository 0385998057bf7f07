-- Runs unchanged on H2 (embedded default) and PostgreSQL.
-- An action's background may name a transfer of the project; removing the transfer removes the link.

alter table action_background add column transfer_id bigint;
alter table action_background add constraint fk_action_background_transfer
    foreign key (transfer_id) references transfer (id) on delete cascade;
create index ix_action_background_transfer on action_background (transfer_id);
