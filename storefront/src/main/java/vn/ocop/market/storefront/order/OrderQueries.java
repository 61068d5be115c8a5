package vn.ocop.market.storefront.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.order.OrderReads;
import vn.ocop.market.catalog.order.OrderView;

/**
 * Orders as their buyers reach them: by the unguessable link (reference and token), or by
 * reference and phone. A wrong token or phone finds nothing, and says nothing about
 * whether the reference exists.
 */
@Repository
public class OrderQueries {

	private final OrderReads reads;

	OrderQueries(OrderReads reads) {
		this.reads = reads;
	}

	public Mono<OrderView> byLink(String reference, String token) {
		return this.reads.head(reference).filter((order) -> same(order.token(), token)).flatMap(this.reads::whole);
	}

	Mono<OrderView> byPhone(String reference, String phone) {
		return this.reads.head(reference)
			.filter((order) -> phone != null && same(order.phone(), phone))
			.flatMap(this.reads::whole);
	}

	/**
	 * Compares secrets in constant time, so a response's timing says nothing of how much
	 * of a guess was right.
	 */
	private static boolean same(String expected, String given) {
		return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				given.getBytes(StandardCharsets.UTF_8));
	}

}
