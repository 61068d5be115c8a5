package vn.ocop.market.bench.measure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the storefront's JIT compilers have worked so far, from its Prometheus scrape
 * ({@code jvm_compilation_time_ms_total}). On two cores the compilers share the CPU with
 * the pages for minutes after a start: the time they took during the page figures says
 * how warm the figures are.
 */
public final class Jit {

	private static final Pattern TOTAL = Pattern.compile("^jvm_compilation_time_ms_total\\{[^}]*\\} (\\S+)$",
			Pattern.MULTILINE);

	private Jit() {
	}

	public static double storefrontMillis(Environment env) throws Exception {
		Matcher total = TOTAL.matcher(Http.get(env.storefrontUrl() + "/actuator/prometheus"));
		if (!total.find()) {
			throw new IllegalStateException("The storefront's scrape has no jvm_compilation_time_ms_total");
		}
		return Double.parseDouble(total.group(1));
	}

}
