-- OCOP Market data model (DESIGN.md "Data model"). Every invariant the database can hold is declared here.

-- Provinces: the 34 units in force since 1 July 2025 and the 63 before them (rows come from V2).
CREATE TABLE province (
    code    char(2) PRIMARY KEY,
    slug    text NOT NULL UNIQUE,
    name_vi text NOT NULL,
    name_en text NOT NULL,
    region  text NOT NULL
);

CREATE TABLE former_province (
    code          char(2) PRIMARY KEY,
    slug          text NOT NULL UNIQUE,
    name_vi       text NOT NULL,
    province_code char(2) NOT NULL REFERENCES province (code)
);

-- Producers ("chủ thể"): enterprise, cooperative, cooperative group, household business.
CREATE TABLE producer (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text NOT NULL CHECK (btrim(name) <> ''),
    name_folded   text NOT NULL,
    kind          text CHECK (kind IN ('DN', 'HTX', 'THT', 'HKD')),
    tax_code      text UNIQUE,
    address       text,
    commune       text,
    district      text,
    province_code char(2) NOT NULL REFERENCES province (code),
    story_md      text,
    phone         text,
    email         text,
    website       text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (province_code, name_folded)
);

CREATE TABLE product (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug          text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name          text NOT NULL CHECK (btrim(name) <> ''),
    name_folded   text NOT NULL,
    product_group text NOT NULL
        CHECK (product_group IN ('FOOD', 'BEVERAGES', 'HERBAL', 'HANDICRAFTS', 'TEXTILES', 'ORNAMENTAL', 'TOURISM')),
    product_set   text,
    producer_id   bigint NOT NULL REFERENCES producer (id),
    description   text,
    story_md      text,
    price_vnd     bigint CHECK (price_vnd >= 0),
    unit          text,
    gtin          char(14) UNIQUE CHECK (gtin ~ '^[0-9]{14}$'),
    images        jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(images) = 'array'),
    status        text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'HIDDEN')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (producer_id, name_folded)
);
CREATE INDEX product_producer_idx ON product (producer_id);

CREATE TABLE app_user (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         text NOT NULL UNIQUE CHECK (email = lower(email) AND position('@' in email) > 1),
    password_hash text,
    display_name  text,
    role          text NOT NULL CHECK (role IN ('ADMIN', 'OPERATOR', 'PRODUCER')),
    producer_id   bigint REFERENCES producer (id),
    enabled       boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((role = 'PRODUCER') = (producer_id IS NOT NULL))
);

-- One uploaded certification file: kept from its preview to its apply, with the per-row report.
CREATE TABLE certification_import (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_name    text NOT NULL,
    sha256       char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes   integer NOT NULL CHECK (size_bytes >= 0),
    content      bytea NOT NULL,
    uploaded_by  text NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now(),
    status       text NOT NULL DEFAULT 'PREVIEWED' CHECK (status IN ('PREVIEWED', 'APPLIED', 'REFUSED')),
    mode         text CHECK (mode IN ('ALL_OR_NOTHING', 'VALID_ROWS_ONLY')),
    applied_by   text,
    applied_at   timestamptz,
    row_count    integer NOT NULL DEFAULT 0 CHECK (row_count >= 0),
    counts       jsonb NOT NULL DEFAULT '{}',
    report       jsonb NOT NULL DEFAULT '[]',
    CHECK ((status = 'PREVIEWED') = (applied_at IS NULL))
);
-- A file is applied at most once: re-uploading it is detected by its hash.
CREATE UNIQUE INDEX certification_import_applied_once ON certification_import (sha256) WHERE status = 'APPLIED';
CREATE INDEX certification_import_recent_idx ON certification_import (uploaded_at DESC);

