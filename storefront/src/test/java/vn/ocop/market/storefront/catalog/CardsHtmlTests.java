package vn.ocop.market.storefront.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.security.web.server.csrf.DefaultCsrfToken;

import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.storefront.system.Bundles;

import static org.assertj.core.api.Assertions.assertThat;

class CardsHtmlTests {

	private final CardsHtml cards = new CardsHtml(Bundles.words());

	private final ProductCard card = new ProductCard("keo-dua", "Kẹo dừa <Bến Tre> & \"Mỏ Cày\"",
			List.of(new NamePart("Kẹo dừa", true), new NamePart(" <Bến Tre> & \"Mỏ Cày\"", false)), ProductGroup.FOOD,
			4, 65_000L, "HTX O'Kẹo", ProvinceRegistry.standard().bySlug("vinh-long").orElseThrow(),
			LocalDate.of(2024, 5, 1), List.of("Bến Tre"), true);

	@Test
	void everyValueIsEscapedAndTheMatchesMarked() {
		String html = this.cards.grid(List.of(this.card), Locale.forLanguageTag("vi"), null, "/san-pham?q=keo");
		assertThat(html).contains("<mark>Kẹo dừa</mark> &lt;Bến Tre&gt; &amp; &quot;Mỏ Cày&quot;</h3>")
			.contains("<p class=\"producer\">HTX O&#39;Kẹo</p>")
			.doesNotContain("<Bến Tre>")
			.contains("(trước đây: Bến Tre)")
			.contains("<p class=\"price\">65.000 ₫</p>")
			.contains("aria-label=\"4 sao\"><span aria-hidden=\"true\">★★★★</span>")
			.contains("value=\"/san-pham?q=keo\"");
	}

	@Test
	void aBuyableCardCarriesThePagesTokenAndSpeaksThePagesLanguage() {
		String html = this.cards.grid(List.of(this.card), Locale.ENGLISH,
				new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", "t0ken"), "/san-pham");
		assertThat(html).contains("<input type=\"hidden\" name=\"_csrf\" value=\"t0ken\">")
			.contains(">Add to cart</button>")
			.contains(
					"<span class=\"ph g-food\" role=\"img\" aria-label=\"Illustration for Kẹo dừa &lt;Bến Tre&gt; &amp; &quot;Mỏ Cày&quot;\">")
			.contains("<small aria-hidden=\"true\">Food</small>");
	}

	@Test
	void aCardWithoutStockOffersNoForm() {
		ProductCard soldOut = ProductCard.of("tra-sen", "Trà sen", ProductGroup.BEVERAGES, 3, 120_000L, "HTX Sen",
				ProvinceRegistry.standard().bySlug("dong-thap").orElseThrow(), LocalDate.of(2024, 5, 1), false);
		assertThat(this.cards.grid(List.of(soldOut), Locale.forLanguageTag("vi"), null, "/")).doesNotContain("<form");
	}

}
