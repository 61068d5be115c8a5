package vn.ocop.market.storefront.cart;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * What pages and the API do to a cart. Only a listed OCOP product with a price and units
 * at a warehouse that ships online goes in, up to the most a line may hold; every answer
 * is the cart priced again.
 */
@Component
public class CartEditor {

	private final DatabaseClient db;

	private final Carts carts;

	private final Quotes quotes;

	private final int maxPerLine;

	private final Clock clock;

	CartEditor(DatabaseClient db, Carts carts, Quotes quotes, CartProperties properties, Clock clock) {
		this.db = db;
		this.carts = carts;
		this.quotes = quotes;
		this.maxPerLine = properties.maxPerLine();
		this.clock = clock;
	}

	public int maxPerLine() {
		return this.maxPerLine;
	}

	/**
	 * Adds units of the product.
	 * @throws NotAddableException (as the error signal) naming why it cannot go in
	 */
	public Mono<Quote> add(UUID cart, String slug, int quantity) {
		return sellable(slug).flatMap((product) -> this.carts
			.add(cart, product.id(), Math.max(1, quantity), product.priceVnd(), this.maxPerLine)
			.then(view(cart)));
	}

	/**
	 * Sets the line's quantity; zero removes it. The price the buyer accepts is the one
	 * of now.
	 */
	public Mono<Quote> set(UUID cart, String slug, int quantity) {
		if (quantity <= 0) {
			return product(slug).switchIfEmpty(Mono.error(new NotAddableException(NotAddableException.Why.UNKNOWN)))
				.flatMap((product) -> this.carts.set(cart, product.id(), 0, null))
				.then(view(cart));
		}
		return sellable(slug).flatMap(
				(product) -> this.carts.set(cart, product.id(), Math.min(quantity, this.maxPerLine), product.priceVnd())
					.then(view(cart)));
	}

	public Mono<Quote> view(UUID cart) {
		return this.quotes.of(cart, null);
	}

	private Mono<Product> sellable(String slug) {
		return product(slug).switchIfEmpty(Mono.error(new NotAddableException(NotAddableException.Why.UNKNOWN)))
			.flatMap((product) -> {
				if (!product.listed()) {
					return Mono.error(new NotAddableException(NotAddableException.Why.NOT_CERTIFIED));
				}
				if (product.priceVnd() == null || "TOURISM".equals(product.group())) {
					return Mono.error(new NotAddableException(NotAddableException.Why.NOT_SOLD_ONLINE));
				}
				if (product.available() == 0) {
					return Mono.error(new NotAddableException(NotAddableException.Why.OUT_OF_STOCK));
				}
				return Mono.just(product);
			});
	}

	private Mono<Product> product(String slug) {
		LocalDate today = LocalDate.now(this.clock);
		return this.db.sql("""
				SELECT p.id, p.price_vnd, p.product_group, l.product_id IS NOT NULL AS listed,
				       (SELECT coalesce(max(o.available), 0) FROM stock_on_offer(:today) o
				        WHERE o.product_id = p.id AND o.ships_online) AS available
				FROM product p LEFT JOIN listed_product(:today) l ON l.product_id = p.id
				WHERE p.slug = :slug AND p.status = 'ACTIVE'""")
			.bind("today", today)
			.bind("slug", slug)
			.map((row, meta) -> new Product(row.get("id", Long.class), row.get("price_vnd", Long.class),
					row.get("product_group", String.class), row.get("listed", Boolean.class),
					row.get("available", Integer.class)))
			.one();
	}

	private record Product(long id, Long priceVnd, String group, boolean listed, int available) {

	}

	/**
	 * A product refused at the cart's door, with why.
	 */
	public static class NotAddableException extends RuntimeException {

		private final Why why;

		NotAddableException(Why why) {
			super(why.name(), null, false, false);
			this.why = why;
		}

		public Why why() {
			return this.why;
		}

		public enum Why {

			UNKNOWN, NOT_CERTIFIED, NOT_SOLD_ONLINE, OUT_OF_STOCK

		}

	}

}
