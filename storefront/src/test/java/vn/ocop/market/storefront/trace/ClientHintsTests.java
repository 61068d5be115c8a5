package vn.ocop.market.storefront.trace;

import java.net.InetAddress;
import java.net.InetSocketAddress;
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
			203.0.113.45,                 203.0.113.0/24
			2001:db8:85a3:0:0:8a2e:370:1, 2001:db8:85a3::/48
			null,                         unknown
			""")
	void keepsOnlyTheNetwork(String remote, String network) throws UnknownHostException {
		InetAddress address = (remote != null) ? InetAddress.getByName(remote) : null;
		assertThat(ClientHints.network(address)).isEqualTo(network);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", emptyValue = "", textBlock = """
			'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36', true
			'Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36', true
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Zalo iOS/24.03',       true
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) [FBAN/FBIOS;FBAV/460.0]',                  true
			'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',                        false
			'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',                         false
			'Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)',               false
			'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',                       false
			'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',                                      false
			'Twitterbot/1.0',                                                                                  false
			'TelegramBot (like TwitterBot)',                                                                   false
			'WhatsApp/2.23.20.0',                                                                              false
			'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 SkypeUriPreview Preview/0.5',        false
			'curl/8.5.0',                                                                                      false
			'python-requests/2.31.0',                                                                          false
			'ReactorNetty/1.2.0',                                                                              false
			'',                                                                                                false
			null,                                                                                              false
			""")
	void countsPeopleNotPreviewsCrawlersOrTools(String userAgent, boolean person) {
		assertThat(ClientHints.isPerson(userAgent)).isEqualTo(person);
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
		String hash = ClientHints.hash("secret", address("203.0.113.45"), ANDROID_CHROME);
		assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("203").doesNotContain("chrome");
	}

	@Test
	void sameNetworkAndBrowserIsOneClientAndTheSaltMatters() {
		String one = ClientHints.hash("secret", address("203.0.113.45"), ANDROID_CHROME);
		assertThat(ClientHints.hash("secret", address("203.0.113.99"), ANDROID_CHROME)).isEqualTo(one);
		assertThat(ClientHints.hash("secret", address("203.0.114.45"), ANDROID_CHROME)).isNotEqualTo(one);
		assertThat(ClientHints.hash("secret", address("203.0.113.45"), IPHONE_ZALO)).isNotEqualTo(one);
		assertThat(ClientHints.hash("other", address("203.0.113.45"), ANDROID_CHROME)).isNotEqualTo(one);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", textBlock = """
			203.0.113.45,          203.0.113.45
			[2001:db8::1],         2001:db8:0:0:0:0:0:1
			2001:db8::1,           2001:db8:0:0:0:0:0:1
			proxy.example.com,     null
			unknown,               null
			""")
	void readsForwardedLiteralsWithoutLookingAnythingUp(String forwarded, String address) {
		InetAddress read = ClientHints.address(InetSocketAddress.createUnresolved(forwarded, 0));
		assertThat((read != null) ? read.getHostAddress() : null).isEqualTo(address);
	}

	private static InetSocketAddress address(String address) {
		return InetSocketAddress.createUnresolved(address, 0);
	}

}
