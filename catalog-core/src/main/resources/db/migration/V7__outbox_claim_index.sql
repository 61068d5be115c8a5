-- The claim skips products another worker holds. Rows in flight (claimed, not yet processed) are few, so they get
-- an index of their own: a claim then costs one pass over the pending rows, not one per candidate row, which made
-- a backlog of 40 000 rows take seconds per claim.
CREATE INDEX catalog_outbox_in_flight_idx ON catalog_outbox (product_id)
    WHERE processed_at IS NULL AND claimed_at IS NOT NULL;
