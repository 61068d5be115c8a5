package vn.ocop.market.admin.imports;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import vn.ocop.market.admin.IntegrationTest;

/**
 * Calls {@code POST /api/imports} as the test admin.
 */
record ImportApi(WebTestClient client) {

	WebTestClient.ResponseSpec dryRun(byte[] content, String fileName) {
		return post(content, fileName, "dryRun=true");
	}

	WebTestClient.ResponseSpec apply(byte[] content, String fileName) {
		return post(content, fileName, "dryRun=false");
	}

	WebTestClient.ResponseSpec applyValidRows(byte[] content, String fileName) {
		return post(content, fileName, "dryRun=false&skipErrors=true");
	}

	WebTestClient.ResponseSpec post(byte[] content, String fileName, String query) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		return this.client.post()
			.uri("/api/imports?" + query)
			.headers((headers) -> headers.setBasicAuth(IntegrationTest.ADMIN_EMAIL, IntegrationTest.ADMIN_PASSWORD))
			.header("Accept-Language", "vi")
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange();
	}

}
