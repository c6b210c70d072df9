-- H2 serves LIKE 'prefix%' from a plain index.
CREATE INDEX ix_asset_tenant_serial_key ON asset (tenant_id, serial_key);
CREATE INDEX ix_asset_serial_key ON asset (serial_key);
