package vn.ocop.market.admin;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Feature packages depend on each other only through their public types, and never in a
 * cycle.
 */
class ModularityTests {

	@Test
	void featureModulesKeepTheirBoundaries() {
		ApplicationModules.of(AdminApplication.class).verify();
	}

}
