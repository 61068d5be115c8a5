package vn.ocop.market.admin.account;

import java.util.Set;

/**
 * The stock locations an account may touch: an operator's own (assigned by the office),
 * or all of them for the office. Resolved once at login and handed to the scoped
 * repositories, which take it as a parameter.
 *
 * @param actor the account's e-mail, recorded as who moved what
 */
public record LocationScope(Set<Long> locationIds, boolean everywhere, String actor) {

	public LocationScope {
		locationIds = Set.copyOf(locationIds);
	}

	public static LocationScope office(String actor) {
		return new LocationScope(Set.of(), true, actor);
	}

	public boolean includes(long locationId) {
		return this.everywhere || this.locationIds.contains(locationId);
	}

	/**
	 * The ids to bind as {@code :locations} in {@code location_id = ANY(:locations)};
	 * scoped queries bind {@link #everywhere()} beside it.
	 */
	public Long[] ids() {
		return this.locationIds.toArray(Long[]::new);
	}

}
