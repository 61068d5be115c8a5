package vn.ocop.market.storefront;

import java.time.LocalDate;

import org.springframework.r2dbc.core.DatabaseClient;

import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * A small catalogue that search, listing and browser tests share: listed products of
 * every star in several provinces and groups, one expired and one hidden.
 */
public final class ShopCatalog {

	public static final String BANH_PHONG_TOM = "Bánh phồng tôm Sa Đéc";

	public static final String TRA_SEN = "Trà sen Tháp Mười";

	public static final String BANH_GAI = "Bánh gai Ninh Giang";

	public static final String KEO_DUA = "Kẹo dừa Bến Tre";

	public static final String MAT_ONG = "Mật ong hoa cà phê";

	public static final String NON_LA = "Nón lá bài thơ";

	public static final String EXPIRED = "Kẹo lạc Sa Đéc";

	public static final String HIDDEN = "Bánh tráng ẩn";

	/**
	 * Still ACTIVE in PostgreSQL, its last valid day yesterday: the expiry job is behind.
	 */
	public static final String LAPSED = "Kẹo mè xửng Sa Đéc";

	/** Certificates are dated from today, so that the listed ones stay valid. */
	private static final LocalDate TODAY = LocalDate.now();

	private ShopCatalog() {
	}

	public static void insert(DatabaseClient db) {
		product(BANH_PHONG_TOM).stars(4)
			.province("82")
			.producer("Hợp tác xã Tân Phú")
			.price(65_000L)
			.description("Bánh phồng làm từ tôm tươi và bột năng, phơi nắng tự nhiên.")
			.certifiedOn(TODAY.minusDays(500))
			.insert(db);
		product(TRA_SEN).stars(5)
			.province("82")
			.producer("Hợp tác xã Sen Tháp Mười")
			.group("BEVERAGES")
			.price(250_000L)
			.certifiedOn(TODAY.minusDays(200))
			.insert(db);
		product(BANH_GAI).stars(3)
			.province("31")
			.producer("Cơ sở Bánh gai Bà Hiền")
			.producerKind("HKD")
			.price(120_000L)
			.certifiedOn(TODAY.minusDays(300))
			.insert(db);
		product(KEO_DUA).stars(4)
			.province("86")
			.producer("Cơ sở Thanh Long")
			.producerKind("HKD")
			.price(45_000L)
			.certifiedOn(TODAY.minusDays(600))
			.insert(db);
		product(MAT_ONG).stars(3)
			.province("66")
			.producer("Công ty TNHH Ong Vàng Buôn Ma Thuột")
			.producerKind("DN")
			.group("HERBAL")
			.price(180_000L)
			.certifiedOn(TODAY.minusDays(400))
			.insert(db);
		product(NON_LA).stars(4)
			.province("46")
			.producer("Hộ kinh doanh Bà Ngọc")
			.producerKind("HKD")
			.group("HANDICRAFTS")
			.price(90_000L)
			.certifiedOn(TODAY.minusDays(100))
			.insert(db);
		product(EXPIRED).stars(3)
			.province("82")
			.certifiedOn(LocalDate.of(2021, 4, 1))
			.certificationStatus("EXPIRED")
			.insert(db);
		product(HIDDEN).stars(4).province("82").hidden().insert(db);
		product(LAPSED).stars(3).province("82").certifiedOn(TODAY.minusMonths(36)).insert(db);
	}

}
