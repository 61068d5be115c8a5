-- Lookups the indexer makes per product, each answered by one index descent. Without them, a planner whose statistics
-- lag behind (a large import into a young table, before autovacuum analyses it) ANDs each product's rows with every
-- row of a status or every pending outbox row, so each lookup read a whole table and an outbox catch-up grew with the
-- square of the backlog.

-- A product's current certificate: its newest decided one (ACTIVE, EXPIRED or REVOKED), read for every document.
CREATE INDEX certification_current_idx ON certification (product_id, decision_date DESC, id DESC)
    WHERE status IN ('ACTIVE', 'EXPIRED', 'REVOKED');

-- A claim takes every pending row of the products it names, so that a product changed twice is rebuilt once.
CREATE INDEX catalog_outbox_pending_product_idx ON catalog_outbox (product_id) WHERE processed_at IS NULL AND NOT parked;
