package vn.ocop.market.storefront.producer;

import java.time.Instant;
import java.time.OffsetDateTime;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * Producers from PostgreSQL.
 */
@Repository
public class Producers {

	private final DatabaseClient db;

	private final ProvinceRegistry provinces;

	Producers(DatabaseClient db, ProvinceRegistry provinces) {
		this.db = db;
		this.provinces = provinces;
	}

	public Mono<ProducerProfile> byId(long id) {
		return this.db.sql("""
				SELECT id, name, kind, address, commune, district, province_code, story_md, phone, email, website,
				       updated_at
				FROM producer WHERE id = :id""")
			.bind("id", id)
			.map((row, meta) -> new ProducerProfile(row.get("id", Long.class), row.get("name", String.class),
					row.get("kind", String.class), row.get("address", String.class), row.get("commune", String.class),
					row.get("district", String.class),
					this.provinces.byCode(row.get("province_code", String.class)).orElseThrow(),
					row.get("story_md", String.class), row.get("phone", String.class), row.get("email", String.class),
					row.get("website", String.class), instant(row.get("updated_at", OffsetDateTime.class))))
			.one();
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
