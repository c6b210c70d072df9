-- Enrollment groups: the manufacturer's ways for devices to get an identity without a one-time
-- token. An X509 group trusts a factory CA for one asset type (devices whose certificate chains
-- to it register themselves at their first connection); a SYMMETRIC group holds a random key,
-- wrapped by the master key, from which every device key is derived (HMAC of the device id).
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.
CREATE TABLE enrollment_group (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    name              VARCHAR(200)  NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    asset_type_id     VARCHAR(36)   NOT NULL REFERENCES asset_type (id),
    ca_certificate    VARCHAR(8000),
    ca_subject        VARCHAR(1000),
    ca_fingerprint    VARCHAR(64),
    group_key_wrapped VARCHAR(1000),
    state             VARCHAR(20)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    disabled_at       TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL
);
CREATE UNIQUE INDEX ux_enrollment_group_name ON enrollment_group (name);
-- A device chain is matched to groups by the subject of its trust anchor.
CREATE INDEX ix_enrollment_group_ca_subject ON enrollment_group (ca_subject);

-- The group a device got its identity through (null: Tresor's own enrollment by token).
ALTER TABLE device ADD COLUMN enrollment_group_id VARCHAR(36);
ALTER TABLE device ADD CONSTRAINT fk_device_enrollment_group FOREIGN KEY (enrollment_group_id)
    REFERENCES enrollment_group (id);
