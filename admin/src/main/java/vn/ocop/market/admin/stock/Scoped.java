package vn.ocop.market.admin.stock;

import org.springframework.r2dbc.core.DatabaseClient;

import vn.ocop.market.admin.account.LocationScope;

/**
 * The one condition every stock query carries: the location {@code l} is one the account
 * may touch.
 */
final class Scoped {

	/** Bound by {@link #bind}. */
	static final String LOCATION = "(:everywhere OR l.id = ANY(:locations))";

	private Scoped() {
	}

	static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, LocationScope scope) {
		return spec.bind("everywhere", scope.everywhere()).bind("locations", scope.ids());
	}

}
