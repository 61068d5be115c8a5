-- The OCOP office's view of its programme: yearly targets, the history of decisions as events, and sales by channel.

-- A province's yearly targets, as its plan sets them. Any target may be left out.
CREATE TABLE programme_target (
    province_code        char(2) NOT NULL REFERENCES province (code),
    year                 smallint NOT NULL CHECK (year BETWEEN 2018 AND 2100),
    certified_3plus      integer CHECK (certified_3plus >= 0),
    upgraded_3_to_4      integer CHECK (upgraded_3_to_4 >= 0),
    five_star            integer CHECK (five_star >= 0),
    registered_products  integer CHECK (registered_products > 0),
    share_3plus_percent  smallint CHECK (share_3plus_percent BETWEEN 1 AND 100),
    updated_by           text NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province_code, year),
    CHECK (share_3plus_percent IS NULL OR registered_products IS NOT NULL)
);

-- Every council decision in force at some time, with what it did to its product: the first one certifies (NEW),
-- a later one upgrades, renews or downgrades against the one before. A decision lapses (expires) when its validity
-- ends before the next one; expired_on is the first day without a certificate.
CREATE VIEW certification_event AS
SELECT h.id AS certification_id, h.product_id, h.decision_no, h.decision_date, h.stars, h.previous_stars,
       CASE WHEN h.previous_stars IS NULL THEN 'NEW'
            WHEN h.stars > h.previous_stars THEN 'UPGRADE'
            WHEN h.stars = h.previous_stars THEN 'RENEWAL'
            ELSE 'DOWNGRADE' END AS kind,
       CASE WHEN h.next_decision_date IS NULL OR h.next_decision_date > h.valid_until
            THEN h.valid_until + 1 END AS expired_on
FROM (SELECT c.id, c.product_id, c.decision_no, c.decision_date, c.stars, c.valid_until,
             lag(c.stars) OVER w AS previous_stars, lead(c.decision_date) OVER w AS next_decision_date
      FROM certification c
      WHERE c.status <> 'REVOKED'
      WINDOW w AS (PARTITION BY c.product_id ORDER BY c.decision_date, c.id)) h;

-- What was sold, by channel: online orders once paid or confirmed for delivery (and not undone), and the sales
-- at showrooms and fairs. sold_on is Vietnam's date.
CREATE VIEW sale_fact AS
SELECT 'ONLINE' AS channel, l.product_id, (o.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS sold_on,
       l.quantity, l.quantity * l.unit_price_vnd AS amount_vnd
FROM customer_order o JOIN order_line l ON l.order_id = o.id
WHERE o.status IN ('PAID', 'CONFIRMED', 'PACKED', 'SHIPPED', 'DELIVERED')
UNION ALL
SELECT CASE WHEN k.kind = 'FAIR' THEN 'FAIR' ELSE 'SHOWROOM' END, l.product_id,
       (s.sold_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, l.quantity, l.quantity * l.unit_price_vnd
FROM stock_sale s JOIN stock_sale_line l ON l.sale_id = s.id JOIN stock_location k ON k.id = s.location_id;

CREATE INDEX certification_valid_until_idx ON certification (valid_until) WHERE status = 'ACTIVE';
