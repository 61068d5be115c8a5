package vn.ocop.market.admin.locations;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Operator accounts and the locations the office assigned them. An operator sees the
 * change at the next login, when its scope is read.
 */
@Repository
class Operators {

	private static final String SELECT = """
			SELECT u.id, u.email, u.display_name, u.password_hash IS NOT NULL AS active,
			       ARRAY(SELECT l.name FROM app_user_location a JOIN stock_location l ON l.id = a.location_id
			             WHERE a.user_id = u.id ORDER BY l.name) AS locations,
			       ARRAY(SELECT a.location_id FROM app_user_location a WHERE a.user_id = u.id) AS location_ids
			FROM app_user u WHERE u.role = 'OPERATOR'""";

	private final DatabaseClient db;

	Operators(DatabaseClient db) {
		this.db = db;
	}

	Flux<Operator> all() {
		return this.db.sql(SELECT + " ORDER BY u.display_name, u.email").map((row, meta) -> operator(row)).all();
	}

	Flux<Operator> at(long locationId) {
		return this.db
			.sql(SELECT
					+ " AND EXISTS (SELECT 1 FROM app_user_location a WHERE a.user_id = u.id AND a.location_id = :l)"
					+ " ORDER BY u.display_name")
			.bind("l", locationId)
			.map((row, meta) -> operator(row))
			.all();
	}

	Mono<Operator> find(long id) {
		return this.db.sql(SELECT + " AND u.id = :id").bind("id", id).map((row, meta) -> operator(row)).one();
	}

	Mono<Void> assign(long operatorId, Set<Long> locationIds) {
		return this.db.sql("""
				WITH cleared AS (DELETE FROM app_user_location WHERE user_id = :user)
				INSERT INTO app_user_location (user_id, location_id)
				SELECT u.id, l.id FROM app_user u, stock_location l
				WHERE u.id = :user AND u.role = 'OPERATOR' AND l.id = ANY(:locations)""")
			.bind("user", operatorId)
			.bind("locations", locationIds.toArray(Long[]::new))
			.then();
	}

	private static Operator operator(io.r2dbc.spi.Readable row) {
		return new Operator(row.get("id", Long.class), row.get("email", String.class),
				row.get("display_name", String.class), row.get("active", Boolean.class),
				Arrays.asList(row.get("locations", String[].class)),
				Set.copyOf(Arrays.asList(row.get("location_ids", Long[].class))));
	}

	record Operator(long id, String email, String name, boolean active, List<String> locations, Set<Long> locationIds) {

	}

}
