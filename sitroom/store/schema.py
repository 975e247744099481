"""SQLite schema as numbered migrations; ``schema_version`` records what was applied."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: articles, their annotations, events, runs and the issues log.
    """
    CREATE TABLE articles (
        article_id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL,
        source TEXT NOT NULL,
        title TEXT,
        url TEXT,
        outlet TEXT,
        published TEXT,
        published_from TEXT NOT NULL,
        text TEXT NOT NULL,
        captions TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        n_sentences INTEGER NOT NULL,
        n_words INTEGER NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL
    );
    CREATE INDEX articles_doc_id ON articles(doc_id);
    CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        label TEXT NOT NULL,
        PRIMARY KEY (article_id, start, "end", label)
    );
    CREATE TABLE places (
        article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        name TEXT,
        country TEXT,
        lat REAL,
        lon REAL,
        geonameid INTEGER,
        feature_code TEXT,
        resolution INTEGER,
        PRIMARY KEY (article_id, start, "end")
    );
    CREATE TABLE times (
        article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        value TEXT,
        PRIMARY KEY (article_id, start, "end")
    );
    CREATE TABLE events (
        event_id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        mode TEXT,
        quad INTEGER,
        cameo TEXT,
        date TEXT,
        date_precision TEXT NOT NULL,
        negated INTEGER NOT NULL,
        hypothetical INTEGER NOT NULL,
        future INTEGER NOT NULL,
        historical INTEGER NOT NULL,
        attributed_to TEXT,
        evidence TEXT NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        sentence_index INTEGER NOT NULL,
        lat REAL,
        lon REAL,
        place TEXT,
        confidence REAL NOT NULL,
        pattern TEXT NOT NULL,
        extractor TEXT NOT NULL,
        codebook TEXT NOT NULL,
        data TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL
    );
    CREATE INDEX events_type_date ON events(event_type, date);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_article ON events(article_id);
    CREATE TABLE event_actors (
        event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        name TEXT,
        country TEXT,
        sector TEXT,
        actor_id TEXT,
        PRIMARY KEY (event_id, role, idx)
    );
    CREATE INDEX event_actors_country ON event_actors(country, role);
    CREATE VIRTUAL TABLE events_fts USING fts5(
        evidence, content='events', content_rowid='rowid'
    );
    CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
        INSERT INTO events_fts(rowid, evidence) VALUES (new.rowid, new.evidence);
    END;
    CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
        INSERT INTO events_fts(events_fts, rowid, evidence) VALUES ('delete', old.rowid, old.evidence);
    END;
    CREATE TRIGGER events_fts_update AFTER UPDATE OF evidence ON events BEGIN
        INSERT INTO events_fts(events_fts, rowid, evidence) VALUES ('delete', old.rowid, old.evidence);
        INSERT INTO events_fts(rowid, evidence) VALUES (new.rowid, new.evidence);
    END;
    CREATE TABLE runs (
        run_id TEXT PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        command TEXT NOT NULL,
        counts TEXT
    );
    CREATE TABLE issues (
        run_id TEXT NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        doc_id TEXT,
        reason TEXT NOT NULL,
        detail TEXT NOT NULL
    );
    """,
)
