package vn.ocop.market.indexer.expiry;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import vn.ocop.market.indexer.IndexedProducts;
import vn.ocop.market.indexer.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.market.catalog.fixtures.CatalogFixtures.product;

@IntegrationTest
class CertificationExpiryIntegrationTests {

	@Autowired
	DatabaseClient db;

	@Autowired
	CertificationExpiry expiry;

	@Autowired
	IndexedProducts indexed;

	@Test
	void aCertificatePastItsValidityIsUnlistedAtOnceAndTheNightlyJobMarksItExpired() {
		// valid for 36 months from 10/01/2021: until 09/01/2024
		long lapsed = product("Bưởi Năm Roi").producer("HTX Bưởi Mỹ Hòa")
			.certifiedOn(LocalDate.of(2021, 1, 10))
			.insert(this.db);
		long valid = product("Xoài cát Hòa Lộc").producer("HTX Xoài Hòa Lộc")
			.certifiedOn(LocalDate.now().minusMonths(1))
			.insert(this.db);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.indexed.get(lapsed) != null && this.indexed.get(valid) != null);
		// listed_product counts validity by date: unlisted before the job runs
		assertThat(this.indexed.get(lapsed).listed()).isFalse();
		assertThat(this.indexed.get(lapsed).certificationStatus()).isEqualTo("ACTIVE");
		assertThat(this.indexed.get(valid).listed()).isTrue();

		assertThat(this.expiry.expire().block()).isEqualTo(1);

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(this.indexed.get(lapsed).listed()).isFalse();
			assertThat(this.indexed.get(lapsed).certificationStatus()).isEqualTo("EXPIRED");
		});
		assertThat(this.indexed.get(valid).listed()).isTrue();
		assertThat(this.expiry.expire().block()).isZero();
	}

}
