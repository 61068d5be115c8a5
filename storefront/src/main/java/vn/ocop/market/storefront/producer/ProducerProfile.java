package vn.ocop.market.storefront.producer;

import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.text.Slugs;
import vn.ocop.market.storefront.catalog.ProductCard;

/**
 * A producer ("chủ thể") as shoppers see it.
 *
 * @param kind DN, HTX, THT or HKD, or {@code null} when unknown
 * @param storyMd the producer's story in Markdown, untrusted
 */
public record ProducerProfile(long id, String name, String kind, String address, String commune, String district,
		Province province, String storyMd, String phone, String email, String website, Instant updatedAt) {

	/**
	 * The page's address: the id, and the name for people and search engines.
	 */
	public String path() {
		return pathOf(this.id, this.name);
	}

	public static String pathOf(long id, String name) {
		String slug = Slugs.of(name);
		return "/nha-san-xuat/" + id + (slug.isEmpty() ? "" : "-" + slug);
	}

	/**
	 * The website as a link only when it is an http(s) address.
	 */
	public String safeWebsite() {
		if (this.website == null) {
			return null;
		}
		String url = this.website.strip();
		if (url.startsWith("https://") || url.startsWith("http://")) {
			return url;
		}
		return url.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/\\S*)?") ? "https://" + url : null;
	}

	/**
	 * Address and commune as one line, or {@code null} when neither is known.
	 */
	public String fullAddress() {
		String joined = Stream.of(this.address, this.commune, this.district)
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining(", "));
		return joined.isEmpty() ? null : joined;
	}

	public String initials() {
		return ProductCard.initialsOf(this.name);
	}

}
