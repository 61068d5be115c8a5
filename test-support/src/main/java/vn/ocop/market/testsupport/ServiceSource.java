package vn.ocop.market.testsupport;

import java.util.function.BooleanSupplier;

/**
 * Where a service comes from, in the order DESIGN.md gives: a URL from the environment,
 * then Testcontainers when Docker answers, else a local process.
 */
public enum ServiceSource {

	ENVIRONMENT, DOCKER, LOCAL_PROCESS;

	public static ServiceSource choose(String environmentUrl, BooleanSupplier dockerAvailable) {
		if (environmentUrl != null && !environmentUrl.isBlank()) {
			return ENVIRONMENT;
		}
		return dockerAvailable.getAsBoolean() ? DOCKER : LOCAL_PROCESS;
	}

}
