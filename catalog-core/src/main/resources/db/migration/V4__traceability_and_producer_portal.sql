-- Issue 4: traceability stamps and the producer portal.

-- Every batch gets a short code of its own: /t/{code} for products without a GTIN, and a label's fallback.
ALTER TABLE batch ADD COLUMN trace_code text NOT NULL UNIQUE
    DEFAULT upper(substr(md5(random()::text || clock_timestamp()::text), 1, 10))
    CHECK (trace_code ~ '^[0-9A-Z]{6,16}$');
ALTER TABLE batch ADD COLUMN created_by text;

-- Quality documents of a batch: VietGAP, HACCP, ISO 22000, organic, test reports (PDF or image).
CREATE TABLE batch_document (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id     bigint NOT NULL REFERENCES batch (id),
    kind         text NOT NULL CHECK (kind IN ('VIETGAP', 'HACCP', 'ISO_22000', 'ORGANIC', 'TEST_REPORT', 'OTHER')),
    title        text NOT NULL CHECK (btrim(title) <> ''),
    file_name    text NOT NULL,
    content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')),
    size_bytes   integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    content      bytea NOT NULL,
    valid_until  date,
    uploaded_by  text NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX batch_document_batch_idx ON batch_document (batch_id);

-- Product photos: the original as uploaded (validated type and size) and a thumbnail made on upload.
CREATE TABLE product_image (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id   bigint NOT NULL REFERENCES product (id),
    position     integer NOT NULL DEFAULT 0 CHECK (position >= 0),
    content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes   integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880),
    width        integer NOT NULL CHECK (width > 0),
    height       integer NOT NULL CHECK (height > 0),
    original     bytea NOT NULL,
    thumbnail    bytea NOT NULL,
    alt_text     text NOT NULL CHECK (btrim(alt_text) <> ''),
    uploaded_by  text NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX product_image_product_idx ON product_image (product_id, position);
CREATE TRIGGER product_image_outbox AFTER INSERT OR UPDATE OR DELETE ON product_image
    FOR EACH ROW EXECUTE FUNCTION product_row_changed();

-- Every story change is kept; an admin can hide a story or restore a revision.
ALTER TABLE product ADD COLUMN story_hidden boolean NOT NULL DEFAULT false;
CREATE TABLE story_revision (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES product (id),
    story_md   text NOT NULL,
    author     text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX story_revision_product_idx ON story_revision (product_id, created_at DESC);

-- Invitations: a link to set one's password, usable once and until it expires. Only a hash of the token is kept.
CREATE TABLE account_invitation (
    token_sha256 char(64) PRIMARY KEY CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
    user_id      bigint NOT NULL REFERENCES app_user (id),
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    CHECK (expires_at > created_at)
);

-- Batch changes show on the traceability page; a recall also changes what the product page says.
CREATE TRIGGER batch_outbox AFTER INSERT OR UPDATE OR DELETE ON batch
    FOR EACH ROW EXECUTE FUNCTION product_row_changed();
