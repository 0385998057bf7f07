-- A session's principal is the account's email, which may be 254 characters long (V27 allowed 100, so a
-- longer email could not sign in on a node keeping sessions in the database).
alter table spring_session alter column principal_name set data type varchar(254);

-- The outbox's event processors, polling on every node, look events up by their shard (the entity id's
-- hash) and status, as Hibernate Search maps these tables.
create index hsearch_outbox_event_entity_id_hash on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
