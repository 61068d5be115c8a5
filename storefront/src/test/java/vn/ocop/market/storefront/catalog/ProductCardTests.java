package vn.ocop.market.storefront.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductCardTests {

	@Test
	void initialsAreTheFirstLettersOfTheFirstTwoWords() {
		assertThat(ProductCard.initialsOf("Mật ong hoa nhãn")).isEqualTo("MO");
		assertThat(ProductCard.initialsOf("  đặc sản\t  miền Tây ")).isEqualTo("ĐS");
		assertThat(ProductCard.initialsOf("\"Kẹo\" - dừa 5 sao")).isEqualTo("D5");
		assertThat(ProductCard.initialsOf("Trà")).isEqualTo("T");
		assertThat(ProductCard.initialsOf("   ")).isEmpty();
	}

}
