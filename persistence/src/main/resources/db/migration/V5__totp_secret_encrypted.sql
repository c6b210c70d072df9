-- TOTP secrets are stored encrypted under the person's data key (as personal data is).
ALTER TABLE user_account ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(400);
