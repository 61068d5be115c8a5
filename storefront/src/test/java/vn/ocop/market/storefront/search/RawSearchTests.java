package vn.ocop.market.storefront.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RawSearchTests {

	@Test
	void readsTheDaysOfADocument() throws IOException {
		IndexedProduct doc = document("\"certifiedOn\":\"2024-03-15\",\"validUntil\":\"2027-12-31\"");
		assertThat(doc.certifiedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(doc.validUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
	}

	@Test
	void aMissingOrNullDayReadsAsNone() throws IOException {
		IndexedProduct doc = document("\"validUntil\":null");
		assertThat(doc.certifiedOn()).isNull();
		assertThat(doc.validUntil()).isNull();
	}

	@Test
	void aDayThatDoesNotExistIsRefused() {
		assertThatExceptionOfType(JsonMappingException.class)
			.isThrownBy(() -> document("\"validUntil\":\"2026-02-30\""));
		assertThatExceptionOfType(JsonMappingException.class)
			.isThrownBy(() -> document("\"validUntil\":\"2026-13-01\""));
	}

	@Test
	void aDayWrittenOtherwiseIsLeftToTheIsoParser() throws IOException {
		assertThat(document("\"validUntil\":\"+12026-01-02\"").validUntil()).isEqualTo(LocalDate.of(12026, 1, 2));
		assertThatExceptionOfType(JsonMappingException.class)
			.isThrownBy(() -> document("\"validUntil\":\"2026-1a-02\""));
	}

	private static IndexedProduct document(String days) throws IOException {
		String json = "{\"hits\":{\"total\":{\"value\":1},\"hits\":[{\"_source\":{\"slug\":\"tra\",\"name\":\"Trà\","
				+ days + "}}]}}";
		RawSearch.Answer answer = RawSearch.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
		assertThat(answer.total()).isEqualTo(1);
		return answer.documents().get(0).source();
	}

}
