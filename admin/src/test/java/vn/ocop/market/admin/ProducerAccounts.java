package vn.ocop.market.admin;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.ocop.market.catalog.fixtures.CatalogFixtures;

/**
 * Producer accounts with a product each, straight into the test database: what an
 * accepted invitation leaves behind.
 */
public record ProducerAccounts(DatabaseClient db, PasswordEncoder encoder) {

	public static final String PASSWORD = "producer-password";

	/**
	 * Inserts the product (and its producer) and a PRODUCER account for that producer.
	 * @return the product id
	 */
	public long productWithAccount(CatalogFixtures.ProductBuilder product, String email) {
		long productId = product.insert(this.db);
		this.db.sql("""
				INSERT INTO app_user (email, password_hash, role, producer_id, display_name)
				SELECT :email, :hash, 'PRODUCER', producer_id, 'Chủ thể' FROM product WHERE id = :id
				ON CONFLICT (email) DO NOTHING""")
			.bind("email", email)
			.bind("hash", this.encoder.encode(PASSWORD))
			.bind("id", productId)
			.then()
			.block();
		return productId;
	}

	public long batch(long productId, String lot) {
		return this.db.sql("""
				INSERT INTO batch (product_id, lot_code, produced_on, best_before, quantity)
				VALUES (:product, :lot, DATE '2026-10-01', DATE '2027-10-01', 500) RETURNING id""")
			.bind("product", productId)
			.bind("lot", lot)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
	}

	public long document(long batchId) {
		return this.db.sql("""
				INSERT INTO batch_document (batch_id, kind, title, file_name, content_type, size_bytes, content,
				                            uploaded_by)
				VALUES (:batch, 'VIETGAP', 'Chứng nhận VietGAP', 'vietgap.pdf', 'application/pdf', 9,
				        '%PDF-1.4 '::bytea, 'test') RETURNING id""")
			.bind("batch", batchId)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
	}

	public long photo(long productId) {
		return this.db.sql("""
				INSERT INTO product_image (product_id, content_type, size_bytes, width, height, original, thumbnail,
				                           thumbnail_type, alt_text, uploaded_by)
				VALUES (:product, 'image/png', 3, 1, 1, '\\x89504e'::bytea, '\\x89504e'::bytea, 'image/png', 'ảnh',
				        'test')
				RETURNING id""").bind("product", productId).map((row, meta) -> row.get("id", Long.class)).one().block();
	}

}
