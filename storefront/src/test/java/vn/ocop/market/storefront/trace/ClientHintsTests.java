package vn.ocop.market.storefront.trace;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClientHintsTests {

	private static final String ANDROID_CHROME = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36";

	private static final String IPHONE_ZALO = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Zalo iOS/24.03";

	@ParameterizedTest
	@CsvSource(nullValues = "null", textBlock = """
			203.0.113.45,                 null,        203.0.113.0/24
			'203.0.113.45, 10.0.0.1',     null,        203.0.113.0/24
			2001:db8:85a3:0:0:8a2e:370:1, null,        2001:db8:85a3::/48
			null,                         198.51.100.7, 198.51.100.0/24
			not-an-address,               198.51.100.7, 198.51.100.0/24
			null,                         null,        unknown
			""")
	void keepsOnlyTheNetwork(String forwardedFor, String remote, String network) throws UnknownHostException {
		InetAddress address = (remote != null) ? InetAddress.getByName(remote) : null;
		assertThat(ClientHints.network(forwardedFor, address)).isEqualTo(network);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", textBlock = """
			'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36', chrome/android
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Version/17.4 Mobile Safari/604.1', safari/ios
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Zalo iOS/24.03',                  zalo/ios
			'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',        firefox/windows
			null,                                                                                      none
			""")
	void keepsOnlyTheBrowserFamily(String userAgent, String family) {
		assertThat(ClientHints.family(userAgent)).isEqualTo(family);
	}

	@Test
	void hashesNeitherTheAddressNorTheBrowserInTheClear() {
		String hash = ClientHints.hash("secret", "203.0.113.45", null, ANDROID_CHROME);
		assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("203").doesNotContain("chrome");
	}

	@Test
	void sameNetworkAndBrowserIsOneClientAndTheSaltMatters() {
		String one = ClientHints.hash("secret", "203.0.113.45", null, ANDROID_CHROME);
		assertThat(ClientHints.hash("secret", "203.0.113.99", null, ANDROID_CHROME)).isEqualTo(one);
		assertThat(ClientHints.hash("secret", "203.0.114.45", null, ANDROID_CHROME)).isNotEqualTo(one);
		assertThat(ClientHints.hash("secret", "203.0.113.45", null, IPHONE_ZALO)).isNotEqualTo(one);
		assertThat(ClientHints.hash("other", "203.0.113.45", null, ANDROID_CHROME)).isNotEqualTo(one);
	}

}
