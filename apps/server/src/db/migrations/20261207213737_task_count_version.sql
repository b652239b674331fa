-- A change counter per province for the answers of the task counts (monitoring.routes.ts
-- remembers each answer with the counters it was computed at). The triggers that keep
-- task_count bump the counter of every province whose counts a statement changed, in the
-- same transaction; renaming or deleting an agency, changing a plan's year or the in-use
-- date bump the installation-wide row ''. Its own schema: not data, so backups leave it
-- out, and a restore (which truncates task_count) bumps every counter instead.
CREATE SCHEMA papi_cache;
--> statement-breakpoint
CREATE TABLE papi_cache.task_count_version (
  scope text PRIMARY KEY,
  version bigint NOT NULL
);
--> statement-breakpoint
-- The counter a unit path belongs to: its province ('/root/province/'), or the path itself
-- above that level.
CREATE FUNCTION task_count_scope(path text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(substring(path from '^/[^/]+/[^/]+/'), path)
$$;
--> statement-breakpoint
-- Counters in sorted order, as the counts themselves, so concurrent writers lock alike.
CREATE FUNCTION task_count_bump(scopes text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO papi_cache.task_count_version AS v (scope, version)
  SELECT s, 1 FROM (SELECT DISTINCT unnest(scopes) AS s) x ORDER BY s
  ON CONFLICT (scope) DO UPDATE SET version = v.version + 1
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION task_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text[];
BEGIN
  IF coalesce(current_setting('papi.restoring', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO task_count AS c (unit_path, plan_id, agency_id, dimension, bucket, due_on, n)
    SELECT k.*, count(*)::int FROM new_rows s CROSS JOIN LATERAL task_count_keys(s) k
     GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ON CONSTRAINT task_count_key DO UPDATE SET n = c.n + excluded.n;
    SELECT array_agg(DISTINCT task_count_scope(unit_path)) INTO changed FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO task_count AS c (unit_path, plan_id, agency_id, dimension, bucket, due_on, n)
    SELECT k.*, -count(*)::int FROM old_rows s CROSS JOIN LATERAL task_count_keys(s) k
     GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ON CONSTRAINT task_count_key DO UPDATE SET n = c.n + excluded.n;
    SELECT array_agg(DISTINCT task_count_scope(unit_path)) INTO changed FROM old_rows;
  ELSE
    -- Only the keys whose count moves: a write that leaves every count alone (a note, a
    -- version) keeps the remembered answers.
    WITH d AS (
      SELECT d.unit_path, d.plan_id, d.agency_id, d.dimension, d.bucket, d.due_on, sum(d.n)::int AS n
        FROM (SELECT k.*, 1 AS n FROM new_rows s CROSS JOIN LATERAL task_count_keys(s) k
              UNION ALL
              SELECT k.*, -1 FROM old_rows s CROSS JOIN LATERAL task_count_keys(s) k) d
       GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(d.n) <> 0),
    up AS (
      INSERT INTO task_count AS c (unit_path, plan_id, agency_id, dimension, bucket, due_on, n)
      SELECT * FROM d ORDER BY 1, 2, 3, 4, 5, 6
      ON CONFLICT ON CONSTRAINT task_count_key DO UPDATE SET n = c.n + excluded.n
      RETURNING 1)
    -- (The insert in `up` runs whether or not this reads it.)
    SELECT array_agg(DISTINCT task_count_scope(unit_path)) INTO changed FROM d;
  END IF;
  DELETE FROM task_count WHERE n = 0;
  IF changed IS NOT NULL THEN
    PERFORM task_count_bump(changed);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION task_count_bump_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM task_count_bump(array['']);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A restore truncates task_count and loads it as saved: every remembered answer goes.
CREATE TRIGGER task_count_truncated AFTER TRUNCATE ON task_count
  FOR EACH STATEMENT EXECUTE FUNCTION task_count_bump_all();
--> statement-breakpoint
-- The answer names agencies and filters plans by year and overdue by the in-use date.
CREATE TRIGGER agency_named AFTER UPDATE OF name OR DELETE ON agency
  FOR EACH STATEMENT EXECUTE FUNCTION task_count_bump_all();
--> statement-breakpoint
CREATE TRIGGER plan_year_changed AFTER UPDATE OF year ON plan
  FOR EACH STATEMENT EXECUTE FUNCTION task_count_bump_all();
--> statement-breakpoint
CREATE TRIGGER in_use_since_changed AFTER INSERT OR UPDATE OR DELETE ON setting
  FOR EACH STATEMENT EXECUTE FUNCTION task_count_bump_all();
--> statement-breakpoint
ALTER TABLE task_count ENABLE ALWAYS TRIGGER task_count_truncated;
--> statement-breakpoint
ALTER TABLE agency ENABLE ALWAYS TRIGGER agency_named;
--> statement-breakpoint
ALTER TABLE plan ENABLE ALWAYS TRIGGER plan_year_changed;
--> statement-breakpoint
ALTER TABLE setting ENABLE ALWAYS TRIGGER in_use_since_changed;
--> statement-breakpoint
SELECT task_count_bump(array['']);
