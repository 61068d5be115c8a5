package vn.ocop.market.storefront.catalog;

import java.util.Arrays;
import java.util.List;

/**
 * Which photo addresses of a product reach a page: only ones served by us or over https,
 * never another scheme or a protocol-relative address.
 */
public final class ProductPhotos {

	/**
	 * A product's photo addresses for a query over {@code product p}: photos producers
	 * uploaded (served by {@link PhotoController}) first, then any listed in
	 * {@code product.images}.
	 */
	public static final String SQL = """
			(ARRAY(SELECT '/anh/' || i.id FROM product_image i WHERE i.product_id = p.id ORDER BY i.position, i.id)
			 || ARRAY(SELECT coalesce(e ->> 'url', e #>> '{}') FROM jsonb_array_elements(p.images) e
			          WHERE jsonb_typeof(e) IN ('string', 'object')))""";

	private ProductPhotos() {
	}

	public static List<String> servable(String[] urls) {
		if (urls == null) {
			return List.of();
		}
		return Arrays.stream(urls)
			.filter((url) -> url != null
					&& ((url.startsWith("/") && !url.startsWith("//")) || url.startsWith("https://")))
			.toList();
	}

}
