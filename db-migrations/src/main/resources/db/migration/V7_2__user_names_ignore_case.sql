-- User names are unique regardless of case, and login ignores case: "Admin" and "admin" are one account.
-- Where existing accounts already clash only by case, the migration does not fail and loses no account: the oldest
-- (lowest id) keeps its name, each later one is renamed to <name>-<id> (shortened to fit 64 characters; -<id>-<n> if
-- even that is taken). Passwords and roles are unchanged; each rename is reported as a notice in the migration log.
DO $$
DECLARE
    clash record;
    suffix text;
    candidate text;
    attempt integer;
BEGIN
    FOR clash IN
        SELECT u.id, u.username FROM app_user u
        WHERE EXISTS (SELECT 1 FROM app_user o WHERE lower(o.username) = lower(u.username) AND o.id < u.id)
        ORDER BY u.id
    LOOP
        attempt := 0;
        LOOP
            suffix := '-' || clash.id || CASE WHEN attempt = 0 THEN '' ELSE '-' || attempt END;
            candidate := left(clash.username, 64 - length(suffix)) || suffix;
            EXIT WHEN NOT EXISTS (SELECT 1 FROM app_user o WHERE lower(o.username) = lower(candidate));
            attempt := attempt + 1;
        END LOOP;
        UPDATE app_user SET username = candidate WHERE id = clash.id;
        RAISE NOTICE 'user name % clashed with an older account by case only; renamed to %', clash.username, candidate;
    END LOOP;
END
$$;

CREATE UNIQUE INDEX app_user_username_ignoring_case ON app_user (lower(username));
