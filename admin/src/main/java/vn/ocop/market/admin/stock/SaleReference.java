package vn.ocop.market.admin.stock;

import java.util.Locale;
import java.util.UUID;

/**
 * The number of an in-person sale, known from the moment its form opens: shown on the
 * VietQR before the customer pays and on the receipt after, so a transfer is matched to
 * its sale by its note.
 */
final class SaleReference {

	private SaleReference() {
	}

	static String of(UUID key) {
		return "HD" + key.toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

}
