-- Each is the leading column of a unique index that already serves its look-ups (producer (province_code,
-- name_folded), product (producer_id, name_folded)); an import paid for keeping both up to date on every row.
DROP INDEX producer_province_idx;
DROP INDEX product_producer_idx;
