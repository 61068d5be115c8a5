package vn.ocop.market.storefront.catalog;

import java.time.LocalDate;

import io.r2dbc.spi.Readable;

import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.ProductGroup;

/**
 * How PostgreSQL reads agree on what is listed: the database's
 * {@code listed_product(day)}, the one definition of "currently certified and listed".
 * Queries select {@link #COLUMNS} {@link #FROM_LISTED} and add their own {@code AND ...}
 * conditions; {@code :today} must be bound.
 */
public final class ProductCards {

	public static final String COLUMNS = """
			p.slug, p.name, p.product_group, p.price_vnd, c.stars, c.decision_date, r.name AS producer_name,
			r.province_code, EXISTS (SELECT 1 FROM stock_on_offer(:today) o WHERE o.product_id = p.id AND o.ships_online)
			AS in_stock_online""";

	public static final String FROM_LISTED = """
			FROM listed_product(:today) l
			JOIN product p ON p.id = l.product_id
			JOIN certification c ON c.id = l.certification_id
			JOIN producer r ON r.id = p.producer_id
			WHERE true""";

	private final ProvinceRegistry provinces;

	public ProductCards(ProvinceRegistry provinces) {
		this.provinces = provinces;
	}

	public ProductCard read(Readable row) {
		return ProductCard.of(row.get("slug", String.class), row.get("name", String.class),
				ProductGroup.valueOf(row.get("product_group", String.class)), row.get("stars", Integer.class),
				row.get("price_vnd", Long.class), row.get("producer_name", String.class),
				this.provinces.byCode(row.get("province_code", String.class)).orElseThrow(),
				row.get("decision_date", LocalDate.class),
				Boolean.TRUE.equals(row.get("in_stock_online", Boolean.class)));
	}

}
