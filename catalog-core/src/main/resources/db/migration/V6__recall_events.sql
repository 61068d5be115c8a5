-- A recall, and the lifting of one, are stages of the batch's journey: who, when and why stay on record,
-- and the consumer sees them on the traceability page. Only the office records them; producers record
-- the other kinds.
ALTER TABLE trace_event DROP CONSTRAINT trace_event_kind_check;
ALTER TABLE trace_event ADD CONSTRAINT trace_event_kind_check CHECK (kind IN ('HARVEST', 'PROCESSING', 'PACKING',
    'QUALITY_TEST', 'SHIPPED', 'RECEIVED', 'SOLD', 'RECALLED', 'RECALL_LIFTED'));

-- recalls made before this version get their event; the office account that made them was not recorded
INSERT INTO trace_event (batch_id, at, kind, place, note, actor)
SELECT id, recalled_at, 'RECALLED', 'Văn phòng điều phối OCOP', recall_reason, 'ocop-office'
FROM batch WHERE recalled_at IS NOT NULL;
