-- An upload token may carry an expiry; NULL keeps it valid until revoked. Checked on every request.
ALTER TABLE api_token ADD COLUMN expires_at timestamptz;
