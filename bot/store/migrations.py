"""The schema, as versioned migrations: append only, applied in order by `db.migrate`."""

from __future__ import annotations

#: Versioned migrations. Append only: a database made by an earlier version is upgraded in order.
MIGRATIONS: list[tuple[int, str]] = [
    (1, """
    CREATE TABLE users (
        user_id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL,
        language TEXT NOT NULL,
        language_chosen INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1,
        first_seen REAL NOT NULL
    );
    CREATE TABLE assessments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        status TEXT NOT NULL DEFAULT 'active',
        position INTEGER NOT NULL DEFAULT 0,
        message_id INTEGER,
        started_at REAL NOT NULL,
        finished_at REAL
    );
    CREATE INDEX assessments_user ON assessments(user_id, status);
    CREATE TABLE answers (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        option_id TEXT NOT NULL,
        typed TEXT,
        answered_at REAL NOT NULL,
        PRIMARY KEY (assessment_id, question_id)
    );
    CREATE TABLE plans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        assessment_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
        record TEXT NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE INDEX plans_user ON plans(user_id, id);
    CREATE TABLE processed_updates (
        update_id INTEGER PRIMARY KEY,
        seen_at REAL NOT NULL
    );
    """),
    (2, """
    ALTER TABLE users ADD COLUMN reminders INTEGER NOT NULL DEFAULT 1;
    CREATE TABLE nudges (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'action',
        action TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        due_at REAL NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        claimed_at REAL,
        sent_at REAL,
        message_id INTEGER
    );
    CREATE INDEX nudges_due ON nudges(status, due_at);
    CREATE INDEX nudges_user ON nudges(user_id, status);
    CREATE TABLE action_progress (
        user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        action TEXT NOT NULL,
        done_at REAL NOT NULL,
        PRIMARY KEY (plan_id, action)
    );
    """),
    (3, """
    ALTER TABLE users ADD COLUMN updates INTEGER;
    CREATE TABLE staff (
        staff_id INTEGER PRIMARY KEY,
        added_by INTEGER NOT NULL,
        added_at REAL NOT NULL
    );
    CREATE TABLE member_groups (
        chat_id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT ',',
        active INTEGER NOT NULL DEFAULT 1,
        added_by INTEGER,
        added_at REAL NOT NULL
    );
    CREATE TABLE broadcasts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        staff_id INTEGER NOT NULL,
        staff_chat_id INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'awaiting',
        from_chat_id INTEGER,
        message_id INTEGER,
        audience TEXT,
        progress_message_id INTEGER,
        created_at REAL NOT NULL,
        finished_at REAL
    );
    CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id) ON DELETE CASCADE,
        chat_id INTEGER NOT NULL,
        user_id INTEGER,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        not_before REAL NOT NULL DEFAULT 0,
        error TEXT,
        updated_at REAL
    );
    CREATE INDEX deliveries_due ON deliveries(status, not_before, id);
    CREATE INDEX deliveries_broadcast ON deliveries(broadcast_id, status);
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        asked_at REAL NOT NULL,
        answered_by INTEGER,
        answered_at REAL
    );
    CREATE TABLE question_messages (
        chat_id INTEGER NOT NULL,
        message_id INTEGER NOT NULL,
        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        PRIMARY KEY (chat_id, message_id)
    )
    """),
    (4, """
    CREATE TABLE relief_added (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        apply TEXT NOT NULL,
        deadline TEXT,
        qualifies TEXT NOT NULL,
        added_by INTEGER NOT NULL,
        added_at REAL NOT NULL
    );
    CREATE TABLE relief_hidden (
        id TEXT PRIMARY KEY,
        hidden_by INTEGER NOT NULL,
        hidden_at REAL NOT NULL
    );
    CREATE TABLE pending_questions (
        user_id INTEGER PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE,
        since REAL NOT NULL
    )
    """),
    (5, """
    CREATE TABLE descriptions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL,
        chat_id INTEGER NOT NULL,
        language TEXT NOT NULL,
        answers TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE INDEX descriptions_user ON descriptions(user_id, id)
    """),
    # Issue 17: what `msme-advisor health` reads (bot/store/health.py).
    (17, """
    CREATE TABLE health (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        written_at REAL NOT NULL,
        telegram_ok_at REAL
    )
    """),
    # Numbered after issue 18 rather than next in line: other branches add migrations too,
    # and db.migrate applies any version a database has not seen, in order.
    (18, """
    CREATE TABLE chart_files (
        key TEXT PRIMARY KEY,
        file_id TEXT NOT NULL,
        sent_at REAL NOT NULL
    )
    """),
    (19, """
    CREATE TABLE plan_feedback (
        plan_id INTEGER PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        useful INTEGER NOT NULL,
        comment TEXT,
        awaiting INTEGER NOT NULL DEFAULT 0,
        rated_at REAL NOT NULL
    );
    CREATE INDEX plan_feedback_user ON plan_feedback(user_id, awaiting);
    ALTER TABLE questions ADD COLUMN kind TEXT NOT NULL DEFAULT 'question'
    """),
    # The questions a description's plan waits for (bot/sharpen.py), and the private message
    # that asks the first of them: until it is sent, nothing typed in private answers it.
    (20, """
    ALTER TABLE descriptions ADD COLUMN asking TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE descriptions ADD COLUMN question_message INTEGER
    """),
    # Issue 15 (scale), numbered after the highest of the other branches' (20): db.migrate
    # applies any version a database has not seen, in order. Erasing a person looks their
    # rows up by user_id, and SQLite's foreign keys look children up by their parent: without
    # these indexes /delete read whole tables. Counts read counters, not every plan:
    # latest_plans and latest_scores hold each business's latest plan (kept by Plans.add),
    # and triggers keep the counts of those rows, of opted-in owners and of actions done, so
    # that they cost the same at a million businesses as at ten.
    (21, """
    CREATE INDEX deliveries_user ON deliveries(user_id);
    CREATE INDEX action_progress_user ON action_progress(user_id);
    CREATE INDEX questions_user ON questions(user_id);
    CREATE INDEX question_messages_question ON question_messages(question_id);
    CREATE INDEX nudges_plan ON nudges(plan_id);
    CREATE INDEX plans_assessment ON plans(assessment_id);
    CREATE INDEX processed_updates_seen ON processed_updates(seen_at);
    CREATE INDEX users_opted_in ON users(user_id) WHERE updates = 1 AND active = 1;
    CREATE TABLE latest_plans (
        user_id INTEGER PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        created_at REAL NOT NULL,
        first_action TEXT
    );
    CREATE INDEX latest_plans_plan ON latest_plans(plan_id);
    CREATE TABLE latest_scores (
        user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        area TEXT NOT NULL,
        score INTEGER NOT NULL,
        PRIMARY KEY (user_id, area)
    ) WITHOUT ROWID;
    CREATE TABLE plan_hours (hour INTEGER PRIMARY KEY, n INTEGER NOT NULL);
    CREATE TABLE first_action_counts (action TEXT PRIMARY KEY, n INTEGER NOT NULL);
    CREATE TABLE score_counts (
        area TEXT NOT NULL,
        score INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (area, score)
    ) WITHOUT ROWID;
    CREATE TABLE insight_counts (key TEXT PRIMARY KEY, n INTEGER NOT NULL);
    INSERT INTO latest_plans
        SELECT user_id, id, created_at, json_extract(record, '$.items[0][0]') FROM plans
        WHERE id IN (SELECT MAX(id) FROM plans GROUP BY user_id);
    INSERT INTO latest_scores
        SELECT l.user_id, s.key, s.value FROM latest_plans l JOIN plans p ON p.id = l.plan_id,
        json_each(p.record, '$.scores') s WHERE s.type = 'integer';
    INSERT INTO plan_hours
        SELECT CAST(created_at / 3600 AS INTEGER), COUNT(*) FROM latest_plans GROUP BY 1;
    INSERT INTO first_action_counts
        SELECT first_action, COUNT(*) FROM latest_plans WHERE first_action IS NOT NULL
        GROUP BY 1;
    INSERT INTO score_counts SELECT area, score, COUNT(*) FROM latest_scores GROUP BY 1, 2;
    INSERT INTO insight_counts
        SELECT 'opted_in', COUNT(*) FROM users WHERE updates = 1 AND active = 1
        UNION ALL SELECT 'actions_done', COUNT(*) FROM action_progress
        UNION ALL SELECT 'businesses_acting', COUNT(DISTINCT user_id) FROM action_progress;
    CREATE TRIGGER latest_plan_added AFTER INSERT ON latest_plans BEGIN
        INSERT INTO plan_hours VALUES (CAST(NEW.created_at / 3600 AS INTEGER), 1)
            ON CONFLICT(hour) DO UPDATE SET n = n + 1;
        INSERT INTO first_action_counts SELECT NEW.first_action, 1
            WHERE NEW.first_action IS NOT NULL ON CONFLICT(action) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER latest_plan_removed AFTER DELETE ON latest_plans BEGIN
        UPDATE plan_hours SET n = n - 1 WHERE hour = CAST(OLD.created_at / 3600 AS INTEGER);
        UPDATE first_action_counts SET n = n - 1 WHERE action = OLD.first_action;
    END;
    CREATE TRIGGER latest_score_added AFTER INSERT ON latest_scores BEGIN
        INSERT INTO score_counts VALUES (NEW.area, NEW.score, 1)
            ON CONFLICT(area, score) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER latest_score_removed AFTER DELETE ON latest_scores BEGIN
        UPDATE score_counts SET n = n - 1 WHERE area = OLD.area AND score = OLD.score;
    END;
    CREATE TRIGGER user_added AFTER INSERT ON users
        WHEN NEW.updates = 1 AND NEW.active = 1 BEGIN
        UPDATE insight_counts SET n = n + 1 WHERE key = 'opted_in';
    END;
    CREATE TRIGGER user_removed AFTER DELETE ON users
        WHEN OLD.updates = 1 AND OLD.active = 1 BEGIN
        UPDATE insight_counts SET n = n - 1 WHERE key = 'opted_in';
    END;
    CREATE TRIGGER user_opted AFTER UPDATE OF updates, active ON users
        WHEN (COALESCE(OLD.updates, 0) = 1 AND OLD.active = 1)
            != (COALESCE(NEW.updates, 0) = 1 AND NEW.active = 1) BEGIN
        UPDATE insight_counts
            SET n = n + CASE WHEN NEW.updates = 1 AND NEW.active = 1 THEN 1 ELSE -1 END
            WHERE key = 'opted_in';
    END;
    CREATE TRIGGER action_done AFTER INSERT ON action_progress BEGIN
        UPDATE insight_counts SET n = n + 1 WHERE key = 'actions_done';
        UPDATE insight_counts SET n = n + 1 WHERE key = 'businesses_acting'
            AND (SELECT COUNT(*) FROM action_progress WHERE user_id = NEW.user_id) = 1;
    END;
    CREATE TRIGGER action_undone AFTER DELETE ON action_progress BEGIN
        UPDATE insight_counts SET n = n - 1 WHERE key = 'actions_done';
        UPDATE insight_counts SET n = n - 1 WHERE key = 'businesses_acting'
            AND NOT EXISTS (SELECT 1 FROM action_progress WHERE user_id = OLD.user_id);
    END
    """),
    # Issue 15, after the merge: /stats' whole report and "businesses like yours" read counts,
    # not every latest plan. latest_plans gains what the report groups by (the profile
    # answers, the areas at risk together, the scores, the plan's actions, whether the owner
    # ever marked an action done), and triggers keep counts of those rows by profile (cells),
    # of their scores, of each action in them and done there; month_plans holds each owner's
    # latest plan in each month, counted the same way; 'started' counts everyone who began an
    # assessment, a description or got a plan. /guidance's signals depend on the content, so
    # the advisor evaluates them for each new plan (signals, under signals_key, a digest of
    # the content they were evaluated with) and re-evaluates those under another key when the
    # content changed; signal_counts counts them by key. plan_summary is the one place a
    # plan's record is read for the rest (also by Plans.add and bench/scale.py). At risk: a
    # score under 40, as bot/stats.py's AT_RISK_BELOW, over bot.knowledge.AREAS_SCORED in
    # that order: a change to either needs a migration that recomputes `risk`. Profile answers
    # missing count as ''.
    (22, """
    ALTER TABLE latest_plans ADD COLUMN sector TEXT;
    ALTER TABLE latest_plans ADD COLUMN size TEXT;
    ALTER TABLE latest_plans ADD COLUMN led_by TEXT;
    ALTER TABLE latest_plans ADD COLUMN risk TEXT NOT NULL DEFAULT 'none';
    ALTER TABLE latest_plans ADD COLUMN scores TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE latest_plans ADD COLUMN actions TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE latest_plans ADD COLUMN acted INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE latest_plans ADD COLUMN signals TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE latest_plans ADD COLUMN signals_key TEXT NOT NULL DEFAULT '';
    CREATE INDEX latest_plans_made ON latest_plans(created_at);
    CREATE INDEX latest_plans_signals ON latest_plans(signals_key);
    CREATE TABLE signal_keys (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE signal_counts (
        key TEXT NOT NULL,
        guidance TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (key, guidance)
    ) WITHOUT ROWID;
    INSERT INTO signal_keys SELECT '', COUNT(*) FROM latest_plans;
    CREATE VIEW plan_summary AS SELECT
        id AS plan_id, user_id, created_at,
        strftime('%Y-%m', created_at, 'unixepoch') AS month,
        json_extract(record, '$.items[0][0]') AS first_action,
        json_extract(record, '$.answers.sector') AS sector,
        json_extract(record, '$.answers.size') AS size,
        json_extract(record, '$.answers.led_by') AS led_by,
        COALESCE(NULLIF(substr(
            CASE WHEN json_extract(record, '$.scores.cash') < 40 THEN '+cash' ELSE '' END
            || CASE WHEN json_extract(record, '$.scores.operations') < 40
                    THEN '+operations' ELSE '' END
            || CASE WHEN json_extract(record, '$.scores.staff') < 40 THEN '+staff' ELSE '' END
            || CASE WHEN json_extract(record, '$.scores.digital') < 40
                    THEN '+digital' ELSE '' END, 2), ''), 'none') AS risk,
        (SELECT json_group_object(key, value) FROM json_each(record, '$.scores')
         WHERE type = 'integer') AS scores,
        (SELECT json_group_array(DISTINCT json_extract(value, '$[0]'))
         FROM json_each(record, '$.items')) AS actions
        FROM plans;
    UPDATE latest_plans SET (created_at, sector, size, led_by, risk, scores, actions, acted) =
        (SELECT s.created_at, s.sector, s.size, s.led_by, s.risk, s.scores, s.actions,
                EXISTS (SELECT 1 FROM action_progress a WHERE a.user_id = s.user_id)
         FROM plan_summary s WHERE s.plan_id = latest_plans.plan_id);
    DELETE FROM plan_hours;
    INSERT INTO plan_hours
        SELECT CAST(created_at / 3600 AS INTEGER), COUNT(*) FROM latest_plans GROUP BY 1;
    CREATE TABLE cell_counts (
        sector TEXT NOT NULL,
        size TEXT NOT NULL,
        led_by TEXT NOT NULL,
        risk TEXT NOT NULL,
        acted INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (sector, size, led_by, risk, acted)
    ) WITHOUT ROWID;
    CREATE TABLE cell_scores (
        sector TEXT NOT NULL,
        size TEXT NOT NULL,
        led_by TEXT NOT NULL,
        area TEXT NOT NULL,
        score INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (sector, size, led_by, area, score)
    ) WITHOUT ROWID;
    CREATE INDEX cell_scores_size ON cell_scores(size);
    CREATE TABLE action_counts (
        action TEXT PRIMARY KEY,
        in_plans INTEGER NOT NULL,
        done INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE month_plans (
        user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
        month TEXT NOT NULL,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        risk TEXT NOT NULL,
        scores TEXT NOT NULL,
        PRIMARY KEY (user_id, month)
    ) WITHOUT ROWID;
    CREATE INDEX month_plans_plan ON month_plans(plan_id);
    CREATE TABLE month_counts (
        month TEXT NOT NULL,
        risk TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (month, risk)
    ) WITHOUT ROWID;
    CREATE TABLE month_scores (
        month TEXT NOT NULL,
        area TEXT NOT NULL,
        score INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (month, area, score)
    ) WITHOUT ROWID;
    INSERT INTO cell_counts
        SELECT COALESCE(sector, ''), COALESCE(size, ''), COALESCE(led_by, ''), risk, acted,
               COUNT(*) FROM latest_plans GROUP BY 1, 2, 3, 4, 5;
    INSERT INTO cell_scores
        SELECT COALESCE(l.sector, ''), COALESCE(l.size, ''), COALESCE(l.led_by, ''), s.key,
               s.value, COUNT(*) FROM latest_plans l, json_each(l.scores) s
        GROUP BY 1, 2, 3, 4, 5;
    INSERT INTO action_counts
        SELECT j.value, COUNT(*), SUM(EXISTS (SELECT 1 FROM action_progress a
                                              WHERE a.plan_id = l.plan_id AND a.action = j.value))
        FROM latest_plans l, json_each(l.actions) j GROUP BY 1;
    INSERT INTO month_plans
        SELECT user_id, month, plan_id, risk, scores FROM plan_summary WHERE plan_id IN
        (SELECT MAX(id) FROM plans GROUP BY user_id, strftime('%Y-%m', created_at, 'unixepoch'));
    INSERT INTO month_counts SELECT month, risk, COUNT(*) FROM month_plans GROUP BY 1, 2;
    INSERT INTO month_scores
        SELECT m.month, s.key, s.value, COUNT(*) FROM month_plans m, json_each(m.scores) s
        GROUP BY 1, 2, 3;
    INSERT INTO insight_counts
        SELECT 'started', COUNT(*) FROM (SELECT user_id FROM assessments
                                         UNION SELECT user_id FROM plans
                                         UNION SELECT user_id FROM descriptions);
    CREATE TRIGGER latest_plan_counted AFTER INSERT ON latest_plans BEGIN
        INSERT INTO cell_counts VALUES (COALESCE(NEW.sector, ''), COALESCE(NEW.size, ''),
                                        COALESCE(NEW.led_by, ''), NEW.risk, NEW.acted, 1)
            ON CONFLICT(sector, size, led_by, risk, acted) DO UPDATE SET n = n + 1;
        INSERT INTO cell_scores
            SELECT COALESCE(NEW.sector, ''), COALESCE(NEW.size, ''), COALESCE(NEW.led_by, ''),
                   key, value, 1 FROM json_each(NEW.scores) WHERE true
            ON CONFLICT(sector, size, led_by, area, score) DO UPDATE SET n = n + 1;
        INSERT INTO action_counts SELECT value, 1, 0 FROM json_each(NEW.actions) WHERE true
            ON CONFLICT(action) DO UPDATE SET in_plans = in_plans + 1;
        UPDATE action_counts SET done = done + 1
            WHERE action IN (SELECT a.action FROM action_progress a WHERE a.plan_id = NEW.plan_id)
            AND action IN (SELECT value FROM json_each(NEW.actions));
    END;
    CREATE TRIGGER latest_plan_signals_counted AFTER INSERT ON latest_plans BEGIN
        INSERT INTO signal_keys VALUES (NEW.signals_key, 1)
            ON CONFLICT(key) DO UPDATE SET n = n + 1;
        INSERT INTO signal_counts SELECT NEW.signals_key, value, 1 FROM json_each(NEW.signals)
            WHERE true ON CONFLICT(key, guidance) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER latest_plan_signals_uncounted AFTER DELETE ON latest_plans BEGIN
        UPDATE signal_keys SET n = n - 1 WHERE key = OLD.signals_key;
        UPDATE signal_counts SET n = n - 1 WHERE key = OLD.signals_key
            AND guidance IN (SELECT value FROM json_each(OLD.signals));
    END;
    CREATE TRIGGER latest_plan_signals_changed AFTER UPDATE OF signals, signals_key
        ON latest_plans BEGIN
        UPDATE signal_keys SET n = n - 1 WHERE key = OLD.signals_key;
        UPDATE signal_counts SET n = n - 1 WHERE key = OLD.signals_key
            AND guidance IN (SELECT value FROM json_each(OLD.signals));
        INSERT INTO signal_keys VALUES (NEW.signals_key, 1)
            ON CONFLICT(key) DO UPDATE SET n = n + 1;
        INSERT INTO signal_counts SELECT NEW.signals_key, value, 1 FROM json_each(NEW.signals)
            WHERE true ON CONFLICT(key, guidance) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER latest_plan_uncounted AFTER DELETE ON latest_plans BEGIN
        UPDATE cell_counts SET n = n - 1
            WHERE sector = COALESCE(OLD.sector, '') AND size = COALESCE(OLD.size, '')
            AND led_by = COALESCE(OLD.led_by, '') AND risk = OLD.risk AND acted = OLD.acted;
        UPDATE cell_scores SET n = n - 1
            WHERE sector = COALESCE(OLD.sector, '') AND size = COALESCE(OLD.size, '')
            AND led_by = COALESCE(OLD.led_by, '')
            AND (area, score) IN (SELECT key, value FROM json_each(OLD.scores));
        UPDATE action_counts SET in_plans = in_plans - 1
            WHERE action IN (SELECT value FROM json_each(OLD.actions));
        UPDATE action_counts SET done = done - 1
            WHERE action IN (SELECT a.action FROM action_progress a WHERE a.plan_id = OLD.plan_id)
            AND action IN (SELECT value FROM json_each(OLD.actions));
    END;
    CREATE TRIGGER latest_plan_changed AFTER UPDATE OF acted, created_at ON latest_plans BEGIN
        UPDATE cell_counts SET n = n - 1
            WHERE sector = COALESCE(OLD.sector, '') AND size = COALESCE(OLD.size, '')
            AND led_by = COALESCE(OLD.led_by, '') AND risk = OLD.risk AND acted = OLD.acted;
        INSERT INTO cell_counts VALUES (COALESCE(NEW.sector, ''), COALESCE(NEW.size, ''),
                                        COALESCE(NEW.led_by, ''), NEW.risk, NEW.acted, 1)
            ON CONFLICT(sector, size, led_by, risk, acted) DO UPDATE SET n = n + 1;
        UPDATE plan_hours SET n = n - 1 WHERE hour = CAST(OLD.created_at / 3600 AS INTEGER);
        INSERT INTO plan_hours VALUES (CAST(NEW.created_at / 3600 AS INTEGER), 1)
            ON CONFLICT(hour) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER action_done_counted AFTER INSERT ON action_progress BEGIN
        UPDATE latest_plans SET acted = 1 WHERE user_id = NEW.user_id AND acted = 0;
        UPDATE action_counts SET done = done + 1 WHERE action = NEW.action AND EXISTS
            (SELECT 1 FROM latest_plans l WHERE l.plan_id = NEW.plan_id
             AND NEW.action IN (SELECT value FROM json_each(l.actions)));
    END;
    CREATE TRIGGER action_undone_counted AFTER DELETE ON action_progress BEGIN
        UPDATE latest_plans SET acted = 0 WHERE user_id = OLD.user_id AND acted = 1
            AND NOT EXISTS (SELECT 1 FROM action_progress WHERE user_id = OLD.user_id);
        UPDATE action_counts SET done = done - 1 WHERE action = OLD.action AND EXISTS
            (SELECT 1 FROM latest_plans l WHERE l.plan_id = OLD.plan_id
             AND OLD.action IN (SELECT value FROM json_each(l.actions)));
    END;
    CREATE TRIGGER plan_in_month AFTER INSERT ON plans BEGIN
        DELETE FROM month_plans WHERE user_id = NEW.user_id
            AND month = strftime('%Y-%m', NEW.created_at, 'unixepoch');
        INSERT INTO month_plans
            SELECT user_id, month, plan_id, risk, scores FROM plan_summary WHERE plan_id = NEW.id;
    END;
    CREATE TRIGGER plan_moved AFTER UPDATE OF created_at ON plans BEGIN
        UPDATE latest_plans SET created_at = NEW.created_at WHERE plan_id = NEW.id;
        DELETE FROM month_plans WHERE user_id = NEW.user_id;
        INSERT INTO month_plans
            SELECT user_id, month, plan_id, risk, scores FROM plan_summary WHERE plan_id IN
            (SELECT MAX(id) FROM plans WHERE user_id = NEW.user_id
             GROUP BY strftime('%Y-%m', created_at, 'unixepoch'));
    END;
    CREATE TRIGGER month_plan_counted AFTER INSERT ON month_plans BEGIN
        INSERT INTO month_counts VALUES (NEW.month, NEW.risk, 1)
            ON CONFLICT(month, risk) DO UPDATE SET n = n + 1;
        INSERT INTO month_scores SELECT NEW.month, key, value, 1 FROM json_each(NEW.scores)
            WHERE true ON CONFLICT(month, area, score) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER month_plan_uncounted AFTER DELETE ON month_plans BEGIN
        UPDATE month_counts SET n = n - 1 WHERE month = OLD.month AND risk = OLD.risk;
        UPDATE month_scores SET n = n - 1 WHERE month = OLD.month
            AND (area, score) IN (SELECT key, value FROM json_each(OLD.scores));
    END;
    CREATE TRIGGER started_assessments AFTER INSERT ON assessments
        WHEN NOT EXISTS (SELECT 1 FROM assessments WHERE user_id = NEW.user_id AND id != NEW.id)
        AND NOT EXISTS (SELECT 1 FROM plans WHERE user_id = NEW.user_id)
        AND NOT EXISTS (SELECT 1 FROM descriptions WHERE user_id = NEW.user_id) BEGIN
        UPDATE insight_counts SET n = n + 1 WHERE key = 'started';
    END;
    CREATE TRIGGER unstarted_assessments AFTER DELETE ON assessments
        WHEN NOT EXISTS (SELECT 1 FROM assessments WHERE user_id = OLD.user_id)
        AND NOT EXISTS (SELECT 1 FROM plans WHERE user_id = OLD.user_id)
        AND NOT EXISTS (SELECT 1 FROM descriptions WHERE user_id = OLD.user_id) BEGIN
        UPDATE insight_counts SET n = n - 1 WHERE key = 'started';
    END;
    CREATE TRIGGER started_plans AFTER INSERT ON plans
        WHEN NOT EXISTS (SELECT 1 FROM plans WHERE user_id = NEW.user_id AND id != NEW.id)
        AND NOT EXISTS (SELECT 1 FROM assessments WHERE user_id = NEW.user_id)
        AND NOT EXISTS (SELECT 1 FROM descriptions WHERE user_id = NEW.user_id) BEGIN
        UPDATE insight_counts SET n = n + 1 WHERE key = 'started';
    END;
    CREATE TRIGGER unstarted_plans AFTER DELETE ON plans
        WHEN NOT EXISTS (SELECT 1 FROM assessments WHERE user_id = OLD.user_id)
        AND NOT EXISTS (SELECT 1 FROM plans WHERE user_id = OLD.user_id)
        AND NOT EXISTS (SELECT 1 FROM descriptions WHERE user_id = OLD.user_id) BEGIN
        UPDATE insight_counts SET n = n - 1 WHERE key = 'started';
    END;
    CREATE TRIGGER started_descriptions AFTER INSERT ON descriptions
        WHEN NOT EXISTS (SELECT 1 FROM descriptions WHERE user_id = NEW.user_id AND id != NEW.id)
        AND NOT EXISTS (SELECT 1 FROM assessments WHERE user_id = NEW.user_id)
        AND NOT EXISTS (SELECT 1 FROM plans WHERE user_id = NEW.user_id) BEGIN
        UPDATE insight_counts SET n = n + 1 WHERE key = 'started';
    END;
    CREATE TRIGGER unstarted_descriptions AFTER DELETE ON descriptions
        WHEN NOT EXISTS (SELECT 1 FROM assessments WHERE user_id = OLD.user_id)
        AND NOT EXISTS (SELECT 1 FROM plans WHERE user_id = OLD.user_id)
        AND NOT EXISTS (SELECT 1 FROM descriptions WHERE user_id = OLD.user_id) BEGIN
        UPDATE insight_counts SET n = n - 1 WHERE key = 'started';
    END
    """),
]
