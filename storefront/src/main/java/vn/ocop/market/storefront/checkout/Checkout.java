package vn.ocop.market.storefront.checkout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.catalog.order.PaymentMethod;
import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.Shortage;
import vn.ocop.market.catalog.stock.StockException;
import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.storefront.cart.CartLine;
import vn.ocop.market.storefront.cart.Carts;
import vn.ocop.market.storefront.cart.Quote;
import vn.ocop.market.storefront.cart.Quotes;

/**
 * Places an order from a cart in one transaction: the order with its shipments, lines,
 * prices and fees as quoted, one conditional reservation per line on the stock ledger
 * (any line short: nothing reserved, the cart kept), the first event of its timeline, the
 * cart emptied. The idempotency key is claimed first, so a double click, a refresh or a
 * retried request gets the same order, never a second one.
 */
@Service
public class Checkout {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String REFERENCE_LETTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final StockLedger ledger;

	private final Quotes quotes;

	private final Carts carts;

	private final CheckoutProperties properties;

	private final Clock clock;

	Checkout(DatabaseClient db, TransactionalOperator transaction, StockLedger ledger, Quotes quotes, Carts carts,
			CheckoutProperties properties, Clock clock) {
		this.db = db;
		this.transaction = transaction;
		this.ledger = ledger;
		this.quotes = quotes;
		this.carts = carts;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param shownDigest the digest of the quote the buyer confirmed, or null when the
	 * client confirms the cart as it stands (the API)
	 * @return the order, the earlier one when the key was used before for the same
	 * request
	 * @throws CheckoutException (as the error signal) when nothing was recorded
	 */
	public Mono<Placed> place(UUID cart, Buyer buyer, Province province, PaymentMethod method, String key,
			String shownDigest) {
		String request = digest(cart + "|" + buyer + "|" + method);
		return existing(key, request).switchIfEmpty(Mono.defer(() -> this.quotes.of(cart, province).flatMap((quote) -> {
			if (quote.empty()) {
				return Mono.error(new CheckoutException(CheckoutException.Reason.EMPTY, quote, List.of()));
			}
			if (!quote.orderable()) {
				return Mono.error(new CheckoutException(CheckoutException.Reason.CART_CHANGED, quote, List.of()));
			}
			if (shownDigest != null && !shownDigest.equals(quote.digest())) {
				return Mono.error(new CheckoutException(CheckoutException.Reason.QUOTE_CHANGED, quote, List.of()));
			}
			return record(cart, buyer, method, key, request, quote).onErrorMap(StockException.class,
					(refusal) -> new CheckoutException(CheckoutException.Reason.OUT_OF_STOCK, quote,
							refusal.shortages().stream().map(Shortage::productId).distinct().toList()));
		})));
	}

	private Mono<Placed> record(UUID cart, Buyer buyer, PaymentMethod method, String key, String request, Quote quote) {
		Instant now = this.clock.instant();
		String token = token();
		DatabaseClient.GenericExecuteSpec insert = this.db
			.sql("""
					INSERT INTO customer_order (reference, access_token, status, payment_method, customer_name, phone, email,
					                            province_code, address, subtotal_vnd, shipping_vnd, total_vnd,
					                            idempotency_key, request_digest, hold_until, created_at, updated_at)
					VALUES (:reference, :token, :status, :method, :name, :phone, :email, :province, :address, :subtotal,
					        :shipping, :total, :key, :request, :hold, :now, :now)
					ON CONFLICT (idempotency_key) DO NOTHING RETURNING id""")
			.bind("reference", reference())
			.bind("token", token)
			.bind("status", method.firstStatus().name())
			.bind("method", method.name())
			.bind("name", buyer.name().strip())
			.bind("phone", buyer.phone())
			.bind("province", buyer.provinceCode())
			.bind("address", buyer.address().strip())
			.bind("subtotal", quote.subtotalVnd())
			.bind("shipping", quote.shippingVnd())
			.bind("total", quote.totalVnd())
			.bind("key", key)
			.bind("request", request)
			.bind("now", now);
		insert = (buyer.email() != null) ? insert.bind("email", buyer.email()) : insert.bindNull("email", String.class);
		insert = (method == PaymentMethod.COD) ? insert.bindNull("hold", Instant.class)
				: insert.bind("hold", now.plus(this.properties.hold()));
		return insert.map((row, meta) -> row.get("id", Long.class))
			.one()
			.flatMap((orderId) -> shipments(orderId, quote).then(reserve(orderId, quote))
				.then(this.db
					.sql("""
							INSERT INTO order_event (order_id, actor, to_status, note, at) VALUES (:id, 'buyer', :status, :note, :now)""")
					.bind("id", orderId)
					.bind("status", method.firstStatus().name())
					.bind("note", "ORDERED " + method)
					.bind("now", now)
					.then())
				.then(this.carts.clear(cart))
				.then(find(orderId, false)))
			// a concurrent request with the same key claimed it first: that order it is
			.switchIfEmpty(Mono.defer(() -> existing(key, request)))
			.as(this.transaction::transactional);
	}

	private Mono<Void> shipments(long orderId, Quote quote) {
		return Flux.fromIterable(quote.shipments())
			.concatMap((shipment) -> this.db.sql("""
					INSERT INTO shipment (order_id, location_id, zone, weight_grams, fee_vnd)
					VALUES (:order, :location, :zone, :weight, :fee) RETURNING id""")
				.bind("order", orderId)
				.bind("location", shipment.locationId())
				.bind("zone", shipment.zone().name())
				.bind("weight", shipment.weightGrams())
				.bind("fee", shipment.feeVnd())
				.map((row, meta) -> row.get("id", Long.class))
				.one()
				.flatMapMany((shipmentId) -> Flux.fromIterable(shipment.lines())
					.concatMap((line) -> line(orderId, shipmentId, line))))
			.then();
	}

	private Mono<Void> line(long orderId, long shipmentId, CartLine line) {
		return this.db.sql("""
				INSERT INTO order_line (order_id, product_id, shipment_id, name, unit_price_vnd, quantity, weight_grams)
				VALUES (:order, :product, :shipment, :name, :price, :quantity, :weight)""")
			.bind("order", orderId)
			.bind("product", line.productId())
			.bind("shipment", shipmentId)
			.bind("name", line.name())
			.bind("price", line.priceVnd())
			.bind("quantity", line.quantity())
			.bind("weight", line.weightGrams())
			.then();
	}

	/**
	 * One conditional reservation per line, all or nothing.
	 */
	private Mono<Void> reserve(long orderId, Quote quote) {
		List<Movement> reservations = quote.lines()
			.stream()
			.map((line) -> Movement.reservation(line.locationId(), line.productId(), line.quantity(), orderId, "buyer"))
			.toList();
		return this.ledger.applyAll(reservations).then();
	}

	/**
	 * The order placed under this key; refused when the key came with another request.
	 */
	private Mono<Placed> existing(String key, String request) {
		return this.db.sql("SELECT id, request_digest FROM customer_order WHERE idempotency_key = :key")
			.bind("key", key)
			.map((row, meta) -> new Object[] { row.get("id", Long.class), row.get("request_digest", String.class) })
			.one()
			.flatMap((found) -> request.equals(found[1]) ? find((Long) found[0], true)
					: Mono.error(new CheckoutException(CheckoutException.Reason.KEY_REUSED, null, List.of())));
	}

	private Mono<Placed> find(long orderId, boolean again) {
		return this.db.sql("""
				SELECT id, reference, access_token, status, payment_method, total_vnd, email FROM customer_order
				WHERE id = :id""")
			.bind("id", orderId)
			.map((row, meta) -> new Placed(row.get("id", Long.class), row.get("reference", String.class),
					row.get("access_token", String.class), row.get("status", String.class),
					PaymentMethod.valueOf(row.get("payment_method", String.class)), row.get("total_vnd", Long.class),
					row.get("email", String.class), again))
			.one();
	}

	private static String reference() {
		StringBuilder reference = new StringBuilder("DH");
		for (int i = 0; i < 8; i++) {
			reference.append(REFERENCE_LETTERS.charAt(RANDOM.nextInt(REFERENCE_LETTERS.length())));
		}
		return reference.toString();
	}

	private static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String digest(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An order placed, with the secret of its link.
	 *
	 * @param again whether this request was a repeat of the one that placed it
	 */
	public record Placed(long id, String reference, String token, String status, PaymentMethod method, long totalVnd,
			String email, boolean again) {

		public String path() {
			return "/don-hang/" + this.reference + "?t=" + this.token;
		}

	}

}
