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
        INSERT INTO events_fts(events_fts, rowid, evidence)
            VALUES ('delete', old.rowid, old.evidence);
    END;
    CREATE TRIGGER events_fts_update AFTER UPDATE OF evidence ON events BEGIN
        INSERT INTO events_fts(events_fts, rowid, evidence)
            VALUES ('delete', old.rowid, old.evidence);
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
    # 2: the API: reviews with their audit trail, an R-tree for bounding boxes, and
    # indexes matching the API's keyset orders (date and confidence, then event_id).
    """
    CREATE TABLE event_reviews (
        event_id TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected', 'corrected')),
        original TEXT NOT NULL,
        current TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        reviewed_at TEXT NOT NULL,
        reason TEXT NOT NULL
    );
    CREATE INDEX event_reviews_status ON event_reviews(status);
    CREATE TABLE review_audit (
        audit_id INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        reason TEXT NOT NULL
    );
    CREATE INDEX review_audit_event ON review_audit(event_id, audit_id);
    CREATE VIRTUAL TABLE events_geo USING rtree(id, minlon, maxlon, minlat, maxlat);
    INSERT INTO events_geo SELECT rowid, lon, lon, lat, lat FROM events
        WHERE lat IS NOT NULL AND lon IS NOT NULL;
    CREATE TRIGGER events_geo_insert AFTER INSERT ON events
        WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
        INSERT OR REPLACE INTO events_geo VALUES (new.rowid, new.lon, new.lon, new.lat, new.lat);
    END;
    CREATE TRIGGER events_geo_delete AFTER DELETE ON events BEGIN
        DELETE FROM events_geo WHERE id = old.rowid;
    END;
    CREATE TRIGGER events_geo_update AFTER UPDATE OF lat, lon ON events BEGIN
        DELETE FROM events_geo WHERE id = old.rowid;
        INSERT INTO events_geo SELECT new.rowid, new.lon, new.lon, new.lat, new.lat
            WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL;
    END;
    CREATE INDEX events_sort_date ON events(coalesce(date, ''), event_id);
    CREATE INDEX events_sort_confidence ON events(confidence, event_id);
    CREATE INDEX events_type_sort ON events(event_type, coalesce(date, ''), event_id);
    CREATE INDEX events_quad_sort ON events(quad, coalesce(date, ''), event_id);
    CREATE INDEX events_place ON events(place COLLATE NOCASE);
    CREATE INDEX event_actors_lookup ON event_actors(role, country, event_id);
    CREATE INDEX event_actors_sector ON event_actors(role, sector, event_id);
    CREATE INDEX event_actors_id ON event_actors(role, actor_id, event_id);
    """,
    # 3: linked events (one real-world event, many reports) and stories. event_links has
    # no foreign key to events on purpose: a changed article's events vanish by cascade
    # and linking reconciles its clusters (counts, keys) when the article is relinked.
    """
    CREATE TABLE linked_events (
        linked_id TEXT PRIMARY KEY,
        event_type TEXT NOT NULL,
        first_event_id TEXT NOT NULL,
        date TEXT,
        n_reports INTEGER NOT NULL,
        n_articles INTEGER NOT NULL,
        n_sources INTEGER NOT NULL,
        first_reported TEXT,
        last_reported TEXT,
        rules TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX linked_events_date ON linked_events(date);
    CREATE TABLE event_links (
        event_id TEXT PRIMARY KEY,
        linked_id TEXT NOT NULL,
        article_id TEXT NOT NULL,
        source_key TEXT NOT NULL,
        reported TEXT,
        matched_event_id TEXT,
        score REAL NOT NULL,
        reasons TEXT NOT NULL,
        report TEXT NOT NULL
    );
    CREATE INDEX event_links_linked ON event_links(linked_id);
    CREATE INDEX event_links_article ON event_links(article_id);
    CREATE TABLE link_keys (
        key TEXT NOT NULL,
        linked_id TEXT NOT NULL,
        PRIMARY KEY (key, linked_id)
    ) WITHOUT ROWID;
    CREATE INDEX link_keys_linked ON link_keys(linked_id);
    CREATE TABLE stories (
        story_id TEXT PRIMARY KEY,
        first_article_id TEXT NOT NULL,
        title TEXT,
        n_articles INTEGER NOT NULL,
        first_published TEXT,
        last_published TEXT
    );
    CREATE TABLE article_stories (
        article_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL,
        matched_article_id TEXT,
        score REAL NOT NULL,
        reason TEXT NOT NULL,
        published_day INTEGER,
        content_hash TEXT NOT NULL
    );
    CREATE INDEX article_stories_story ON article_stories(story_id);
    CREATE TABLE article_terms (
        term TEXT NOT NULL,
        published_day INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        weight REAL NOT NULL,
        PRIMARY KEY (term, published_day, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_terms_article ON article_terms(article_id);
    CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE link_meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO link_meta VALUES ('n_docs', 0);
    """,
    # 4: read paths of the API. A place filter walks its own date order (a linked-event
    # page checks each candidate's other reports, so it must stop after one page). The
    # aggregates scan narrow covering indexes instead of the events table (its JSON):
    # all events in filter order (events_scan), one event by id (events_by_id), the
    # actors of an event, a report's linked event and back, and the linked events of
    # several reports (linked_events_multi). Plain CREATE INDEX, portable but for
    # COLLATE NOCASE, which events_place (migration 2) already uses.
    """
    CREATE INDEX events_place_sort ON events(place COLLATE NOCASE, coalesce(date, ''), event_id);
    CREATE INDEX events_scan
        ON events(negated, hypothetical, date, quad, event_type, place, lat, lon, event_id);
    CREATE INDEX events_by_id
        ON events(event_id, negated, hypothetical, event_type, quad, date, place, lat, lon);
    CREATE INDEX event_actors_by_event ON event_actors(event_id, role, country);
    CREATE INDEX event_links_unit ON event_links(event_id, linked_id);
    CREATE INDEX event_links_members ON event_links(linked_id, event_id);
    CREATE INDEX linked_events_multi ON linked_events(n_reports, linked_id);
    """,
    # 5: where an event's date comes from (``Event.date_source``: text, context,
    # published, none; ``review`` once an analyst set it). Rows stored before sitroom
    # recorded it keep NULL, "not recorded": an old date may be the event's own or the
    # publication day's stand-in. Their JSON (events, and the reviews' original and
    # current codings, so that ``review.reapply`` compares like with like) gains
    # ``"date_source": null`` at its end; rows that already carry it fill the column.
    """
    ALTER TABLE events ADD COLUMN date_source TEXT;
    UPDATE events SET date_source = json_extract(data, '$.date_source')
        WHERE json_extract(data, '$.date_source') IS NOT NULL;
    UPDATE events SET data = substr(data, 1, length(data) - 1) || ', "date_source": null}'
        WHERE json_type(data, '$.date_source') IS NULL;
    UPDATE event_reviews
        SET original = substr(original, 1, length(original) - 1) || ', "date_source": null}'
        WHERE json_type(original, '$.date_source') IS NULL;
    UPDATE event_reviews
        SET current = substr(current, 1, length(current) - 1) || ', "date_source": null}'
        WHERE json_type(current, '$.date_source') IS NULL;
    """,
)
