package vn.ocop.market.storefront.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.scoring.ProductGroup;

/**
 * A listed product as lists show it, wherever it was read from.
 *
 * @param nameParts the name, with the parts that matched a search marked
 * @param formerProvinces the names before the 2025 merger that a search matched, to say
 * why a product of Hải Phòng answers "Hải Dương"
 * @param inStockOnline whether a warehouse that ships online has some: the card then
 * offers "Thêm vào giỏ"
 */
public record ProductCard(String slug, String name, List<NamePart> nameParts, ProductGroup group, int stars,
		Long priceVnd, String producerName, Province province, LocalDate certifiedOn, List<String> formerProvinces,
		boolean inStockOnline) {

	public ProductCard {
		nameParts = List.copyOf(nameParts);
		formerProvinces = List.copyOf(formerProvinces);
	}

	public static ProductCard of(String slug, String name, ProductGroup group, int stars, Long priceVnd,
			String producerName, Province province, LocalDate certifiedOn, boolean inStockOnline) {
		return new ProductCard(slug, name, List.of(new NamePart(name, false)), group, stars, priceVnd, producerName,
				province, certifiedOn, List.of(), inStockOnline);
	}

	/**
	 * Whether it can go into a cart: a price, and units at a warehouse that ships online.
	 */
	public boolean buyable() {
		return this.inStockOnline && this.priceVnd != null && this.group != ProductGroup.TOURISM;
	}

	/**
	 * The first letters of the first two words, for the generated picture of a product
	 * without photos.
	 */
	public String initials() {
		return initialsOf(this.name);
	}

	/**
	 * The group's code for CSS classes and URLs, such as {@code food}.
	 */
	public String groupCode() {
		return this.group.code();
	}

	/**
	 * The first letters of the first two words that start with a letter or digit, upper
	 * case: "Mật ong hoa nhãn" is "MO".
	 */
	public static String initialsOf(String name) {
		StringBuilder initials = new StringBuilder(4);
		int words = 0;
		boolean wordStart = true;
		for (int i = 0; i < name.length() && words < 2;) {
			int c = name.codePointAt(i);
			if (Character.isWhitespace(c)) {
				wordStart = true;
			}
			else if (wordStart) {
				wordStart = false;
				if (Character.isLetterOrDigit(c)) {
					initials.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
					words++;
				}
			}
			i += Character.charCount(c);
		}
		return initials.toString();
	}

}
