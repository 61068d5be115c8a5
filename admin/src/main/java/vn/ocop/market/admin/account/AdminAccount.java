package vn.ocop.market.admin.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin account from configuration. Only the local profile gives the
 * password a default; elsewhere there is no account until a password is configured.
 */
@Component
class AdminAccount {

	private static final Logger logger = LoggerFactory.getLogger(AdminAccount.class);

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final Properties properties;

	AdminAccount(Accounts accounts, PasswordEncoder encoder, Properties properties) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createOnStart() {
		if (this.properties.password() == null || this.properties.password().isBlank()) {
			return;
		}
		boolean created = this.accounts
			.createIfAbsent(this.properties.email(), this.encoder.encode(this.properties.password()),
					Accounts.Role.ADMIN, "Văn phòng OCOP")
			.block();
		if (created) {
			logger.info("Created admin account {}", this.properties.email());
		}
	}

	@ConfigurationProperties("ocop.admin")
	record Properties(String email, String password) {

	}

}
