-- Exact search by name: a blind index of the display name under the tenant's own index key.
-- Rows written before this column existed get their index at the next start (PlainPersonalData).
ALTER TABLE user_account ADD COLUMN display_name_index VARCHAR(32);
CREATE INDEX ix_user_account_name_index ON user_account (tenant_id, display_name_index);
-- Blind indexes now fold case fully (ß = SS); stored e-mail indexes stay valid for every
-- address whose lower case needs no further folding, i.e. every ASCII address.
