package vn.ocop.market.admin.account;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account with its scope, read once at login: the producer it speaks for,
 * or the locations it may touch.
 */
public final class SignedIn extends User {

	private final Accounts.Role role;

	private final Long producerId;

	private final Set<Long> locationIds;

	SignedIn(String email, String passwordHash, boolean enabled, Accounts.Role role, Long producerId,
			Set<Long> locationIds) {
		super(email, passwordHash, enabled, true, true, true, AuthorityUtils.createAuthorityList("ROLE_" + role));
		this.role = role;
		this.producerId = producerId;
		this.locationIds = Set.copyOf(locationIds);
	}

	public Accounts.Role role() {
		return this.role;
	}

	/**
	 * The producer scope, for a producer account only.
	 */
	public Optional<ProducerScope> producerScope() {
		return (this.role == Accounts.Role.PRODUCER) ? Optional.of(new ProducerScope(this.producerId, getUsername()))
				: Optional.empty();
	}

	/**
	 * The location scope: the operator's locations, or all of them for the office.
	 */
	public Optional<LocationScope> locationScope() {
		return switch (this.role) {
			case ADMIN -> Optional.of(LocationScope.office(getUsername()));
			case OPERATOR -> Optional.of(new LocationScope(this.locationIds, false, getUsername()));
			case PRODUCER -> Optional.empty();
		};
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
