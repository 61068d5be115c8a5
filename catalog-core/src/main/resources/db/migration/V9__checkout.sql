-- Issue 9: buy online. A cart lives under an opaque random id; a checkout reserves every line on the stock ledger,
-- writes the order with its shipments, lines, prices and fees as shown, and pays by cash on delivery, VietQR bank
-- transfer or card (Stripe). Nothing in these tables was written before this version.

-- A product's shipping weight; a group default (shipping_weight) stands in where the import gives none.
ALTER TABLE product ADD COLUMN weight_grams integer CHECK (weight_grams > 0);

CREATE FUNCTION shipping_weight(p product) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(p.weight_grams, CASE p.product_group
        WHEN 'FOOD' THEN 500 WHEN 'BEVERAGES' THEN 1000 WHEN 'HERBAL' THEN 300 WHEN 'HANDICRAFTS' THEN 800
        WHEN 'TEXTILES' THEN 400 WHEN 'ORNAMENTAL' THEN 1500 ELSE 500 END)
$$;

-- Carts: the price a line was added at lets the cart say "giá đã thay đổi".
ALTER TABLE cart_line
    ADD COLUMN added_price_vnd bigint CHECK (added_price_vnd >= 0),
    ADD COLUMN added_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX cart_updated_idx ON cart (updated_at);

-- Orders: one per checkout. A card or VietQR order holds its stock until hold_until; cash on delivery until shipped.
ALTER TABLE stock_movement DROP CONSTRAINT stock_movement_order_id_fkey;
DROP TABLE webhook_event, payment, order_line, customer_order;

CREATE TABLE customer_order (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference          text NOT NULL UNIQUE CHECK (reference ~ '^DH[0-9A-Z]{8}$'),
    access_token       text NOT NULL UNIQUE CHECK (length(access_token) >= 32),
    status             text NOT NULL CHECK (status IN ('PENDING_PAYMENT', 'PAID', 'CONFIRMED', 'PACKED', 'SHIPPED',
                           'DELIVERED', 'CANCELLED', 'EXPIRED', 'RETURNED', 'REFUNDED')),
    payment_method     text NOT NULL CHECK (payment_method IN ('COD', 'VIETQR', 'CARD')),
    customer_name      text NOT NULL CHECK (btrim(customer_name) <> ''),
    phone              text NOT NULL CHECK (phone ~ '^0[0-9]{9}$'),
    email              text,
    province_code      char(2) NOT NULL REFERENCES province (code),
    address            text NOT NULL CHECK (btrim(address) <> ''),
    subtotal_vnd       bigint NOT NULL CHECK (subtotal_vnd >= 0),
    shipping_vnd       bigint NOT NULL CHECK (shipping_vnd >= 0),
    total_vnd          bigint NOT NULL CHECK (total_vnd = subtotal_vnd + shipping_vnd),
    refunded_vnd       bigint NOT NULL DEFAULT 0 CHECK (refunded_vnd >= 0 AND refunded_vnd <= total_vnd),
    paid_vnd           bigint NOT NULL DEFAULT 0 CHECK (paid_vnd >= 0),
    idempotency_key    text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 255),
    request_digest     text NOT NULL,
    hold_until         timestamptz,
    stripe_session_id  text UNIQUE,
    stripe_session_url text,
    needs_attention    text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_order_status_idx ON customer_order (status, created_at DESC);
CREATE INDEX customer_order_hold_idx ON customer_order (hold_until) WHERE status = 'PENDING_PAYMENT';
CREATE INDEX customer_order_phone_idx ON customer_order (phone);

-- One shipment per location the goods leave from, each with its fee.
CREATE TABLE shipment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id     bigint NOT NULL REFERENCES customer_order (id),
    location_id  bigint NOT NULL REFERENCES stock_location (id),
    zone         text NOT NULL CHECK (zone IN ('SAME_PROVINCE', 'SAME_REGION', 'OTHER_REGION')),
    weight_grams integer NOT NULL CHECK (weight_grams > 0),
    fee_vnd      bigint NOT NULL CHECK (fee_vnd >= 0),
    shipped_at   timestamptz,
    UNIQUE (order_id, location_id)
);

CREATE TABLE order_line (
    order_id       bigint NOT NULL REFERENCES customer_order (id),
    product_id     bigint NOT NULL REFERENCES product (id),
    shipment_id    bigint NOT NULL REFERENCES shipment (id),
    name           text NOT NULL,
    unit_price_vnd bigint NOT NULL CHECK (unit_price_vnd >= 0),
    quantity       integer NOT NULL CHECK (quantity > 0),
    weight_grams   integer NOT NULL CHECK (weight_grams > 0),
    PRIMARY KEY (order_id, product_id)
);

-- The order's timeline: every change of state with who and when.
CREATE TABLE order_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    bigint NOT NULL REFERENCES customer_order (id),
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor       text NOT NULL,
    from_status text,
    to_status   text NOT NULL,
    note        text
);
CREATE INDEX order_event_order_idx ON order_event (order_id, at);

-- Money that came in or went back: a card payment, a bank transfer, cash on delivery, a refund.
CREATE TABLE payment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id     bigint REFERENCES customer_order (id),
    provider     text NOT NULL CHECK (provider IN ('STRIPE', 'COD', 'VIETQR')),
    kind         text NOT NULL CHECK (kind IN ('CHARGE', 'REFUND')),
    provider_ref text,
    amount_vnd   bigint NOT NULL CHECK (amount_vnd > 0),
    late         boolean NOT NULL DEFAULT false,
    note         text,
    recorded_by  text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (provider, kind, provider_ref)
);
CREATE INDEX payment_order_idx ON payment (order_id);

-- A provider's event is applied once: its id is stored in the same transaction as its effect.
CREATE TABLE webhook_event (
    provider    text NOT NULL,
    event_id    text NOT NULL,
    type        text NOT NULL,
    order_id    bigint REFERENCES customer_order (id),
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, event_id)
);

-- Bank statements the office uploads: each transfer once (by the bank's reference), matched to an order by the
-- reference in its note and its amount, or left for a person to look at.
CREATE TABLE bank_transfer (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bank_ref    text NOT NULL UNIQUE,
    booked_on   date NOT NULL,
    amount_vnd  bigint NOT NULL CHECK (amount_vnd > 0),
    note        text NOT NULL,
    order_id    bigint REFERENCES customer_order (id),
    outcome     text NOT NULL CHECK (outcome IN ('MATCHED', 'PARTIAL', 'OVERPAID', 'LATE', 'UNMATCHED')),
    uploaded_by text NOT NULL,
    uploaded_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE stock_movement ADD CONSTRAINT stock_movement_order_id_fkey FOREIGN KEY (order_id)
    REFERENCES customer_order (id);

-- Goods an online buyer refused on delivery come back on the shelf with a reason of their own.
ALTER TABLE stock_movement DROP CONSTRAINT stock_movement_reason_check;
ALTER TABLE stock_movement ADD CONSTRAINT stock_movement_reason_check CHECK ((kind = 'ADJUSTMENT') = (reason IS NOT NULL)
    AND (reason IS NULL OR reason IN ('DAMAGED', 'EXPIRED', 'COUNT_CORRECTION', 'SAMPLE', 'LOST', 'STOCKTAKE',
                                      'CUSTOMER_RETURN')));
