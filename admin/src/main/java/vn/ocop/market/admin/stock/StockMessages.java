package vn.ocop.market.admin.stock;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.stock.StockException;

/**
 * What an operator reads when the ledger refuses: each short line with its product and
 * what is there, in the operator's language.
 */
@Component
class StockMessages {

	private final MessageSource messages;

	StockMessages(MessageSource messages) {
		this.messages = messages;
	}

	List<String> of(StockException refusal, Map<Long, String> productNames, Locale locale) {
		return refusal.shortages()
			.stream()
			.map((s) -> this.messages.getMessage("stock.problem." + s.problem(),
					new Object[] { productNames.getOrDefault(s.productId(), "#" + s.productId()), s.available(),
							s.requested() },
					locale))
			.distinct()
			.toList();
	}

	String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
