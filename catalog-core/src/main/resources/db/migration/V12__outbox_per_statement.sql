-- Products and certificates write their outbox rows once per statement rather than once per row: an import of
-- 10 000 certificates ran 20 000 trigger calls, each with its own INSERT and notification. The rows and their reasons
-- are the same as before. The notification only wakes the indexer up (it reads the outbox, not the payload), so one
-- per statement, empty, is enough. A transition table serves one event only, hence one trigger per event.
DROP TRIGGER product_outbox ON product;
DROP TRIGGER certification_outbox ON certification;
DROP FUNCTION product_changed();

CREATE FUNCTION products_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO catalog_outbox (product_id, reason) SELECT id, 'product delete' FROM old_rows;
    ELSE
        INSERT INTO catalog_outbox (product_id, reason) SELECT id, 'product ' || lower(TG_OP) FROM new_rows;
    END IF;
    IF FOUND THEN
        PERFORM pg_notify('catalog_outbox', '');
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER product_outbox_insert AFTER INSERT ON product
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION products_changed();
CREATE TRIGGER product_outbox_update AFTER UPDATE ON product
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION products_changed();
CREATE TRIGGER product_outbox_delete AFTER DELETE ON product
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION products_changed();

-- For a table whose rows belong to a product (product_id), as product_row_changed() is row by row.
CREATE FUNCTION product_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO catalog_outbox (product_id, reason) SELECT product_id, TG_TABLE_NAME || ' delete' FROM old_rows;
    ELSE
        INSERT INTO catalog_outbox (product_id, reason)
        SELECT product_id, TG_TABLE_NAME || ' ' || lower(TG_OP) FROM new_rows;
    END IF;
    IF FOUND THEN
        PERFORM pg_notify('catalog_outbox', '');
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER certification_outbox_insert AFTER INSERT ON certification
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_rows_changed();
CREATE TRIGGER certification_outbox_update AFTER UPDATE ON certification
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_rows_changed();
CREATE TRIGGER certification_outbox_delete AFTER DELETE ON certification
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION product_rows_changed();
