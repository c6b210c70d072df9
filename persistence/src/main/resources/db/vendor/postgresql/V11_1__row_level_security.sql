-- Second line of tenant isolation: row-level security on every tenant-owned table. The data
-- layer sets the caller's reach once per transaction with
--   SELECT set_config('tresor.reach', '<tenant id>,<tenant id>', true)
-- (transaction-local, so nothing leaks to the pool's next borrower): a list of tenant ids, or
-- '*' for the manufacturer's side and the documented system jobs. Without a reach a session
-- sees and writes nothing. The application's own statements carry the reach as well (the
-- first line), so their leakproof tenant condition still serves as the index condition;
-- the policy only filters. The application connects as a role that owns none of these tables
-- and has no BYPASSRLS; FORCE binds even the owner, which runs the migrations.

CREATE FUNCTION tresor_in_reach(tenant VARCHAR) RETURNS BOOLEAN
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT tenant = ANY (string_to_array(current_setting('tresor.reach', true), ','))
       OR current_setting('tresor.reach', true) = '*' $$;

ALTER TABLE user_account ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_account FORCE ROW LEVEL SECURITY;
CREATE POLICY tresor_reach ON user_account USING (tresor_in_reach(tenant_id));

ALTER TABLE integrator_client ENABLE ROW LEVEL SECURITY;
ALTER TABLE integrator_client FORCE ROW LEVEL SECURITY;
CREATE POLICY tresor_reach ON integrator_client USING (tresor_in_reach(tenant_id));

ALTER TABLE site ENABLE ROW LEVEL SECURITY;
ALTER TABLE site FORCE ROW LEVEL SECURITY;
CREATE POLICY tresor_reach ON site USING (tresor_in_reach(tenant_id));

ALTER TABLE asset ENABLE ROW LEVEL SECURITY;
ALTER TABLE asset FORCE ROW LEVEL SECURITY;
CREATE POLICY tresor_reach ON asset USING (tresor_in_reach(tenant_id));

ALTER TABLE asset_ownership ENABLE ROW LEVEL SECURITY;
ALTER TABLE asset_ownership FORCE ROW LEVEL SECURITY;
CREATE POLICY tresor_reach ON asset_ownership USING (tresor_in_reach(tenant_id));

ALTER TABLE device ENABLE ROW LEVEL SECURITY;
ALTER TABLE device FORCE ROW LEVEL SECURITY;
CREATE POLICY tresor_reach ON device USING (tresor_in_reach(tenant_id));

ALTER TABLE device_certificate ENABLE ROW LEVEL SECURITY;
ALTER TABLE device_certificate FORCE ROW LEVEL SECURITY;
CREATE POLICY tresor_reach ON device_certificate USING (tresor_in_reach(tenant_id));

-- Keys are read by the key ring under the system reach; index keys of the installation
-- (sign-in by e-mail) carry the pseudo-tenant 'installation'.
ALTER TABLE tenant_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_key FORCE ROW LEVEL SECURITY;
CREATE POLICY tresor_reach ON tenant_key USING (tresor_in_reach(tenant_id));

ALTER TABLE data_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE data_key FORCE ROW LEVEL SECURITY;
CREATE POLICY tresor_reach ON data_key USING (tresor_in_reach(tenant_id));

ALTER TABLE security_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE security_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tresor_reach ON security_event USING (tresor_in_reach(tenant_id));

-- The audit trail: anyone appends (an event may concern any tenant, or none, e.g. a failed
-- sign-in of an unknown address); reading and the chainer's one update stay within the reach.
-- Deleting within the reach is "allowed" by a policy only so that an attempt fails loudly in
-- the append-only trigger (and for the application's role, which has no DELETE privilege, at
-- once) instead of silently matching no row.
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tresor_append ON audit_event FOR INSERT WITH CHECK (true);
CREATE POLICY tresor_read ON audit_event FOR SELECT USING (tresor_in_reach(tenant_id));
CREATE POLICY tresor_chain ON audit_event FOR UPDATE USING (tresor_in_reach(tenant_id));
CREATE POLICY tresor_remove ON audit_event FOR DELETE USING (tresor_in_reach(tenant_id));

-- The serial-number prefix search is written as a range (serial_key >= prefix AND < next):
-- LIKE is not leakproof, so under row-level security it would only filter after a scan. Byte
-- order (COLLATE "C") keeps every key with a prefix inside that range whatever the database's
-- collation, and a plain index serves it.
DROP INDEX ix_asset_tenant_serial_key;
DROP INDEX ix_asset_serial_key;
ALTER TABLE asset ALTER COLUMN serial_key TYPE VARCHAR(100) COLLATE "C";
CREATE INDEX ix_asset_tenant_serial_key ON asset (tenant_id, serial_key);
CREATE INDEX ix_asset_serial_key ON asset (serial_key);
