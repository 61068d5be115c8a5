-- A photo's thumbnail is PNG for a PNG and JPEG otherwise (browsers show any of them; nothing here writes WebP),
-- so it carries a content type of its own.
ALTER TABLE product_image ADD COLUMN thumbnail_type text NOT NULL DEFAULT 'image/jpeg'
    CHECK (thumbnail_type IN ('image/jpeg', 'image/png'));
UPDATE product_image SET thumbnail_type = 'image/png' WHERE content_type = 'image/png';
ALTER TABLE product_image ALTER COLUMN thumbnail_type DROP DEFAULT;