CREATE TABLE certification (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id        bigint NOT NULL REFERENCES product (id),
    decision_no       text NOT NULL CHECK (btrim(decision_no) <> ''),
    decision_date     date NOT NULL,
    issuing_level     text NOT NULL CHECK (issuing_level IN ('DISTRICT', 'PROVINCE', 'CENTRAL')),
    issuing_authority text,
    province_as_issued text NOT NULL,
    district          text,
    commune           text,
    rule_set          text NOT NULL,
    score_a           numeric(5, 2) CHECK (score_a BETWEEN 0 AND 40),
    score_b           numeric(5, 2) CHECK (score_b BETWEEN 0 AND 25),
    score_c           numeric(5, 2) CHECK (score_c BETWEEN 0 AND 40),
    total_score       numeric(5, 2) NOT NULL CHECK (total_score BETWEEN 50 AND 100),
    stars             smallint NOT NULL CHECK (stars BETWEEN 3 AND 5),
    valid_from        date NOT NULL,
    valid_until       date NOT NULL CHECK (valid_until > valid_from),
    status            text NOT NULL CHECK (status IN ('ACTIVE', 'EXPIRED', 'SUPERSEDED', 'REVOKED')),
    import_id         bigint REFERENCES certification_import (id),
    created_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (product_id, decision_no, decision_date),
    CHECK ((score_a IS NULL) = (score_b IS NULL) AND (score_b IS NULL) = (score_c IS NULL))
);
-- The current certificate of a product is its newest decision, still valid or expired; older ones are superseded.
CREATE UNIQUE INDEX certification_current_once ON certification (product_id) WHERE status IN ('ACTIVE', 'EXPIRED');
CREATE INDEX certification_status_idx ON certification (status, stars);

-- Batches (lots) and their journey.
CREATE TABLE batch (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id      bigint NOT NULL REFERENCES product (id),
    lot_code        text NOT NULL CHECK (lot_code ~ '^[!-~]{1,20}$'),
    produced_on     date,
    best_before     date CHECK (best_before IS NULL OR produced_on IS NULL OR best_before >= produced_on),
    quantity        integer CHECK (quantity > 0),
    origin_place    text,
    origin_province char(2) REFERENCES province (code),
    recalled_at     timestamptz,
    recall_reason   text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (product_id, lot_code),
    CHECK ((recalled_at IS NULL) = (recall_reason IS NULL))
);

CREATE TABLE trace_event (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id   bigint NOT NULL REFERENCES batch (id),
    at         timestamptz NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('HARVEST', 'PROCESSING', 'PACKING', 'QUALITY_TEST', 'SHIPPED', 'RECEIVED', 'SOLD')),
    place      text NOT NULL,
    from_place text,
    to_place   text,
    note       text,
    actor      text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX trace_event_batch_idx ON trace_event (batch_id, at);

-- Scans keep no personal data: a salted hash of coarse client hints, never a raw IP.
CREATE TABLE qr_scan (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id    bigint NOT NULL REFERENCES batch (id),
    at          timestamptz NOT NULL DEFAULT now(),
    client_hash text NOT NULL
);
CREATE INDEX qr_scan_batch_idx ON qr_scan (batch_id, at);

-- Stock: locations, levels and an append-only ledger.
CREATE TABLE stock_location (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('WAREHOUSE', 'SHOWROOM', 'FAIR')),
    name          text NOT NULL,
    address       text,
    province_code char(2) NOT NULL REFERENCES province (code),
    opens_on      date,
    closes_on     date CHECK (closes_on IS NULL OR opens_on IS NULL OR closes_on >= opens_on),
    ships_online  boolean NOT NULL DEFAULT false,
    CHECK (kind <> 'FAIR' OR (opens_on IS NOT NULL AND closes_on IS NOT NULL))
);

CREATE TABLE app_user_location (
    user_id     bigint NOT NULL REFERENCES app_user (id),
    location_id bigint NOT NULL REFERENCES stock_location (id),
    PRIMARY KEY (user_id, location_id)
);

CREATE TABLE stock_level (
    location_id bigint NOT NULL REFERENCES stock_location (id),
    product_id  bigint NOT NULL REFERENCES product (id),
    on_hand     integer NOT NULL DEFAULT 0,
    reserved    integer NOT NULL DEFAULT 0,
    PRIMARY KEY (location_id, product_id),
    CHECK (on_hand >= reserved AND reserved >= 0)
);

