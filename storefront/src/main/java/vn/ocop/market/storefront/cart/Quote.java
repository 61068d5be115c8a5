package vn.ocop.market.storefront.cart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import vn.ocop.market.catalog.province.Province;

/**
 * A cart priced now: its lines with what changed about them, the shipments they leave in
 * (one per warehouse, each with its fee) once the destination is known, and the totals.
 * The digest names all of it, so a checkout confirms exactly what the buyer saw.
 *
 * @param destination null until the buyer says where to deliver
 */
public record Quote(List<CartLine> lines, Province destination, List<Shipment> shipments, long subtotalVnd,
		long shippingVnd, boolean freeShipping) {

	public Quote {
		lines = List.copyOf(lines);
		shipments = List.copyOf(shipments);
	}

	public long totalVnd() {
		return this.subtotalVnd + this.shippingVnd;
	}

	public int units() {
		return this.lines.stream().mapToInt(CartLine::quantity).sum();
	}

	public boolean empty() {
		return this.lines.isEmpty();
	}

	/**
	 * Whether the cart can be ordered as priced: lines there are and none blocks.
	 */
	public boolean orderable() {
		return !this.lines.isEmpty() && this.lines.stream().allMatch(CartLine::orderable);
	}

	public boolean changed() {
		return this.lines.stream().anyMatch((line) -> !line.problems().isEmpty());
	}

	/**
	 * A digest of the lines, prices, shipments and fees, to tell whether anything moved
	 * between the page the buyer read and the order they confirm.
	 */
	public String digest() {
		StringBuilder text = new StringBuilder((this.destination != null) ? this.destination.code() : "-");
		this.lines.forEach((line) -> text.append('|')
			.append(line.productId())
			.append(':')
			.append(line.quantity())
			.append(':')
			.append(line.priceVnd()));
		this.shipments.forEach(
				(shipment) -> text.append('|').append(shipment.locationId()).append(':').append(shipment.feeVnd()));
		text.append('|').append(totalVnd());
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The lines one warehouse sends as one parcel, and its fee.
	 */
	public record Shipment(long locationId, String locationName, Province from, ShippingTariff.Zone zone,
			int weightGrams, long feeVnd, List<CartLine> lines) {

	}

}
