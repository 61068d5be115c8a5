package vn.ocop.market.storefront.cart;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Carts in PostgreSQL under an opaque random id, so any storefront node serves any
 * request and no server session is kept. Lines carry the price the buyer accepted.
 */
@Repository
public class Carts {

	private final DatabaseClient db;

	Carts(DatabaseClient db) {
		this.db = db;
	}

	Mono<UUID> create() {
		UUID id = UUID.randomUUID();
		return this.db.sql("INSERT INTO cart (id) VALUES (:id)").bind("id", id).then().thenReturn(id);
	}

	public Mono<Boolean> exists(UUID cart) {
		return this.db.sql("SELECT EXISTS (SELECT 1 FROM cart WHERE id = :id) AS found")
			.bind("id", cart)
			.map((row, meta) -> row.get("found", Boolean.class))
			.one();
	}

	/**
	 * Sets a line's quantity (0 removes it) at the price the buyer sees now.
	 */
	Mono<Void> set(UUID cart, long product, int quantity, Long price) {
		Mono<Void> change = (quantity <= 0)
				? this.db.sql("DELETE FROM cart_line WHERE cart_id = :cart AND product_id = :product")
					.bind("cart", cart)
					.bind("product", product)
					.then()
				: price(this.db
					.sql("""
							INSERT INTO cart_line (cart_id, product_id, quantity, added_price_vnd) VALUES (:cart, :product, :q, :price)
							ON CONFLICT (cart_id, product_id)
							DO UPDATE SET quantity = EXCLUDED.quantity, added_price_vnd = EXCLUDED.added_price_vnd""")
					.bind("cart", cart)
					.bind("product", product)
					.bind("q", quantity), price).then();
		return change.then(touch(cart));
	}

	/**
	 * Adds units to a line, up to the most a line may hold.
	 */
	Mono<Void> add(UUID cart, long product, int quantity, Long price, int max) {
		return price(this.db
			.sql("""
					INSERT INTO cart_line (cart_id, product_id, quantity, added_price_vnd) VALUES (:cart, :product, :q, :price)
					ON CONFLICT (cart_id, product_id)
					DO UPDATE SET quantity = least(cart_line.quantity + EXCLUDED.quantity, :max),
					              added_price_vnd = EXCLUDED.added_price_vnd""")
			.bind("cart", cart)
			.bind("product", product)
			.bind("q", Math.min(quantity, max))
			.bind("max", max), price).then().then(touch(cart));
	}

	/**
	 * The cart's lines with what the catalogue says of them today.
	 */
	Flux<Stored> lines(UUID cart, LocalDate today) {
		return this.db.sql("""
				SELECT p.id, p.slug, p.name, p.price_vnd, c.quantity, c.added_price_vnd, shipping_weight(p) AS weight,
				       l.product_id IS NOT NULL AS listed, p.product_group
				FROM cart_line c JOIN product p ON p.id = c.product_id
				LEFT JOIN listed_product(:today) l ON l.product_id = p.id
				WHERE c.cart_id = :cart ORDER BY c.added_at, p.id""")
			.bind("cart", cart)
			.bind("today", today)
			.map((row, meta) -> Stored.of(row))
			.all();
	}

	/**
	 * What each warehouse that ships online has available of these products, with its
	 * province.
	 */
	public Flux<Offer> offers(List<Long> products, LocalDate today) {
		if (products.isEmpty()) {
			return Flux.empty();
		}
		return this.db.sql("""
				SELECT o.product_id, o.location_id, o.available, l.province_code, l.name
				FROM stock_on_offer(:today) o JOIN stock_location l ON l.id = o.location_id
				WHERE o.ships_online AND o.product_id = ANY(:products)""")
			.bind("today", today)
			.bind("products", products.toArray(Long[]::new))
			.map((row, meta) -> new Offer(row.get("product_id", Long.class), row.get("location_id", Long.class),
					row.get("available", Integer.class), row.get("province_code", String.class),
					row.get("name", String.class)))
			.all();
	}

	public Mono<Void> clear(UUID cart) {
		return this.db.sql("DELETE FROM cart_line WHERE cart_id = :cart").bind("cart", cart).then();
	}

	/**
	 * Deletes carts untouched for longer than their lifetime.
	 * @return how many
	 */
	public Mono<Long> purge(Instant now, Duration lifetime) {
		return this.db.sql("DELETE FROM cart WHERE updated_at < :before")
			.bind("before", now.minus(lifetime))
			.fetch()
			.rowsUpdated();
	}

	private Mono<Void> touch(UUID cart) {
		return this.db.sql("UPDATE cart SET updated_at = now() WHERE id = :cart").bind("cart", cart).then();
	}

	private static DatabaseClient.GenericExecuteSpec price(DatabaseClient.GenericExecuteSpec spec, Long price) {
		return (price != null) ? spec.bind("price", price) : spec.bindNull("price", Long.class);
	}

	/**
	 * A line as stored, with the product as it is today.
	 */
	record Stored(long productId, String slug, String name, Long priceVnd, int quantity, Long addedPriceVnd,
			int weightGrams, boolean listed, String group) {

		static Stored of(Readable row) {
			return new Stored(row.get("id", Long.class), row.get("slug", String.class), row.get("name", String.class),
					row.get("price_vnd", Long.class), row.get("quantity", Integer.class),
					row.get("added_price_vnd", Long.class), row.get("weight", Integer.class),
					row.get("listed", Boolean.class), row.get("product_group", String.class));
		}

	}

	/**
	 * Units of a product a warehouse that ships online has available.
	 */
	public record Offer(long productId, long locationId, int available, String provinceCode, String locationName) {

	}

}
