package vn.ocop.market.admin.imports;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import vn.ocop.market.admin.BrowserSession;
import vn.ocop.market.admin.IntegrationTest;
import vn.ocop.market.admin.account.Accounts;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

@IntegrationTest
class ImportPagesIntegrationTests {

	@Autowired
	WebTestClient client;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder encoder;

	WebTestClient admin() {
		return BrowserSession.login(this.client, IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD).client();
	}

	@Test
	void anUnknownImportIsAFriendlyNotFoundPage() {
		admin().get()
			.uri("/imports/987654?lang=vi")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.value(allOf(containsString("Không tìm thấy trang này."), containsString("Về trang chính")));
	}

	@Test
	void anUnreadableUploadIsExplainedOnTheUploadPage() {
		BrowserSession session = BrowserSession.login(this.client, IntegrationTest.ADMIN_EMAIL,
				IntegrationTest.ADMIN_PASSWORD);
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("_csrf", session.csrfOf("/imports"));
		body.part("file", new ByteArrayResource("tên;giá\nx;1\n".getBytes()) {
			@Override
			public String getFilename() {
				return "sai.csv";
			}
		});
		session.client()
			.post()
			.uri("/imports?lang=vi")
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody(String.class)
			.value(containsString("Thiếu cột bắt buộc: decision_no"));
	}

	@Test
	void theSampleFileOfferedOnTheUploadPageImportsWithoutErrors() {
		byte[] sample = admin().get()
			.uri("/samples/certifications.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		new ImportApi(this.client).dryRun(sample, "sample.csv")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.counts.NEW")
			.isEqualTo(2)
			.jsonPath("$.counts.ERROR")
			.isEqualTo(0);
	}

	@Test
	void anOperatorMayNotOpenTheImportPages() {
		this.accounts
			.createIfAbsent("operator@ocop.test", this.encoder.encode("operator-pass"), Accounts.Role.OPERATOR,
					"Showroom")
			.block();
		BrowserSession.login(this.client, "operator@ocop.test", "operator-pass")
			.client()
			.get()
			.uri("/imports")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

}
