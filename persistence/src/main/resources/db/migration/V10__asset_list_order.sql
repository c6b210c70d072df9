-- The asset list at scale (benchmark asset-list, 100,000 assets of one customer).
-- Pages are ordered by serial number with the id as tie-breaker (serial numbers are unique
-- per type only): with the id in the index, a page comes straight from the index instead of
-- sorting every asset of the customer first.
DROP INDEX ix_asset_tenant_serial;
CREATE INDEX ix_asset_tenant_serial ON asset (tenant_id, serial_number, id);
-- The manufacturer's side lists every customer's assets in the same order.
CREATE INDEX ix_asset_serial_order ON asset (serial_number, id);
-- Filters by type and status count within the customer without reading all its assets.
CREATE INDEX ix_asset_tenant_type_status ON asset (tenant_id, asset_type_id, status);
-- The serial-number filter is a case-insensitive prefix: the upper-case form is stored so
-- that an index can serve it (an expression index would exist on PostgreSQL only).
ALTER TABLE asset ADD COLUMN serial_key VARCHAR(100);
UPDATE asset SET serial_key = UPPER(serial_number);
ALTER TABLE asset ALTER COLUMN serial_key SET NOT NULL;
