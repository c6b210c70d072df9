-- PostgreSQL only: the database itself refuses to change or delete audit records. An event may
-- be updated exactly once, by the chainer filling in its place in the chain; after that, and
-- for every other column, UPDATE fails. DELETE and TRUNCATE always fail. Checkpoints are
-- insert-only.

CREATE FUNCTION tresor_audit_refuse_change() RETURNS trigger AS $$
BEGIN
    -- Nested, so that OLD is only touched where it exists (not for TRUNCATE).
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'audit_event' THEN
      IF OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
       AND NEW.id = OLD.id AND NEW.occurred_at = OLD.occurred_at
       AND NEW.actor_type = OLD.actor_type AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
       AND NEW.tenant_id IS NOT DISTINCT FROM OLD.tenant_id AND NEW.action = OLD.action
       AND NEW.target_type IS NOT DISTINCT FROM OLD.target_type AND NEW.target_id IS NOT DISTINCT FROM OLD.target_id
       AND NEW.purpose IS NOT DISTINCT FROM OLD.purpose AND NEW.outcome = OLD.outcome
       AND NEW.source IS NOT DISTINCT FROM OLD.source AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id
       AND NEW.details IS NOT DISTINCT FROM OLD.details THEN
        RETURN NEW;
      END IF;
    END IF;
    RAISE EXCEPTION 'The audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION tresor_audit_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION tresor_audit_refuse_change();
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION tresor_audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION tresor_audit_refuse_change();
