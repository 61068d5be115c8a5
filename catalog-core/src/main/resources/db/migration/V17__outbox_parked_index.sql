-- The parked rows, for the outbox's gauges: counted from this index rather than from a scan of
-- every row the outbox keeps for a week. Waiting rows have theirs (catalog_outbox_pending_id_idx).
CREATE INDEX catalog_outbox_parked_idx ON catalog_outbox (id) WHERE processed_at IS NULL AND parked;
