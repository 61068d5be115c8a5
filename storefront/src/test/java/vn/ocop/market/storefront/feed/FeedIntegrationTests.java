package vn.ocop.market.storefront.feed;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.ocop.market.catalog.fixtures.StockFixtures;
import vn.ocop.market.catalog.stock.Movement;
import vn.ocop.market.catalog.stock.StockLedger;
import vn.ocop.market.storefront.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

/**
 * The product feeds for Google Merchant Center, Meta and marketplaces: only what is
 * listed today, by province, as XML a parser reads and CSV Excel reads, and revalidated
 * with their ETag.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedIntegrationTests {

	private static final String G = "http://base.google.com/ns/1.0";

	private static final String BANH = "banh-phong-tom-sa-dec";

	private static final String TRA = "tra-sen-thap-muoi";

	private static final String GAI = "banh-gai-ninh-giang";

	private static final String NON_LA = "non-la-bai-tho";

	private static final String KEO = "keo-dua-ben-tre";

	private static final String DESCRIPTION = "Bánh phồng \"tôm tươi\", phơi nắng.\nĐóng gói 500 g.";

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient db;

	@Autowired
	StockLedger ledger;

	@Autowired
	Clock clock;

	long warehouse;

	long photo;

	@BeforeAll
	void catalogue() {
		this.warehouse = StockFixtures.location("Kho Sa Đéc").warehouse().province("82").insert(this.db);
		long banh = product("Bánh phồng tôm Sa Đéc").stars(4)
			.province("82")
			.producer("Hợp tác xã Tôm & Cá <Sa Đéc>")
			.price(125_000L)
			.description(DESCRIPTION)
			.gtin("08930000000011")
			.insert(this.db);
		this.ledger.apply(Movement.receive(this.warehouse, banh, 12, null, "test")).block();
		this.photo = this.db
			.sql("""
					INSERT INTO product_image (product_id, content_type, size_bytes, width, height, original, thumbnail,
					                           thumbnail_type, alt_text, uploaded_by)
					VALUES (:product, 'image/png', 1, 1, 1, :bytes, :bytes, 'image/png', 'Bánh phồng tôm', 'test') RETURNING id""")
			.bind("product", banh)
			.bind("bytes", ByteBuffer.wrap(new byte[] { 0 }))
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
		execute("""
				UPDATE product SET images = '["https://cdn.example.vn/banh-2.jpg", "http://cdn.example.vn/plain.jpg"]'
				WHERE slug = 'banh-phong-tom-sa-dec'""");
		product("Trà sen Tháp Mười").stars(5)
			.province("82")
			.producer("Hợp tác xã Sen Tháp Mười")
			.group("BEVERAGES")
			.price(250_000L)
			.insert(this.db);
		product("Bánh gai Ninh Giang").stars(3)
			.province("31")
			.producer("Cơ sở Bánh gai Bà Hiền")
			.price(120_000L)
			.description("=HYPERLINK(\"http://example.org\",\"Xem\")")
			.insert(this.db);
		product("Nón lá bài thơ").stars(4)
			.province("46")
			.producer("Hộ kinh doanh Bà Ngọc")
			.group("HANDICRAFTS")
			.price(null)
			.insert(this.db);
		product("Kẹo dừa Bến Tre").stars(4)
			.province("86")
			.producer("Cơ sở Thanh Long")
			.price(45_000L)
			.description("Kẹo dừa\u0007 Bến Tre, ngọt thanh.")
			.insert(this.db);
		long lapsed = product("Kẹo mè xửng Sa Đéc").stars(3).province("82").insert(this.db);
		validUntil(lapsed, today().minusDays(1));
		product("Bánh tráng ẩn").stars(4).province("82").hidden().insert(this.db);
	}

	@Test
	void theMerchantFeedIsRssWithTheGoogleNamespaceAndEveryRequiredElement() throws Exception {
		EntityExchangeResult<byte[]> result = get("/feeds/google-merchant.xml");
		assertThat(result.getResponseHeaders().getContentType()).hasToString("application/xml;charset=UTF-8");
		Document xml = parse(result.getResponseBody());
		Element rss = xml.getDocumentElement();
		assertThat(rss.getTagName()).isEqualTo("rss");
		assertThat(rss.getAttribute("version")).isEqualTo("2.0");
		Element channel = only(rss, "channel");
		assertThat(text(channel, "title")).isEqualTo("Sản phẩm OCOP · OCOP Market");
		assertThat(text(channel, "link")).startsWith("http://localhost:").endsWith("/");
		assertThat(text(channel, "description")).isNotBlank();
		Map<String, Element> items = items(xml);
		assertThat(items).isNotEmpty();
		items.forEach((id, item) -> {
			for (String required : List.of("id", "title", "description", "link", "price", "availability", "brand",
					"condition", "product_type")) {
				assertThat(g(item, required)).as("g:%s of %s", required, id).isNotBlank();
			}
			assertThat(g(item, "price")).matches("[1-9][0-9]* VND");
			assertThat(g(item, "availability")).isIn("in_stock", "out_of_stock");
			assertThat(g(item, "condition")).isEqualTo("new");
			assertThat(g(item, "link")).startsWith("http://localhost:").endsWith("/san-pham/" + id);
		});
	}

	@Test
	void anItemSaysWhatTheProductPageSays() throws Exception {
		Map<String, Element> items = items(parse(get("/feeds/google-merchant.xml").getResponseBody()));
		Element banh = items.get(BANH);
		assertThat(g(banh, "title")).isEqualTo("Bánh phồng tôm Sa Đéc");
		assertThat(g(banh, "description")).isEqualTo(DESCRIPTION);
		assertThat(g(banh, "price")).isEqualTo("125000 VND");
		assertThat(g(banh, "availability")).isEqualTo("in_stock");
		assertThat(g(banh, "brand")).isEqualTo("Hợp tác xã Tôm & Cá <Sa Đéc>");
		assertThat(g(banh, "gtin")).isEqualTo("08930000000011");
		assertThat(g(banh, "image_link")).matches("http://localhost:[0-9]+/anh/" + this.photo);
		assertThat(all(banh, "additional_image_link")).containsExactly("https://cdn.example.vn/banh-2.jpg");
		assertThat(g(banh, "product_type")).isEqualTo("OCOP > Thực phẩm > 4 sao");
		Element tra = items.get(TRA);
		assertThat(g(tra, "availability")).isEqualTo("out_of_stock");
		assertThat(g(tra, "description")).isEqualTo("Trà sen Tháp Mười — Đồ uống, sản phẩm OCOP 5 sao.");
		assertThat(g(tra, "product_type")).isEqualTo("OCOP > Đồ uống > 5 sao");
		assertThat(g(tra, "identifier_exists")).isEqualTo("no");
		assertThat(all(tra, "image_link")).isEmpty();
		assertThat(all(tra, "gtin")).isEmpty();
		assertThat(g(items.get(KEO), "description")).isEqualTo("Kẹo dừa Bến Tre, ngọt thanh.");
	}

	@Test
	void onlyListedProductsAppearAndTheMerchantFeedOnlyPricedOnes() throws Exception {
		assertThat(items(parse(get("/feeds/google-merchant.xml").getResponseBody())).keySet())
			.containsExactlyInAnyOrder(BANH, TRA, GAI, KEO);
		assertThat(csv("/feeds/products.csv")).extracting((row) -> row.get("sku"))
			.containsExactlyInAnyOrder(BANH, TRA, GAI, NON_LA, KEO);
	}

	@Test
	void aCertificateLeavesTheFeedsTheDayAfterItsLastValidDay() throws Exception {
		long honey = product("Mật ong hoa cà phê").stars(3).province("66").price(180_000L).insert(this.db);
		validUntil(honey, today());
		assertThat(items(parse(get("/feeds/google-merchant.xml").getResponseBody()))).containsKey("mat-ong-hoa-ca-phe");
		validUntil(honey, today().minusDays(1));
		assertThat(items(parse(get("/feeds/google-merchant.xml").getResponseBody())))
			.doesNotContainKey("mat-ong-hoa-ca-phe");
		assertThat(csv("/feeds/products.csv")).extracting((row) -> row.get("sku")).doesNotContain("mat-ong-hoa-ca-phe");
	}

	@Test
	void aProvinceFeedListsOnlyTheProductsOfThatProvince() throws Exception {
		Document xml = parse(get("/feeds/google-merchant.xml?province=dong-thap").getResponseBody());
		assertThat(items(xml).keySet()).containsExactlyInAnyOrder(BANH, TRA);
		Element channel = only(xml.getDocumentElement(), "channel");
		assertThat(text(channel, "title")).isEqualTo("Sản phẩm OCOP Đồng Tháp · OCOP Market");
		assertThat(text(channel, "link")).endsWith("/tinh/dong-thap");
		assertThat(csv("/feeds/products.csv?province=hai-phong")).extracting((row) -> row.get("sku"))
			.containsExactly(GAI);
		this.client.get().uri("/feeds/google-merchant.xml?province=atlantis").exchange().expectStatus().isNotFound();
		this.client.get().uri("/feeds/products.csv?province=atlantis").exchange().expectStatus().isNotFound();
	}

	@Test
	void theCsvHasAByteOrderMarkAHeaderAndQuotesWhatItMust() {
		EntityExchangeResult<byte[]> result = get("/feeds/products.csv");
		assertThat(result.getResponseHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
		byte[] body = result.getResponseBody();
		assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFsku,gtin,title,description,price_vnd,availability,stock_online,url,"
				+ "image_url,brand,province,product_group,ocop_stars,certificate_no,certificate_valid_until\r\n");
		assertThat(text)
			.contains("\"Bánh phồng \"\"tôm tươi\"\", phơi nắng.\nĐóng gói 500 g.\",125000,\"in_stock\",12,");
		Map<String, Map<String, String>> rows = new LinkedHashMap<>();
		csv("/feeds/products.csv").forEach((row) -> rows.put(row.get("sku"), row));
		Map<String, String> banh = rows.get(BANH);
		assertThat(banh).containsEntry("gtin", "08930000000011")
			.containsEntry("description", DESCRIPTION)
			.containsEntry("price_vnd", "125000")
			.containsEntry("stock_online", "12")
			.containsEntry("brand", "Hợp tác xã Tôm & Cá <Sa Đéc>")
			.containsEntry("province", "Đồng Tháp")
			.containsEntry("product_group", "Thực phẩm")
			.containsEntry("ocop_stars", "4")
			.containsEntry("certificate_no", "1234/QĐ-UBND")
			.containsEntry("certificate_valid_until", "2027-03-14");
		assertThat(banh.get("url")).matches("http://localhost:[0-9]+/san-pham/" + BANH);
		assertThat(banh.get("image_url")).matches("http://localhost:[0-9]+/anh/" + this.photo);
		assertThat(rows.get(GAI)).containsEntry("description", "'=HYPERLINK(\"http://example.org\",\"Xem\")");
		assertThat(rows.get(NON_LA)).containsEntry("price_vnd", "").containsEntry("availability", "out_of_stock");
	}

	@Test
	void anUnchangedFeedIsAnswered304AndAChangeIsServedAtOnce() throws Exception {
		EntityExchangeResult<byte[]> first = get("/feeds/google-merchant.xml");
		HttpHeaders headers = first.getResponseHeaders();
		assertThat(headers.getCacheControl()).isEqualTo("max-age=300, public");
		assertThat(headers.getLastModified()).isPositive();
		String etag = headers.getETag();
		this.client.get()
			.uri("/feeds/google-merchant.xml")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectBody()
			.isEmpty();
		this.client.get()
			.uri("/feeds/google-merchant.xml")
			.header(HttpHeaders.IF_MODIFIED_SINCE, headers.getFirst(HttpHeaders.LAST_MODIFIED))
			.exchange()
			.expectStatus()
			.isNotModified();
		assertThat(get("/feeds/products.csv").getResponseHeaders().getETag()).isNotEqualTo(etag);
		assertThat(get("/feeds/google-merchant.xml?province=dong-thap").getResponseHeaders().getETag())
			.isNotEqualTo(etag);

		execute("UPDATE product SET price_vnd = 47000, updated_at = now() WHERE slug = '" + KEO + "'");
		EntityExchangeResult<byte[]> repriced = revalidate(etag);
		assertThat(g(items(parse(repriced.getResponseBody())).get(KEO), "price")).isEqualTo("47000 VND");
		String repricedTag = repriced.getResponseHeaders().getETag();
		assertThat(repricedTag).isNotEqualTo(etag);

		long keo = this.db.sql("SELECT id FROM product WHERE slug = :slug")
			.bind("slug", KEO)
			.map((row, meta) -> row.get("id", Long.class))
			.one()
			.block();
		this.ledger.apply(Movement.receive(this.warehouse, keo, 3, null, "test")).block();
		EntityExchangeResult<byte[]> restocked = revalidate(repricedTag);
		assertThat(g(items(parse(restocked.getResponseBody())).get(KEO), "availability")).isEqualTo("in_stock");
	}

	private EntityExchangeResult<byte[]> revalidate(String etag) {
		return this.client.get()
			.uri("/feeds/google-merchant.xml")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.OK)
			.expectBody()
			.returnResult();
	}

	private EntityExchangeResult<byte[]> get(String uri) {
		return this.client.get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult();
	}

	private List<Map<String, String>> csv(String uri) {
		String text = new String(get(uri).getResponseBody(), StandardCharsets.UTF_8).substring(1);
		List<List<String>> records = Rfc4180.parse(text);
		List<String> header = records.get(0);
		List<Map<String, String>> rows = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			assertThat(record).hasSameSizeAs(header);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), record.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static Map<String, Element> items(Document xml) {
		Map<String, Element> items = new LinkedHashMap<>();
		NodeList nodes = xml.getElementsByTagName("item");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element item = (Element) nodes.item(i);
			items.put(g(item, "id"), item);
		}
		return items;
	}

	private static Element only(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagName(name);
		assertThat(nodes.getLength()).as(name).isEqualTo(1);
		return (Element) nodes.item(0);
	}

	private static String text(Element channel, String name) {
		NodeList nodes = channel.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && element.getNamespaceURI() == null
					&& element.getLocalName().equals(name)) {
				return element.getTextContent();
			}
		}
		return null;
	}

	private static String g(Element item, String name) {
		List<String> values = all(item, name);
		assertThat(values).as("g:" + name).hasSizeLessThanOrEqualTo(1);
		return values.isEmpty() ? null : values.get(0);
	}

	private static List<String> all(Element item, String name) {
		NodeList nodes = item.getElementsByTagNameNS(G, name);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(nodes.item(i).getTextContent());
		}
		return values;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private void validUntil(long product, LocalDate day) {
		this.db.sql("UPDATE certification SET valid_until = :day WHERE product_id = :product")
			.bind("day", day)
			.bind("product", product)
			.then()
			.block();
	}

	private void execute(String sql) {
		this.db.sql(sql).then().block();
	}

	/**
	 * Reads CSV as RFC 4180 writes it, as a marketplace's importer would.
	 */
	private static final class Rfc4180 {

		static List<List<String>> parse(String text) {
			List<List<String>> records = new ArrayList<>();
			List<String> record = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted && c == ',') {
					record.add(field.toString());
					field.setLength(0);
				}
				else if (!quoted && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					record.add(field.toString());
					field.setLength(0);
					records.add(record);
					record = new ArrayList<>();
					i++;
				}
				else {
					field.append(c);
				}
			}
			assertThat(quoted).as("an unclosed quote").isFalse();
			assertThat(field).as("a line without its CRLF").isEmpty();
			return records;
		}

	}

}
