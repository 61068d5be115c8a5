-- Full reindex requests: admin (or ./ocop reindex) inserts one, the catalog-indexer runs it and reports progress.
-- Apps never call each other, so the database carries the request.
CREATE TABLE search_reindex (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    requested_by  text NOT NULL CHECK (btrim(requested_by) <> ''),
    requested_at  timestamptz NOT NULL DEFAULT now(),
    status        text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'RUNNING', 'DONE', 'FAILED')),
    started_at    timestamptz,
    heartbeat_at  timestamptz,
    finished_at   timestamptz,
    index_name    text,
    indexed_count integer NOT NULL DEFAULT 0 CHECK (indexed_count >= 0),
    total_count   integer CHECK (total_count >= 0),
    error         text,
    CHECK ((status = 'REQUESTED') = (started_at IS NULL)),
    CHECK ((status IN ('DONE', 'FAILED')) = (finished_at IS NOT NULL)),
    CHECK ((status = 'FAILED') = (error IS NOT NULL))
);
-- At most one request waits (asking twice is asking once) and at most one runs.
CREATE UNIQUE INDEX search_reindex_one_waiting ON search_reindex ((true)) WHERE status = 'REQUESTED';
CREATE UNIQUE INDEX search_reindex_one_running ON search_reindex ((true)) WHERE status = 'RUNNING';
CREATE INDEX search_reindex_recent_idx ON search_reindex (requested_at DESC);

CREATE FUNCTION search_reindex_requested() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('search_reindex', NEW.id::text);
    RETURN NULL;
END $$;
CREATE TRIGGER search_reindex_notify AFTER INSERT ON search_reindex FOR EACH ROW EXECUTE FUNCTION search_reindex_requested();

-- The indexer reads a product's newest outbox id (the document's external version) and checks for live claims
-- per product; without this both scan the whole outbox.
CREATE INDEX catalog_outbox_product_idx ON catalog_outbox (product_id, id);
-- Claims take pending rows oldest first: walk only those, not every processed row before them.
CREATE INDEX catalog_outbox_pending_id_idx ON catalog_outbox (id) WHERE processed_at IS NULL AND NOT parked;
