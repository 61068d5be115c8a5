package vn.ocop.market.storefront.cart;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * Prices a cart now: every view and every checkout re-checks prices, certificates and
 * stock, and says what changed. Each line ships from one warehouse that ships online: the
 * nearest to the buyer that has all its units (then the one with most), so a cart may
 * leave in several parcels, each with its own fee.
 */
@Component
public class Quotes {

	private final Carts carts;

	private final ProvinceRegistry provinces;

	private final ShippingTariff tariff;

	private final Clock clock;

	Quotes(Carts carts, ProvinceRegistry provinces, ShippingTariff tariff, Clock clock) {
		this.carts = carts;
		this.provinces = provinces;
		this.tariff = tariff;
		this.clock = clock;
	}

	public Mono<Quote> of(UUID cart, Province destination) {
		LocalDate today = LocalDate.now(this.clock);
		return this.carts.lines(cart, today)
			.collectList()
			.flatMap((stored) -> this.carts.offers(stored.stream().map(Carts.Stored::productId).toList(), today)
				.collectList()
				.map((offers) -> quote(stored, offers, destination)));
	}

	private Quote quote(List<Carts.Stored> stored, List<Carts.Offer> offers, Province destination) {
		Map<Long, List<Carts.Offer>> byProduct = offers.stream().collect(Collectors.groupingBy(Carts.Offer::productId));
		List<CartLine> lines = new ArrayList<>();
		Map<Long, Carts.Offer> from = new LinkedHashMap<>();
		for (Carts.Stored line : stored) {
			Optional<Carts.Offer> chosen = choose(byProduct.getOrDefault(line.productId(), List.of()), line.quantity(),
					destination);
			chosen.ifPresent((offer) -> from.put(line.productId(), offer));
			lines.add(line(line, chosen));
		}
		long subtotal = lines.stream().mapToLong(CartLine::amount).sum();
		if (destination == null || lines.isEmpty()) {
			return new Quote(lines, destination, List.of(), subtotal, 0, this.tariff.free(subtotal));
		}
		List<Quote.Shipment> shipments = shipments(lines, from, destination, this.tariff.free(subtotal));
		long shipping = shipments.stream().mapToLong(Quote.Shipment::feeVnd).sum();
		return new Quote(lines, destination, shipments, subtotal, shipping, this.tariff.free(subtotal));
	}

	private CartLine line(Carts.Stored line, Optional<Carts.Offer> offer) {
		List<CartProblem> problems = new ArrayList<>();
		int available = offer.map(Carts.Offer::available).orElse(0);
		if (!line.listed()) {
			problems.add(CartProblem.CERTIFICATE_EXPIRED);
		}
		else if (line.priceVnd() == null || "TOURISM".equals(line.group())) {
			problems.add(CartProblem.NOT_SOLD_ONLINE);
		}
		else if (available == 0) {
			problems.add(CartProblem.OUT_OF_STOCK);
		}
		else if (available < line.quantity()) {
			problems.add(CartProblem.LIMITED);
		}
		if (line.priceVnd() != null && line.addedPriceVnd() != null && !line.priceVnd().equals(line.addedPriceVnd())) {
			problems.add(CartProblem.PRICE_CHANGED);
		}
		return new CartLine(line.productId(), line.slug(), line.name(), line.priceVnd(), line.addedPriceVnd(),
				line.quantity(), line.weightGrams(), available, offer.map(Carts.Offer::locationId).orElse(null),
				problems);
	}

	/**
	 * The warehouse a line ships from: among those that have all its units the nearest to
	 * the buyer, then the one with most; when none has them all, the one with most.
	 */
	private Optional<Carts.Offer> choose(List<Carts.Offer> offers, int quantity, Province destination) {
		Comparator<Carts.Offer> nearest = Comparator.comparing((Carts.Offer offer) -> (destination != null)
				? ShippingTariff.Zone.between(province(offer), destination).ordinal() : 0);
		Comparator<Carts.Offer> most = Comparator.comparingInt(Carts.Offer::available).reversed();
		Optional<Carts.Offer> whole = offers.stream()
			.filter((offer) -> offer.available() >= quantity)
			.min(nearest.thenComparing(most).thenComparingLong(Carts.Offer::locationId));
		return whole.isPresent() ? whole : offers.stream().min(most.thenComparingLong(Carts.Offer::locationId));
	}

	private List<Quote.Shipment> shipments(List<CartLine> lines, Map<Long, Carts.Offer> from, Province destination,
			boolean free) {
		Map<Long, List<CartLine>> byLocation = new LinkedHashMap<>();
		lines.stream()
			.filter((line) -> line.locationId() != null && line.orderable())
			.forEach((line) -> byLocation.computeIfAbsent(line.locationId(), (key) -> new ArrayList<>()).add(line));
		List<Quote.Shipment> shipments = new ArrayList<>();
		byLocation.forEach((location, parcel) -> {
			Carts.Offer offer = from.get(parcel.get(0).productId());
			Province origin = province(offer);
			ShippingTariff.Zone zone = ShippingTariff.Zone.between(origin, destination);
			int grams = parcel.stream().mapToInt((line) -> line.weightGrams() * line.quantity()).sum();
			shipments.add(new Quote.Shipment(location, offer.locationName(), origin, zone, grams,
					free ? 0 : this.tariff.fee(zone, grams), parcel));
		});
		return shipments;
	}

	private Province province(Carts.Offer offer) {
		return this.provinces.byCode(offer.provinceCode()).orElseThrow();
	}

}
