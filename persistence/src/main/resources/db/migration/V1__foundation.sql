-- Foundation: tenants, user accounts, integrator clients, token signing keys.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.

CREATE TABLE tenant (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE UNIQUE INDEX ux_tenant_name ON tenant (name);

CREATE TABLE user_account (
    id                       VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id                VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    email                    VARCHAR(320) NOT NULL,
    display_name             VARCHAR(200) NOT NULL,
    roles                    VARCHAR(200) NOT NULL,
    status                   VARCHAR(20)  NOT NULL,
    password_hash            VARCHAR(200),
    password_change_required BOOLEAN      NOT NULL,
    totp_secret              VARCHAR(64),
    totp_enabled             BOOLEAN      NOT NULL,
    totp_last_step           BIGINT       NOT NULL,
    recovery_codes           VARCHAR(1000),
    invitation_token_hash    VARCHAR(64),
    invitation_expires_at    TIMESTAMP WITH TIME ZONE,
    locale                   VARCHAR(10),
    last_login_at            TIMESTAMP WITH TIME ZONE,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT       NOT NULL
);
-- Sign-in is by e-mail address, unique across the installation.
CREATE UNIQUE INDEX ux_user_account_email ON user_account (email);
CREATE INDEX ix_user_account_tenant ON user_account (tenant_id);
CREATE UNIQUE INDEX ux_user_account_invitation ON user_account (invitation_token_hash);

CREATE TABLE integrator_client (
    id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
    client_id             VARCHAR(64)  NOT NULL,
    tenant_id             VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    name                  VARCHAR(200) NOT NULL,
    secret_hash           VARCHAR(200) NOT NULL,
    scopes                VARCHAR(1000),
    allowed_cidrs         VARCHAR(1000),
    rate_limit_per_minute INTEGER      NOT NULL,
    enabled               BOOLEAN      NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT       NOT NULL
);
CREATE UNIQUE INDEX ux_integrator_client_client_id ON integrator_client (client_id);

CREATE TABLE signing_key (
    kid                 VARCHAR(64) NOT NULL PRIMARY KEY,
    algorithm           VARCHAR(10) NOT NULL,
    public_jwk          VARCHAR(4000) NOT NULL,
    private_key_wrapped VARCHAR(4000) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sign_until          TIMESTAMP WITH TIME ZONE NOT NULL,
    publish_until       TIMESTAMP WITH TIME ZONE NOT NULL
);