CREATE TABLE stock_movement (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    location_id bigint NOT NULL REFERENCES stock_location (id),
    product_id  bigint NOT NULL REFERENCES product (id),
    kind        text NOT NULL CHECK (kind IN ('RECEIVE', 'TRANSFER_OUT', 'TRANSFER_IN', 'SALE', 'ADJUSTMENT', 'RESERVATION', 'RELEASE')),
    quantity    integer NOT NULL CHECK (quantity <> 0),
    batch_id    bigint REFERENCES batch (id),
    actor       text NOT NULL,
    reason      text,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stock_movement_product_idx ON stock_movement (product_id, at);

-- Carts, orders and payments.
CREATE TABLE cart (
    id         uuid PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cart_line (
    cart_id    uuid NOT NULL REFERENCES cart (id) ON DELETE CASCADE,
    product_id bigint NOT NULL REFERENCES product (id),
    quantity   integer NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    PRIMARY KEY (cart_id, product_id)
);

CREATE TABLE customer_order (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference        text NOT NULL UNIQUE,
    status           text NOT NULL CHECK (status IN ('PENDING_PAYMENT', 'PAID', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'EXPIRED')),
    payment_method   text NOT NULL CHECK (payment_method IN ('CARD', 'COD', 'BANK_TRANSFER')),
    location_id      bigint NOT NULL REFERENCES stock_location (id),
    customer_name    text NOT NULL,
    phone            text NOT NULL,
    email            text,
    address          text NOT NULL,
    province_code    char(2) NOT NULL REFERENCES province (code),
    total_vnd        bigint NOT NULL CHECK (total_vnd >= 0),
    idempotency_key  uuid NOT NULL UNIQUE,
    reserved_until   timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE order_line (
    order_id       bigint NOT NULL REFERENCES customer_order (id),
    product_id     bigint NOT NULL REFERENCES product (id),
    name           text NOT NULL,
    unit_price_vnd bigint NOT NULL CHECK (unit_price_vnd >= 0),
    quantity       integer NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE payment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id     bigint NOT NULL REFERENCES customer_order (id),
    provider     text NOT NULL CHECK (provider IN ('STRIPE', 'COD', 'VIETQR')),
    provider_ref text,
    amount_vnd   bigint NOT NULL CHECK (amount_vnd >= 0),
    status       text NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'REFUNDED')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (provider, provider_ref)
);

CREATE TABLE webhook_event (
    provider     text NOT NULL,
    event_id     text NOT NULL,
    type         text NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, event_id)
);

-- The outbox that keeps Elasticsearch in sync: written by triggers, so even plain SQL is synced.
CREATE TABLE catalog_outbox (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id   bigint NOT NULL,
    reason       text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    claimed_at   timestamptz,
    processed_at timestamptz,
    attempts     integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    parked       boolean NOT NULL DEFAULT false,
    last_error   text
);
CREATE INDEX catalog_outbox_pending_idx ON catalog_outbox (next_attempt_at) WHERE processed_at IS NULL AND NOT parked;

CREATE FUNCTION catalog_outbox_write(changed_product bigint, why text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO catalog_outbox (product_id, reason) VALUES (changed_product, why);
    PERFORM pg_notify('catalog_outbox', changed_product::text);
END $$;

CREATE FUNCTION product_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM catalog_outbox_write(COALESCE(NEW.id, OLD.id), 'product ' || lower(TG_OP));
    RETURN NULL;
END $$;
CREATE TRIGGER product_outbox AFTER INSERT OR UPDATE OR DELETE ON product FOR EACH ROW EXECUTE FUNCTION product_changed();

CREATE FUNCTION product_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM catalog_outbox_write(COALESCE(NEW.product_id, OLD.product_id), TG_TABLE_NAME || ' ' || lower(TG_OP));
    RETURN NULL;
END $$;
CREATE TRIGGER certification_outbox AFTER INSERT OR UPDATE OR DELETE ON certification FOR EACH ROW EXECUTE FUNCTION product_row_changed();
CREATE TRIGGER stock_level_outbox AFTER INSERT OR UPDATE OR DELETE ON stock_level FOR EACH ROW EXECUTE FUNCTION product_row_changed();

CREATE FUNCTION producer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO catalog_outbox (product_id, reason)
    SELECT id, 'producer ' || lower(TG_OP) FROM product WHERE producer_id = COALESCE(NEW.id, OLD.id);
    PERFORM pg_notify('catalog_outbox', '');
    RETURN NULL;
END $$;
CREATE TRIGGER producer_outbox AFTER UPDATE OR DELETE ON producer FOR EACH ROW EXECUTE FUNCTION producer_changed();

CREATE FUNCTION former_province_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO catalog_outbox (product_id, reason)
    SELECT p.id, 'province mapping ' || lower(TG_OP)
    FROM product p JOIN producer r ON r.id = p.producer_id
    WHERE r.province_code IN (OLD.province_code, NEW.province_code);
    PERFORM pg_notify('catalog_outbox', '');
    RETURN NULL;
END $$;
CREATE TRIGGER former_province_outbox AFTER UPDATE ON former_province FOR EACH ROW EXECUTE FUNCTION former_province_changed();
