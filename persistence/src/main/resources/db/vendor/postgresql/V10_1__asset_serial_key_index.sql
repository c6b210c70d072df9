-- PostgreSQL serves LIKE 'prefix%' from an index only with pattern operators, whatever the
-- database's collation.
CREATE INDEX ix_asset_tenant_serial_key ON asset (tenant_id, serial_key varchar_pattern_ops);
CREATE INDEX ix_asset_serial_key ON asset (serial_key varchar_pattern_ops);
