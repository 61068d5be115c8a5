package vn.ocop.market.admin.batches;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where consumers open a label's QR code: the storefront's public base URL.
 */
@ConfigurationProperties("ocop.storefront")
record StorefrontProperties(@DefaultValue("http://localhost:8080") String url) {

}
