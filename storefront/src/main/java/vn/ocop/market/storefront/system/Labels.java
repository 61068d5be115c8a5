package vn.ocop.market.storefront.system;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.producer.ProducerKind;
import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.web.Formats;
import vn.ocop.market.scoring.IssuingLevel;
import vn.ocop.market.scoring.ProductGroup;

/**
 * Formats for templates ({@code ${@labels.price(p.priceVnd)}}): đồng with dots as in
 * Vietnam, dates as dd/MM/yyyy, and names in the page's language.
 */
@Component("labels")
public class Labels {

	public String price(Long vnd) {
		return Formats.price(vnd);
	}

	public String number(long value) {
		return Formats.number(value);
	}

	/**
	 * A council score such as 75.5, written 75,5 in Vietnamese.
	 */
	public String score(BigDecimal score, Locale locale) {
		if (score == null) {
			return null;
		}
		String plain = score.stripTrailingZeros().toPlainString();
		return english(locale) ? plain : plain.replace('.', ',');
	}

	/**
	 * An instant as Vietnam's clock showed it: 07:30 15/03/2024.
	 */
	public String time(Instant instant) {
		return Formats.time(instant);
	}

	public String date(LocalDate date) {
		return Formats.date(date);
	}

	public String province(Province province, Locale locale) {
		return english(locale) ? province.nameEn() : province.nameVi();
	}

	public String group(ProductGroup group, Locale locale) {
		return english(locale) ? group.labelEn() : group.labelVi();
	}

	public String level(IssuingLevel level, Locale locale) {
		return english(locale) ? level.labelEn() : level.labelVi();
	}

	public String kind(String code, Locale locale) {
		return ProducerKind.parse(code).map((kind) -> english(locale) ? kind.labelEn() : kind.labelVi()).orElse(null);
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
