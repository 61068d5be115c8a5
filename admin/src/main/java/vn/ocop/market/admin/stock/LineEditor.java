package vn.ocop.market.admin.stock;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The steps every lines form shares (a sale, a receipt, a return, a transfer): find a
 * product by what was typed or scanned and add it, pick one of several matches, remove a
 * line. The lines travel in the form; nothing is kept between requests.
 */
@Component
class LineEditor {

	private final ProductLookup lookup;

	LineEditor(ProductLookup lookup) {
		this.lookup = lookup;
	}

	/**
	 * Applies the step the form asked for, if any.
	 * @param listed whether products are found among the listed OCOP products (to
	 * receive) rather than among what the location has available
	 */
	Mono<Edit> edit(MultiValueMap<String, String> form, long locationId, boolean listed) {
		DraftLines lines = DraftLines.of(form);
		Integer index = DraftLines.quantity(form.getFirst("remove"));
		if (index != null) {
			return Mono.just(new Edit(lines.without(index), List.of(), null, true));
		}
		int quantity = addQuantity(form.getFirst("addQuantity"));
		String pick = form.getFirst("pick");
		if (pick != null && pick.matches("\\d{1,18}:\\d{0,18}")) {
			String[] ids = pick.split(":", -1);
			return Mono
				.just(new Edit(lines.plus(new DraftLines.Line(Long.parseLong(ids[0]), DraftLines.id(ids[1]), quantity)),
						List.of(), null, true));
		}
		if (!"add".equals(form.getFirst("action"))) {
			return Mono.just(new Edit(lines, List.of(), null, false));
		}
		ProductKey key = ProductKey.parse(form.getFirst("find"));
		if (key.empty()) {
			return Mono.just(new Edit(lines, List.of(), "stock.find.empty", true));
		}
		var candidates = listed ? this.lookup.listed(locationId, key) : this.lookup.available(locationId, key);
		return candidates.collectList().map((found) -> {
			if (found.size() == 1) {
				ProductLookup.Candidate only = found.get(0);
				return new Edit(lines.plus(new DraftLines.Line(only.productId(), only.batchId(), quantity)), List.of(),
						null, true);
			}
			return new Edit(lines, found,
					found.isEmpty() ? (listed ? "stock.find.none-listed" : "stock.find.none") : "stock.find.several",
					true);
		});
	}

	private static int addQuantity(String value) {
		Integer quantity = DraftLines.quantity(value);
		return (quantity != null && quantity > 0) ? quantity : 1;
	}

	/**
	 * The lines after the step, the matches to pick from and what to tell the operator.
	 *
	 * @param edited whether the form asked for an editing step (rather than to go on)
	 */
	record Edit(DraftLines lines, List<ProductLookup.Candidate> candidates, String message, boolean edited) {

	}

}
