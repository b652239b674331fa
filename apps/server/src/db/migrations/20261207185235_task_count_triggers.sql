-- task_count (see task-count.table.ts) kept by triggers, so every write to task_state —
-- the services, the seeds, cascades from plan and plan_task deletes — moves the counts in
-- its own transaction. A restore loads both tables as saved and sets papi.restoring.

-- The distinct top-level dimension codes of a task ("3.2" → "3"), empty codes left out.
CREATE FUNCTION task_dimensions(codes text[]) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(DISTINCT split_part(x, '.', 1) ORDER BY split_part(x, '.', 1)), '{}')
    FROM unnest(codes) x WHERE split_part(x, '.', 1) <> ''
$$;
--> statement-breakpoint
-- The task_count keys one task_state row adds to: once with dimension '', once per dimension.
CREATE FUNCTION task_count_keys(s task_state)
  RETURNS TABLE (unit_path text, plan_id integer, agency_id integer, dimension text, bucket text, due_on date)
  LANGUAGE sql IMMUTABLE AS $$
  SELECT s.unit_path, s.plan_id, coalesce(s.lead_agency_ids[1], 0), d.dimension, b.bucket,
         CASE WHEN b.bucket IN ('started', 'not_started') THEN s.due_on END
    FROM (SELECT CASE WHEN s.cancelled_on IS NOT NULL THEN 'cancelled'
                      WHEN s.completed_on IS NOT NULL THEN
                        CASE WHEN s.due_on IS NOT NULL AND s.completed_on > s.due_on THEN 'done_late' ELSE 'done' END
                      WHEN s.percent > 0 THEN 'started'
                      ELSE 'not_started' END AS bucket) b,
         unnest(array['']::text[] || s.dimensions) d(dimension)
$$;
--> statement-breakpoint
UPDATE task_state s SET dimensions = task_dimensions(t.dimension_codes)
  FROM plan_task t WHERE t.id = s.task_id;
--> statement-breakpoint
INSERT INTO task_count (unit_path, plan_id, agency_id, dimension, bucket, due_on, n)
SELECT k.unit_path, k.plan_id, k.agency_id, k.dimension, k.bucket, k.due_on, count(*)::int
  FROM task_state s CROSS JOIN LATERAL task_count_keys(s) k
 GROUP BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
CREATE FUNCTION task_state_fill_dimensions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('papi.restoring', true), '') <> 'on' THEN
    NEW.dimensions := coalesce(
      (SELECT task_dimensions(t.dimension_codes) FROM plan_task t WHERE t.id = NEW.task_id), '{}');
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER task_state_dimensions BEFORE INSERT ON task_state
  FOR EACH ROW EXECUTE FUNCTION task_state_fill_dimensions();
--> statement-breakpoint
CREATE FUNCTION plan_task_dimensions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE task_state SET dimensions = task_dimensions(NEW.dimension_codes)
   WHERE task_id = NEW.id AND dimensions IS DISTINCT FROM task_dimensions(NEW.dimension_codes);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER plan_task_dimensions AFTER UPDATE OF dimension_codes ON plan_task
  FOR EACH ROW EXECUTE FUNCTION plan_task_dimensions_changed();
--> statement-breakpoint
-- One statement's rows at once (transition tables): a seed's 200,000 inserts are one
-- grouped upsert. Keys in sorted order, so concurrent writers lock them in the same order.
CREATE FUNCTION task_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('papi.restoring', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO task_count AS c (unit_path, plan_id, agency_id, dimension, bucket, due_on, n)
    SELECT k.*, count(*)::int FROM new_rows s CROSS JOIN LATERAL task_count_keys(s) k
     GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ON CONSTRAINT task_count_key DO UPDATE SET n = c.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO task_count AS c (unit_path, plan_id, agency_id, dimension, bucket, due_on, n)
    SELECT k.*, -count(*)::int FROM old_rows s CROSS JOIN LATERAL task_count_keys(s) k
     GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ON CONSTRAINT task_count_key DO UPDATE SET n = c.n + excluded.n;
  ELSE
    INSERT INTO task_count AS c (unit_path, plan_id, agency_id, dimension, bucket, due_on, n)
    SELECT d.unit_path, d.plan_id, d.agency_id, d.dimension, d.bucket, d.due_on, sum(d.n)::int
      FROM (SELECT k.*, 1 AS n FROM new_rows s CROSS JOIN LATERAL task_count_keys(s) k
            UNION ALL
            SELECT k.*, -1 FROM old_rows s CROSS JOIN LATERAL task_count_keys(s) k) d
     GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ON CONSTRAINT task_count_key DO UPDATE SET n = c.n + excluded.n;
  END IF;
  DELETE FROM task_count WHERE n = 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER task_count_insert AFTER INSERT ON task_state
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION task_count_apply();
--> statement-breakpoint
CREATE TRIGGER task_count_update AFTER UPDATE ON task_state
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION task_count_apply();
--> statement-breakpoint
CREATE TRIGGER task_count_delete AFTER DELETE ON task_state
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION task_count_apply();
--> statement-breakpoint
-- Even in session_replication_role = replica (the national generator's bulk load without
-- foreign-key checks): the counts follow every row whatever the session.
ALTER TABLE task_state ENABLE ALWAYS TRIGGER task_state_dimensions;
--> statement-breakpoint
ALTER TABLE task_state ENABLE ALWAYS TRIGGER task_count_insert;
--> statement-breakpoint
ALTER TABLE task_state ENABLE ALWAYS TRIGGER task_count_update;
--> statement-breakpoint
ALTER TABLE task_state ENABLE ALWAYS TRIGGER task_count_delete;
--> statement-breakpoint
ALTER TABLE plan_task ENABLE ALWAYS TRIGGER plan_task_dimensions;
