-- A statement on certificates adds no outbox row for a product this very transaction has already queued: the
-- indexer reads the product's whole state once the transaction commits (it never sees the row before), so the
-- queued row covers the certificate too. An import of 10 000 new products wrote 20 000 outbox rows, a product insert
-- and a certification insert each, and the indexer claimed, read and marked both; now it writes 10 000. A row of an
-- earlier transaction, claimed or not, does not count: its product may be read before this one commits.
CREATE OR REPLACE FUNCTION product_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO catalog_outbox (product_id, reason)
        SELECT DISTINCT product_id, TG_TABLE_NAME || ' delete' FROM old_rows changed
        WHERE NOT EXISTS (SELECT 1 FROM catalog_outbox o
                          WHERE o.product_id = changed.product_id AND o.processed_at IS NULL AND NOT o.parked
                            AND o.xmin = pg_current_xact_id()::xid);
    ELSE
        INSERT INTO catalog_outbox (product_id, reason)
        SELECT DISTINCT product_id, TG_TABLE_NAME || ' ' || lower(TG_OP) FROM new_rows changed
        WHERE NOT EXISTS (SELECT 1 FROM catalog_outbox o
                          WHERE o.product_id = changed.product_id AND o.processed_at IS NULL AND NOT o.parked
                            AND o.xmin = pg_current_xact_id()::xid);
    END IF;
    IF FOUND THEN
        PERFORM pg_notify('catalog_outbox', '');
    END IF;
    RETURN NULL;
END $$;

-- An import's report is only ever written and read whole (its rows as the preview showed them): as json it is
-- stored as sent, where jsonb parsed and rebuilt the megabytes of a 10 000-row file on every preview and apply.
ALTER TABLE certification_import ALTER COLUMN report DROP DEFAULT;
ALTER TABLE certification_import ALTER COLUMN report TYPE json USING report::json;
ALTER TABLE certification_import ALTER COLUMN report SET DEFAULT '[]';
