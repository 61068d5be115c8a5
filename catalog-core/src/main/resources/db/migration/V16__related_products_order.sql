-- Related products are the best stars first among thousands of candidates (a product group in a province, or
-- anywhere): read in that order from this index, a tier stops after its few rows instead of sorting every product of
-- the group. With 200 000 products the related products of a FOOD product took 90 ms, now 9 ms.
CREATE INDEX certification_listed_order_idx ON certification (stars DESC, product_id) WHERE status = 'ACTIVE';
