package vn.ocop.market.storefront.salespoint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.catalog.stock.LocationKind;

/**
 * Showrooms, sales points and fairs that have not ended, from PostgreSQL: what each
 * offers is {@code stock_on_offer} of listed OCOP products, so a place never lists a
 * product it has none of.
 */
@Repository
public class SalesPoints {

	private static final String PLACES = """
			SELECT l.id, l.kind, l.name, l.address, l.province_code, l.phone, l.opening_hours, l.opens_on, l.closes_on
			FROM stock_location l
			WHERE l.kind IN ('SHOWROOM', 'FAIR') AND l.closed_at IS NULL AND (l.kind <> 'FAIR' OR l.closes_on >= :today)
			""";

	private final DatabaseClient db;

	private final ProvinceRegistry provinces;

	private final Clock clock;

	SalesPoints(DatabaseClient db, ProvinceRegistry provinces, Clock clock) {
		this.db = db;
		this.provinces = provinces;
		this.clock = clock;
	}

	/**
	 * The places of a province (all when null) with what each offers.
	 */
	Flux<SalesPoint> in(Province province) {
		LocalDate today = today();
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql(PLACES + ((province != null) ? " AND l.province_code = :province" : "")
					+ " ORDER BY l.province_code, l.kind DESC, l.name")
			.bind("today", today);
		if (province != null) {
			spec = spec.bind("province", province.code());
		}
		return spec.map((row, meta) -> place(row)).all().collectList().flatMapMany((places) -> offers(places, today));
	}

	/**
	 * The places that have the product available now, for its page.
	 */
	public Mono<List<SalesPoint>> having(long productId) {
		return this.db.sql(PLACES + """
				 AND l.id IN (SELECT o.location_id FROM stock_on_offer(:today) o WHERE o.product_id = :product)
				ORDER BY l.kind DESC, l.name""")
			.bind("today", today())
			.bind("product", productId)
			.map((row, meta) -> place(row))
			.all()
			.collectList();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Flux<SalesPoint> offers(List<SalesPoint> places, LocalDate today) {
		if (places.isEmpty()) {
			return Flux.empty();
		}
		Long[] ids = places.stream().map(SalesPoint::id).toArray(Long[]::new);
		return this.db.sql("""
				SELECT o.location_id, p.slug, p.name, l.stars, o.available
				FROM stock_on_offer(:today) o
				JOIN listed_product(:today) l ON l.product_id = o.product_id
				JOIN product p ON p.id = o.product_id
				WHERE o.location_id = ANY(:ids)
				ORDER BY l.stars DESC, p.name_folded""")
			.bind("today", today)
			.bind("ids", ids)
			.map((row, meta) -> Map.entry(row.get("location_id", Long.class),
					new SalesPoint.Offer(row.get("slug", String.class), row.get("name", String.class),
							row.get("stars", Integer.class), row.get("available", Integer.class))))
			.all()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())))
			.flatMapMany((offers) -> Flux.fromIterable(places)
				.map((place) -> place.withProducts(offers.getOrDefault(place.id(), List.of()))));
	}

	private SalesPoint place(Readable row) {
		return new SalesPoint(row.get("id", Long.class), LocationKind.valueOf(row.get("kind", String.class)),
				row.get("name", String.class), row.get("address", String.class),
				this.provinces.byCode(row.get("province_code", String.class)).orElseThrow(),
				row.get("phone", String.class), row.get("opening_hours", String.class),
				row.get("opens_on", LocalDate.class), row.get("closes_on", LocalDate.class), List.of());
	}

}
