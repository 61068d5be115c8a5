package vn.ocop.market.admin.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Wrapped;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The staging table {@code import_row} of the transaction that applies a file, filled by
 * {@code COPY}: PostgreSQL reads CSV several times faster than it parses the same rows
 * from JSON, and binds nothing by position.
 */
@Repository
class Staging {

	private static final int ROWS_PER_CHUNK = 1000;

	private final DatabaseClient db;

	Staging(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Creates the table, dropped when the transaction ends, and copies the rows into it.
	 */
	Mono<Void> stage(List<StagedRow> rows) {
		Flux<ByteBuf> csv = Flux.fromIterable(rows).buffer(ROWS_PER_CHUNK).map(Staging::csv);
		return this.db.sql("CREATE TEMP TABLE import_row (" + StagedRow.COLUMNS + ") ON COMMIT DROP")
			.then()
			.then(this.db.inConnection(
					(connection) -> postgres(connection).copyIn("COPY import_row FROM STDIN (FORMAT csv)", csv)))
			.then();
	}

	/**
	 * The connection of the transaction, unwrapped from the pool's and Spring's proxies:
	 * the copy must see the table the transaction created.
	 */
	private static PostgresqlConnection postgres(Connection connection) {
		Object current = connection;
		while (!(current instanceof PostgresqlConnection) && current instanceof Wrapped<?> wrapped) {
			current = wrapped.unwrap();
		}
		if (current instanceof PostgresqlConnection postgres) {
			return postgres;
		}
		throw new IllegalStateException("Not a PostgreSQL connection: " + connection);
	}

	/**
	 * CSV as {@code COPY} reads it: a null is an empty field, every text is quoted.
	 */
	private static ByteBuf csv(List<StagedRow> rows) {
		StringBuilder csv = new StringBuilder(rows.size() * 400);
		for (StagedRow row : rows) {
			List<Object> values = row.values();
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					csv.append(',');
				}
				Object value = values.get(i);
				if (value instanceof String text) {
					csv.append('"').append(text.replace("\"", "\"\"")).append('"');
				}
				else if (value instanceof BigDecimal decimal) {
					csv.append(decimal.toPlainString());
				}
				else if (value != null) {
					csv.append(value);
				}
			}
			csv.append('\n');
		}
		return Unpooled.wrappedBuffer(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

}
