-- Issue 7: showrooms, sales points and fairs. Stock moves only through the append-only ledger; a level changes in
-- the same statement as its ledger row (catalog-core's StockLedger), so the level always equals the ledger's sum.

-- Locations: a warehouse may ship online; showrooms and sales points have hours and a phone; fairs have dates and
-- optionally the booths of their producers. A closed location takes no new movement and keeps its history.
ALTER TABLE stock_location
    ADD COLUMN phone         text,
    ADD COLUMN opening_hours text,
    ADD COLUMN closed_at     timestamptz,
    ADD COLUMN created_at    timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN updated_at    timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT stock_location_name_check CHECK (btrim(name) <> ''),
    ADD CONSTRAINT stock_location_ships_online_check CHECK (kind = 'WAREHOUSE' OR NOT ships_online),
    ADD CONSTRAINT stock_location_name_unique UNIQUE (province_code, name);

CREATE TABLE stock_location_booth (
    location_id bigint NOT NULL REFERENCES stock_location (id),
    producer_id bigint NOT NULL REFERENCES producer (id),
    booth       text,
    PRIMARY KEY (location_id, producer_id)
);

-- Levels: a low-stock threshold per product and location (none: the operator's default applies).
ALTER TABLE stock_level
    ADD COLUMN low_threshold integer CHECK (low_threshold >= 0),
    ADD COLUMN updated_at    timestamptz NOT NULL DEFAULT now();
CREATE INDEX stock_level_product_idx ON stock_level (product_id);

-- Transfers between locations: requested -> sent (the goods leave the source and are in transit) -> received
-- (counted at arrival; a shortfall is a discrepancy with its reason) or cancelled before they are sent.
CREATE TABLE stock_transfer (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    from_location_id bigint NOT NULL REFERENCES stock_location (id),
    to_location_id   bigint NOT NULL REFERENCES stock_location (id),
    status           text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'SENT', 'RECEIVED', 'CANCELLED')),
    note             text,
    requested_by     text NOT NULL,
    requested_at     timestamptz NOT NULL DEFAULT now(),
    sent_by          text,
    sent_at          timestamptz,
    received_by      text,
    received_at      timestamptz,
    cancelled_by     text,
    cancelled_at     timestamptz,
    CHECK (to_location_id <> from_location_id),
    CHECK ((status IN ('SENT', 'RECEIVED')) = (sent_at IS NOT NULL)),
    CHECK ((status = 'RECEIVED') = (received_at IS NOT NULL)),
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
CREATE INDEX stock_transfer_from_idx ON stock_transfer (from_location_id, status);
CREATE INDEX stock_transfer_to_idx ON stock_transfer (to_location_id, status);

CREATE TABLE stock_transfer_line (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transfer_id         bigint NOT NULL REFERENCES stock_transfer (id),
    product_id          bigint NOT NULL REFERENCES product (id),
    batch_id            bigint REFERENCES batch (id),
    requested           integer NOT NULL CHECK (requested > 0),
    sent                integer CHECK (sent >= 0 AND sent <= requested),
    received            integer CHECK (received >= 0 AND received <= sent),
    discrepancy_reason  text,
    UNIQUE NULLS NOT DISTINCT (transfer_id, product_id, batch_id),
    -- a shortfall is never silently absorbed
    CHECK (received IS NULL OR received = sent OR btrim(discrepancy_reason) <> '')
);

-- In-person sales at a showroom, sales point or fair; the form's key makes a double submit one sale.
CREATE TABLE stock_sale (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    location_id    bigint NOT NULL REFERENCES stock_location (id),
    sale_key       uuid NOT NULL UNIQUE,
    payment_method text NOT NULL CHECK (payment_method IN ('CASH', 'BANK_TRANSFER')),
    total_vnd      bigint NOT NULL CHECK (total_vnd >= 0),
    sold_by        text NOT NULL,
    sold_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stock_sale_location_idx ON stock_sale (location_id, sold_at);

CREATE TABLE stock_sale_line (
    sale_id        bigint NOT NULL REFERENCES stock_sale (id),
    line_no        smallint NOT NULL CHECK (line_no > 0),
    product_id     bigint NOT NULL REFERENCES product (id),
    batch_id       bigint REFERENCES batch (id),
    quantity       integer NOT NULL CHECK (quantity > 0),
    unit_price_vnd bigint NOT NULL CHECK (unit_price_vnd >= 0),
    PRIMARY KEY (sale_id, line_no)
);

-- A stocktake: counted quantities whose differences became ADJUSTMENT rows.
CREATE TABLE stock_count (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    location_id bigint NOT NULL REFERENCES stock_location (id),
    count_key   uuid NOT NULL UNIQUE,
    counted_by  text NOT NULL,
    counted_at  timestamptz NOT NULL DEFAULT now()
);

-- The ledger: each row moves on-hand and/or reserved units of one product at one location. The sign of each delta
-- is fixed by the kind; a sale of reserved goods (an online order shipped) takes both.
ALTER TABLE stock_movement RENAME COLUMN quantity TO on_hand_delta;
ALTER TABLE stock_movement DROP CONSTRAINT stock_movement_quantity_check;
ALTER TABLE stock_movement DROP CONSTRAINT stock_movement_kind_check;
ALTER TABLE stock_movement
    ADD COLUMN reserved_delta integer NOT NULL DEFAULT 0,
    ADD COLUMN unit_price_vnd bigint CHECK (unit_price_vnd >= 0),
    ADD COLUMN note           text,
    ADD COLUMN transfer_id    bigint REFERENCES stock_transfer (id),
    ADD COLUMN sale_id        bigint REFERENCES stock_sale (id),
    ADD COLUMN count_id       bigint REFERENCES stock_count (id),
    ADD COLUMN order_id       bigint REFERENCES customer_order (id),
    ADD CONSTRAINT stock_movement_kind_check CHECK (kind IN ('RECEIVE', 'TRANSFER_OUT', 'TRANSFER_IN', 'SALE',
        'ADJUSTMENT', 'RETURN_TO_PRODUCER', 'RESERVATION', 'RELEASE')),
    ADD CONSTRAINT stock_movement_sign_check CHECK (CASE kind
        WHEN 'RECEIVE' THEN on_hand_delta > 0 AND reserved_delta = 0
        WHEN 'TRANSFER_IN' THEN on_hand_delta > 0 AND reserved_delta = 0 AND transfer_id IS NOT NULL
        WHEN 'TRANSFER_OUT' THEN on_hand_delta < 0 AND reserved_delta = 0 AND transfer_id IS NOT NULL
        WHEN 'SALE' THEN on_hand_delta < 0 AND reserved_delta IN (0, on_hand_delta) AND unit_price_vnd IS NOT NULL
        WHEN 'ADJUSTMENT' THEN on_hand_delta <> 0 AND reserved_delta = 0
        WHEN 'RETURN_TO_PRODUCER' THEN on_hand_delta < 0 AND reserved_delta = 0
        WHEN 'RESERVATION' THEN on_hand_delta = 0 AND reserved_delta > 0
        WHEN 'RELEASE' THEN on_hand_delta = 0 AND reserved_delta < 0
    END),
    ADD CONSTRAINT stock_movement_reason_check CHECK ((kind = 'ADJUSTMENT') = (reason IS NOT NULL)
        AND (reason IS NULL OR reason IN ('DAMAGED', 'EXPIRED', 'COUNT_CORRECTION', 'SAMPLE', 'LOST', 'STOCKTAKE')));
CREATE INDEX stock_movement_location_idx ON stock_movement (location_id, at);
CREATE INDEX stock_movement_transfer_idx ON stock_movement (transfer_id) WHERE transfer_id IS NOT NULL;
CREATE INDEX stock_movement_sale_idx ON stock_movement (sale_id) WHERE sale_id IS NOT NULL;

-- Append-only: the database refuses to change or remove what happened.
CREATE FUNCTION stock_movement_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'stock_movement is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER stock_movement_append_only BEFORE UPDATE OR DELETE ON stock_movement
    FOR EACH ROW EXECUTE FUNCTION stock_movement_append_only();
CREATE TRIGGER stock_movement_no_truncate BEFORE TRUNCATE ON stock_movement
    FOR EACH STATEMENT EXECUTE FUNCTION stock_movement_append_only();

-- A movement of a known lot is a stage of its public journey, naming where the goods came from and went to ("one
-- step back, one step forward"); sales add one stage per lot, place and day. A trigger, so no code path forgets it.
ALTER TABLE trace_event ADD COLUMN location_id bigint REFERENCES stock_location (id);
CREATE UNIQUE INDEX trace_event_sold_daily
    ON trace_event (batch_id, location_id, ((at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date))
    WHERE kind = 'SOLD' AND location_id IS NOT NULL;

CREATE FUNCTION stock_movement_journey() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    here     text;
    producer text;
    other    text;
BEGIN
    IF NEW.batch_id IS NULL THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM batch WHERE id = NEW.batch_id AND product_id = NEW.product_id) THEN
        RAISE EXCEPTION 'batch % is not a lot of product %', NEW.batch_id, NEW.product_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    SELECT name INTO here FROM stock_location WHERE id = NEW.location_id;
    SELECT r.name INTO producer FROM product p JOIN producer r ON r.id = p.producer_id WHERE p.id = NEW.product_id;
    CASE NEW.kind
        WHEN 'RECEIVE' THEN
            INSERT INTO trace_event (batch_id, at, kind, place, from_place, note, actor, location_id)
            VALUES (NEW.batch_id, NEW.at, 'RECEIVED', here, producer, NEW.note, NEW.actor, NEW.location_id);
        WHEN 'TRANSFER_OUT' THEN
            SELECT l.name INTO other FROM stock_transfer t JOIN stock_location l ON l.id = t.to_location_id
            WHERE t.id = NEW.transfer_id;
            INSERT INTO trace_event (batch_id, at, kind, place, to_place, note, actor, location_id)
            VALUES (NEW.batch_id, NEW.at, 'SHIPPED', here, other, NEW.note, NEW.actor, NEW.location_id);
        WHEN 'TRANSFER_IN' THEN
            SELECT l.name INTO other FROM stock_transfer t JOIN stock_location l ON l.id = t.from_location_id
            WHERE t.id = NEW.transfer_id;
            INSERT INTO trace_event (batch_id, at, kind, place, from_place, note, actor, location_id)
            VALUES (NEW.batch_id, NEW.at, 'RECEIVED', here, other, NEW.note, NEW.actor, NEW.location_id);
        WHEN 'RETURN_TO_PRODUCER' THEN
            INSERT INTO trace_event (batch_id, at, kind, place, to_place, note, actor, location_id)
            VALUES (NEW.batch_id, NEW.at, 'SHIPPED', here, producer, NEW.note, NEW.actor, NEW.location_id);
        WHEN 'SALE' THEN
            INSERT INTO trace_event (batch_id, at, kind, place, actor, location_id)
            VALUES (NEW.batch_id, NEW.at, 'SOLD', here, NEW.actor, NEW.location_id)
            ON CONFLICT (batch_id, location_id, ((at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date))
                WHERE kind = 'SOLD' AND location_id IS NOT NULL DO NOTHING;
        ELSE
            NULL;
    END CASE;
    RETURN NULL;
END $$;
CREATE TRIGGER stock_movement_journey AFTER INSERT ON stock_movement
    FOR EACH ROW EXECUTE FUNCTION stock_movement_journey();

-- What a location offers on a day: open, not a fair past its last day, with units not held for orders. "Online" is
-- what warehouses that ship online have. One definition for the indexer, the storefront and checkout; callers pass
-- Vietnam's date from their clock.
CREATE FUNCTION stock_on_offer(on_day date)
    RETURNS TABLE (location_id bigint, product_id bigint, available integer, kind text, ships_online boolean)
    LANGUAGE sql STABLE AS $$
    SELECT v.location_id, v.product_id, v.on_hand - v.reserved, l.kind, l.ships_online
    FROM stock_level v
    JOIN stock_location l ON l.id = v.location_id
    WHERE l.closed_at IS NULL AND v.on_hand > v.reserved AND (l.kind <> 'FAIR' OR l.closes_on >= on_day)
$$;

-- A location's name, kind, dates or closing change what the products it holds show in search.
CREATE FUNCTION stock_location_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO catalog_outbox (product_id, reason)
    SELECT product_id, 'stock location ' || lower(TG_OP) FROM stock_level WHERE location_id = NEW.id;
    PERFORM pg_notify('catalog_outbox', '');
    RETURN NULL;
END $$;
CREATE TRIGGER stock_location_outbox AFTER UPDATE ON stock_location
    FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION stock_location_changed();

-- "Currently certified and listed", defined once: a visible product whose current certificate is ACTIVE, of 3★ or
-- more and valid on the given day (Vietnam's date, which callers take from their clock).
CREATE FUNCTION listed_product(on_day date)
    RETURNS TABLE (product_id bigint, certification_id bigint, stars smallint, valid_until date)
    LANGUAGE sql STABLE AS $$
    SELECT p.id, c.id, c.stars, c.valid_until
    FROM product p JOIN certification c ON c.product_id = p.id AND c.status = 'ACTIVE'
    WHERE p.status = 'ACTIVE' AND c.stars >= 3 AND c.valid_until >= on_day
$$;
