-- Tenant isolation by construction: every table that belongs to a tenant carries its tenant,
-- so the data layer (and on PostgreSQL the row-level security policies) can confine it like
-- the others. Device certificates were reachable only through their device until now.
ALTER TABLE device_certificate ADD COLUMN tenant_id VARCHAR(36);
UPDATE device_certificate SET tenant_id = (SELECT d.tenant_id FROM device d WHERE d.id = device_certificate.device_id);
ALTER TABLE device_certificate ALTER COLUMN tenant_id SET NOT NULL;
CREATE INDEX ix_device_certificate_tenant ON device_certificate (tenant_id, device_id);
