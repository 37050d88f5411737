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
]
