package vn.ocop.market.admin.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.admin.files.UnreadableFileException;
import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * Certification imports: a preview checks every row and says what it would do; applying
 * re-checks the stored file against the catalog as it is then and writes it in one
 * transaction, all rows or, when asked, the valid ones.
 */
@Service
public class ImportService {

	/** Serialises applies: two files naming one product must not interleave. */
	private static final long APPLY_LOCK = 0x0C0B_1D0CL;

	private final ImportRecords records;

	private final KnownProductsQuery known;

	private final CatalogWrites catalog;

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final ProvinceRegistry provinces;

	private final Clock clock;

	ImportService(ImportRecords records, KnownProductsQuery known, CatalogWrites catalog, DatabaseClient db,
			TransactionalOperator transaction, ProvinceRegistry provinces, Clock clock) {
		this.records = records;
		this.known = known;
		this.catalog = catalog;
		this.db = db;
		this.transaction = transaction;
		this.provinces = provinces;
		this.clock = clock;
	}

	/**
	 * Checks a file and keeps it for confirmation. Nothing in the catalog changes.
	 * @throws UnreadableFileException when the file is not a readable certification file
	 */
	public Mono<ImportResult> preview(String fileName, byte[] content, String user) {
		String sha256 = sha256(content);
		return plan(content).flatMap((planned) -> {
			List<RowReport> rows = planned.stream().map(RowReport::of).toList();
			return this.records.create(fileName, sha256, content, user, rows)
				.flatMap(this.records::find)
				.zipWith(this.records.appliedWithHash(sha256).map(List::of).defaultIfEmpty(List.of()))
				.map((found) -> new ImportResult(found.getT1(), rows,
						found.getT2().isEmpty() ? null : found.getT2().get(0)));
		});
	}

	/**
	 * Applies a previewed file, or records why it was refused.
	 */
	public Mono<ImportResult> apply(long id, ImportRecord.Mode mode, String user) {
		return lock().then(this.records.findForUpdate(id))
			.switchIfEmpty(Mono.error(() -> new ImportNotFoundException(id)))
			.flatMap((record) -> decide(record, mode, user))
			.as(this.transaction::transactional)
			.then(Mono.defer(() -> find(id)));
	}

	/**
	 * Checks and applies a file in one go (the API without a dry run): one transaction
	 * holds the import record and the catalog changes, so a failure leaves neither.
	 */
	public Mono<ImportResult> importNow(String fileName, byte[] content, String user, ImportRecord.Mode mode) {
		String sha256 = sha256(content);
		return lock().then(this.records.appliedWithHash(sha256))
			.flatMap((earlier) -> Mono.<List<PlannedRow>>error(new DuplicateFileException(earlier)))
			.switchIfEmpty(Mono.defer(() -> plan(content)))
			.flatMap((planned) -> {
				List<RowReport> rows = planned.stream().map(RowReport::of).toList();
				boolean refused = mode == ImportRecord.Mode.ALL_OR_NOTHING
						&& planned.stream().anyMatch((row) -> row.outcome() == Outcome.ERROR);
				ImportRecord.Status status = refused ? ImportRecord.Status.REFUSED : ImportRecord.Status.APPLIED;
				return this.records.create(fileName, sha256, content, user, rows, status, mode)
					.flatMap((id) -> (refused ? Mono.<Void>empty() : this.catalog.write(planned, id, today()))
						.then(this.records.find(id)))
					.map((record) -> new ImportResult(record, rows, null));
			})
			.as(this.transaction::transactional);
	}

	private Mono<Void> lock() {
		return this.db.sql("SELECT pg_advisory_xact_lock(:key)").bind("key", APPLY_LOCK).then();
	}

	private Mono<Void> decide(ImportRecord record, ImportRecord.Mode mode, String user) {
		if (record.status() != ImportRecord.Status.PREVIEWED) {
			return Mono.error(new ImportAlreadyDecidedException(record.id(), record.status()));
		}
		return this.records.appliedWithHash(record.sha256())
			.flatMap((earlier) -> Mono.<Void>error(new DuplicateFileException(earlier)))
			.then(this.records.content(record.id()).flatMap(this::plan))
			.flatMap((planned) -> {
				List<RowReport> rows = planned.stream().map(RowReport::of).toList();
				boolean errors = planned.stream().anyMatch((row) -> row.outcome() == Outcome.ERROR);
				if (errors && mode == ImportRecord.Mode.ALL_OR_NOTHING) {
					return this.records.decide(record.id(), ImportRecord.Status.REFUSED, mode, user, rows);
				}
				return this.catalog.write(planned, record.id(), today())
					.then(this.records.decide(record.id(), ImportRecord.Status.APPLIED, mode, user, rows));
			});
	}

	/**
	 * Previews and applies a file unless the very same file was applied before (the demo
	 * dataset on every start after the first).
	 * @return the new import, or empty when the file was already applied
	 */
	public Mono<ImportResult> loadOnce(String fileName, byte[] content, String user) {
		return importNow(fileName, content, user, ImportRecord.Mode.ALL_OR_NOTHING)
			.onErrorResume(DuplicateFileException.class, (ex) -> Mono.empty());
	}

	public Mono<ImportResult> find(long id) {
		// one after the other: a zip would complete empty when the report query wins the
		// race
		return this.records.find(id)
			.switchIfEmpty(Mono.error(() -> new ImportNotFoundException(id)))
			.flatMap((record) -> this.records.report(id)
				.flatMap((rows) -> this.records.appliedWithHash(record.sha256())
					.filter((earlier) -> earlier != id)
					.map((earlier) -> new ImportResult(record, rows, earlier))
					.defaultIfEmpty(new ImportResult(record, rows, null))));
	}

	public Flux<ImportRecord> history() {
		return this.records.recent(200);
	}

	private Mono<List<PlannedRow>> plan(byte[] content) {
		return Mono.fromCallable(() -> new RowChecker(this.provinces, today()).check(CertificationFile.read(content)))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((rows) -> this.known.of(rows).map((known) -> ImportPlanner.plan(rows, known)));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
