-- Documents of an asset type (manuals, spare-part lists). The bytes live in a table of their
-- own, so that listing documents never reads them. BYTEA: PostgreSQL's binary type, which H2
-- accepts as a name of BINARY VARYING.
CREATE TABLE asset_document (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    asset_type_id VARCHAR(36)  NOT NULL REFERENCES asset_type (id),
    file_name     VARCHAR(255) NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_asset_document_type ON asset_document (asset_type_id, file_name);

CREATE TABLE asset_document_content (
    id      VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES asset_document (id),
    content BYTEA       NOT NULL
);
