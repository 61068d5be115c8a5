package vn.ocop.market.storefront.trace;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.server.ServerWebExchange;

import vn.ocop.market.storefront.system.SiteUrl;

/**
 * Settings of the traceability pages ({@code ocop.trace.*}).
 *
 * @param reportEmail where consumers report a suspicious stamp
 * @param reportPhone the OCOP office's hotline for the same
 * @param scanSecret salt of the scan client hash; a random one per start when blank, so
 * distinct clients are then counted per process lifetime only
 * @param copyFactor a lot scanned more than its quantity times this looks copied
 * @param burstClients this many distinct clients within {@code burstWindow} look copied
 * @param burstWindow the window for {@code burstClients}
 * @param resolverRoot the scheme and host printed in QR codes and used as linkset anchors
 * (e.g. {@code https://ocop.gov.vn}); the address the request reached when blank
 */
@ConfigurationProperties("ocop.trace")
record TraceProperties(@DefaultValue("ocop@mard.gov.vn") String reportEmail,
		@DefaultValue("1800 1234") String reportPhone, String scanSecret, @DefaultValue("3") double copyFactor,
		@DefaultValue("50") int burstClients, @DefaultValue("1h") Duration burstWindow, String resolverRoot) {

	/**
	 * Where stamps point: the configured root, or the address this request reached.
	 */
	String resolverRoot(ServerWebExchange exchange) {
		return (this.resolverRoot != null && !this.resolverRoot.isBlank()) ? this.resolverRoot.replaceAll("/+$", "")
				: SiteUrl.of(exchange);
	}

	ScanRule scanRule() {
		return new ScanRule(this.copyFactor, this.burstClients);
	}

}
