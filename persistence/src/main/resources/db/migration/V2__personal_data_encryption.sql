-- Privacy core, part 1: tenant and data keys; personal fields become ciphertexts.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.

-- Keys of a tenant, each wrapped by the master key (the master key never enters the database).
-- No foreign key to tenant: keys are created in their own transaction, possibly before the
-- transaction creating the tenant commits, and they outlive an offboarded tenant as evidence.
CREATE TABLE tenant_key (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(36)  NOT NULL,
    kind         VARCHAR(12)  NOT NULL,
    wrapped      VARCHAR(200),
    state        VARCHAR(12)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    destroyed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_tenant_key_tenant ON tenant_key (tenant_id, kind);

-- One key per data subject, wrapped by a tenant key; wrapped is emptied by crypto-shredding.
CREATE TABLE data_key (
    id            VARCHAR(36) NOT NULL PRIMARY KEY,
    tenant_id     VARCHAR(36) NOT NULL,
    subject_id    VARCHAR(36) NOT NULL,
    tenant_key_id VARCHAR(36) NOT NULL REFERENCES tenant_key (id),
    wrapped       VARCHAR(200),
    state         VARCHAR(12) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    destroyed_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT      NOT NULL
);
CREATE UNIQUE INDEX ux_data_key_subject ON data_key (tenant_id, subject_id);
CREATE INDEX ix_data_key_tenant_key ON data_key (tenant_key_id);

-- E-mail and name hold ciphertexts now (base64 of key id, nonce, ciphertext and tag); sign-in
-- finds the account by the blind index of the e-mail address, unique across the installation.
ALTER TABLE user_account ALTER COLUMN email SET DATA TYPE VARCHAR(1000);
ALTER TABLE user_account ALTER COLUMN display_name SET DATA TYPE VARCHAR(1000);
ALTER TABLE user_account ADD COLUMN email_index VARCHAR(32);
DROP INDEX ux_user_account_email;
CREATE UNIQUE INDEX ux_user_account_email_index ON user_account (email_index);
