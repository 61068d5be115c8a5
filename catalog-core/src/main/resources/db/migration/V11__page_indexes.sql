-- A product page's related products (same group in the same province) and a province's page look products up by
-- their producer's province and their group: without these, both read the whole catalogue.
CREATE INDEX producer_province_idx ON producer (province_code);
CREATE INDEX product_group_idx ON product (product_group);
