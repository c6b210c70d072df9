-- Installed base: asset types (product models with their telemetry schema), customers' sites
-- and assets, who owned an asset when, the devices on the assets and their certificates.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.

-- The manufacturer's catalogue; every customer sees it. The telemetry schema is a JSON list
-- of {name, unit, type, min, max}: the only metrics ingestion accepts for the type.
CREATE TABLE asset_type (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    part_number      VARCHAR(100)  NOT NULL,
    manufacturer     VARCHAR(200),
    telemetry_schema VARCHAR(8000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE UNIQUE INDEX ux_asset_type_name ON asset_type (name);
CREATE UNIQUE INDEX ux_asset_type_part ON asset_type (part_number);

-- A customer's plant or building. Address and contact are personal data, sealed under the
-- contact's own data key (contact_subject_id), so erasing the contact shreds exactly them.
CREATE TABLE site (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id          VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    name               VARCHAR(200) NOT NULL,
    address            VARCHAR(2000),
    contact_subject_id VARCHAR(36)  NOT NULL,
    contact_name       VARCHAR(1000),
    contact_email      VARCHAR(1000),
    contact_phone      VARCHAR(1000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL
);
CREATE UNIQUE INDEX ux_site_name ON site (tenant_id, name);

CREATE TABLE asset (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    asset_type_id    VARCHAR(36)  NOT NULL REFERENCES asset_type (id),
    serial_number    VARCHAR(100) NOT NULL,
    site_id          VARCHAR(36)  REFERENCES site (id),
    installed_on     DATE,
    status           VARCHAR(20)  NOT NULL,
    firmware_version VARCHAR(100),
    last_seen_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL
);
CREATE UNIQUE INDEX ux_asset_serial ON asset (asset_type_id, serial_number);
CREATE INDEX ix_asset_tenant_serial ON asset (tenant_id, serial_number);
CREATE INDEX ix_asset_site ON asset (site_id);

-- Every period a customer owned an asset; the open one has no end. Data requests are scoped by it.
CREATE TABLE asset_ownership (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    asset_id    VARCHAR(36) NOT NULL REFERENCES asset (id),
    tenant_id   VARCHAR(36) NOT NULL REFERENCES tenant (id),
    owned_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    owned_until TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_asset_ownership_asset ON asset_ownership (asset_id, owned_from);

-- A connected box on an asset. The enrollment token is stored as a hash only.
CREATE TABLE device (
    id                    VARCHAR(64) NOT NULL PRIMARY KEY,
    tenant_id             VARCHAR(36) NOT NULL REFERENCES tenant (id),
    asset_id              VARCHAR(36) NOT NULL REFERENCES asset (id),
    state                 VARCHAR(20) NOT NULL,
    enrollment_token_hash VARCHAR(64),
    enrollment_expires_at TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT      NOT NULL
);
CREATE INDEX ix_device_asset ON device (asset_id);
CREATE INDEX ix_device_tenant ON device (tenant_id, id);

-- Certificates Tresor's issuing CA signed for devices; revoked ones make up the CRL.
CREATE TABLE device_certificate (
    serial            VARCHAR(40)   NOT NULL PRIMARY KEY,
    device_id         VARCHAR(64)   NOT NULL REFERENCES device (id),
    fingerprint       VARCHAR(64)   NOT NULL,
    not_before        TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after         TIMESTAMP WITH TIME ZONE NOT NULL,
    pem               VARCHAR(4000) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    revoked_at        TIMESTAMP WITH TIME ZONE,
    revocation_reason VARCHAR(30),
    version           BIGINT        NOT NULL
);
CREATE INDEX ix_device_certificate_device ON device_certificate (device_id);
CREATE INDEX ix_device_certificate_status ON device_certificate (status);
CREATE UNIQUE INDEX ux_device_certificate_fingerprint ON device_certificate (fingerprint);
