package vn.ocop.market.catalog.province;

import java.util.List;
import java.util.Objects;

/**
 * What a province name from a file or a form resolves to.
 *
 * @see ProvinceRegistry#match(String)
 */
public sealed interface ProvinceMatch {

	/**
	 * The text named a province.
	 *
	 * @param province the current province
	 * @param former the former province the text named, {@code null} when it named only a
	 * current one
	 */
	record Found(Province province, FormerProvince former) implements ProvinceMatch {

		public Found {
			Objects.requireNonNull(province, "province");
		}

	}

	/**
	 * The text named no province.
	 *
	 * @param text the text as given
	 * @param closest up to three current or former names, nearest first
	 */
	record Unknown(String text, List<String> closest) implements ProvinceMatch {

		public Unknown {
			text = Objects.requireNonNullElse(text, "");
			closest = List.copyOf(closest);
		}

	}

}
