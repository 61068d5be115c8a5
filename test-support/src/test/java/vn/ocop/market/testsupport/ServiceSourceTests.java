package vn.ocop.market.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceSourceTests {

	@Test
	void environmentUrlWinsEvenWhenDockerAnswers() {
		assertThat(ServiceSource.choose("jdbc:postgresql://db:5432/ocop", () -> true))
			.isEqualTo(ServiceSource.ENVIRONMENT);
	}

	@Test
	void dockerIsUsedWhenNoUrlIsGiven() {
		assertThat(ServiceSource.choose(null, () -> true)).isEqualTo(ServiceSource.DOCKER);
		assertThat(ServiceSource.choose(" ", () -> true)).isEqualTo(ServiceSource.DOCKER);
	}

	@Test
	void localProcessesWithoutUrlOrDocker() {
		assertThat(ServiceSource.choose("", () -> false)).isEqualTo(ServiceSource.LOCAL_PROCESS);
	}

	@Test
	void readsTheServerOfAJdbcUrl() {
		PostgresServer server = PostgresServer.fromJdbcUrl("jdbc:postgresql://db.local:6543/ocop", "u", "p");
		assertThat(server.host()).isEqualTo("db.local");
		assertThat(server.port()).isEqualTo(6543);
		assertThat(server.database()).isEqualTo("ocop");
		assertThat(server.jdbcUrl("other")).isEqualTo("jdbc:postgresql://db.local:6543/other");
		assertThat(server.r2dbcUrl("other")).isEqualTo("r2dbc:postgresql://db.local:6543/other");
		assertThat(PostgresServer.fromJdbcUrl("jdbc:postgresql://h/x", "u", "p").port()).isEqualTo(5432);
	}

}
