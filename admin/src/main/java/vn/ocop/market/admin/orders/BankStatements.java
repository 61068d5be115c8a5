package vn.ocop.market.admin.orders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.ocop.market.admin.files.Sheet;
import vn.ocop.market.admin.files.UnreadableFileException;
import vn.ocop.market.catalog.order.Orders;
import vn.ocop.market.catalog.text.VietnameseText;

/**
 * Bank statements the office uploads (the account's CSV or XLSX export): every credit is
 * kept once, by the bank's transaction reference, and matched to a VietQR order by the
 * order reference in its note and its amount. A payment in full pays the order; less is
 * PARTIAL, more is OVERPAID, one for an order that expired or was cancelled is LATE, and
 * a note that names no order is UNMATCHED: all shown for a person to settle. A file with
 * one unreadable line is refused whole, before anything is recorded.
 */
@Service
class BankStatements {

	private static final Pattern REFERENCE = Pattern.compile("DH[0-9A-Z]{8}");

	/**
	 * Header names as Vietnamese banks and their English exports write them, folded.
	 */
	private static final Map<String, Set<String>> COLUMNS = Map.of("ref",
			Set.of("ma giao dich", "so tham chieu", "so giao dich", "ma gd", "so ct", "reference", "ref",
					"transaction id", "transaction reference"),
			"date", Set.of("ngay", "ngay giao dich", "ngay gd", "ngay hieu luc", "date", "booking date", "value date"),
			"amount", Set.of("so tien", "ghi co", "so tien ghi co", "phat sinh co", "credit", "amount"), "note",
			Set.of("noi dung", "dien giai", "mo ta", "noi dung giao dich", "description", "note", "details"));

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d/M/uuuu"),
			DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ISO_LOCAL_DATE);

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	private final Orders orders;

	BankStatements(DatabaseClient db, TransactionalOperator transaction, Orders orders) {
		this.db = db;
		this.transaction = transaction;
		this.orders = orders;
	}

	/**
	 * Reads the whole file, then records and matches its credits in one transaction.
	 * @throws UnreadableFileException (as the error signal) for a file that is not a
	 * statement
	 * @throws StatementException for lines that cannot be read, naming each
	 */
	Mono<List<Matched>> upload(byte[] content, String actor) {
		return Mono.fromCallable(() -> credits(Sheet.read(content)))
			.flatMap((credits) -> Flux.fromIterable(credits)
				.concatMap((credit) -> match(credit, actor))
				.collectList()
				.as(this.transaction::transactional));
	}

	/**
	 * Transfers that a person must still look at, newest first.
	 */
	Flux<Matched> open() {
		return this.db.sql("""
				SELECT t.bank_ref, t.booked_on, t.amount_vnd, t.note, t.outcome, o.reference
				FROM bank_transfer t LEFT JOIN customer_order o ON o.id = t.order_id
				WHERE t.outcome <> 'MATCHED' ORDER BY t.booked_on DESC, t.id DESC LIMIT 500""")
			.map((row, meta) -> new Matched(
					new Credit(0, row.get("bank_ref", String.class), row.get("booked_on", LocalDate.class),
							row.get("amount_vnd", Long.class), row.get("note", String.class)),
					row.get("reference", String.class), Outcome.valueOf(row.get("outcome", String.class)), false))
			.all();
	}

	static List<Credit> credits(Sheet sheet) {
		int ref = column(sheet, "ref");
		int date = column(sheet, "date");
		int amount = column(sheet, "amount");
		int note = column(sheet, "note");
		List<Credit> credits = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Sheet.Line line : sheet.lines()) {
			if (line.blank()) {
				continue;
			}
			Long vnd = amount(line.cell(amount));
			if (vnd == null) {
				problems.add(line.number() + ":amount");
				continue;
			}
			if (vnd <= 0) {
				continue; // a debit: not money in
			}
			LocalDate booked = date(line.cell(date));
			if (booked == null) {
				problems.add(line.number() + ":date");
			}
			if (line.cell(ref).isEmpty()) {
				problems.add(line.number() + ":ref");
			}
			if (booked != null && !line.cell(ref).isEmpty()) {
				credits.add(new Credit(line.number(), line.cell(ref), booked, vnd, line.cell(note)));
			}
		}
		if (!problems.isEmpty()) {
			throw new StatementException(problems);
		}
		return credits;
	}

	private Mono<Matched> match(Credit credit, String actor) {
		String reference = reference(credit.note());
		Mono<Optional<Order>> order = (reference == null) ? Mono.just(Optional.empty()) : this.db.sql("""
				SELECT id, status, total_vnd - paid_vnd AS due FROM customer_order
				WHERE reference = :reference AND payment_method = 'VIETQR'""")
			.bind("reference", reference)
			.map((row, meta) -> Optional
				.of(new Order(row.get("id", Long.class), row.get("status", String.class), row.get("due", Long.class))))
			.one()
			.defaultIfEmpty(Optional.empty());
		return order.flatMap((found) -> record(credit, reference, found.orElse(null), actor));
	}

	/**
	 * Keeps the transfer once, then pays its order with it.
	 */
	private Mono<Matched> record(Credit credit, String reference, Order order, String actor) {
		Outcome outcome = (order != null) ? outcome(order, credit) : Outcome.UNMATCHED;
		Matched matched = new Matched(credit, reference, outcome, false);
		DatabaseClient.GenericExecuteSpec insert = this.db.sql("""
				INSERT INTO bank_transfer (bank_ref, booked_on, amount_vnd, note, order_id, outcome, uploaded_by)
				VALUES (:ref, :booked, :amount, :note, :order, :outcome, :actor)
				ON CONFLICT (bank_ref) DO NOTHING""")
			.bind("ref", credit.bankRef())
			.bind("booked", credit.bookedOn())
			.bind("amount", credit.amountVnd())
			.bind("note", credit.note())
			.bind("outcome", outcome.name())
			.bind("actor", actor);
		insert = (order != null) ? insert.bind("order", order.id()) : insert.bindNull("order", Long.class);
		return insert.fetch().rowsUpdated().flatMap((inserted) -> {
			if (inserted == 0) {
				return Mono.just(matched.uploadedBefore());
			}
			if (order == null) {
				return Mono.just(matched);
			}
			Mono<Void> overpaid = (outcome == Outcome.OVERPAID)
					? this.db.sql("UPDATE customer_order SET needs_attention = 'OVERPAID' WHERE id = :id")
						.bind("id", order.id())
						.then()
					: Mono.empty();
			return this.orders.paid(order.id(), "VIETQR", credit.bankRef(), credit.amountVnd(), actor)
				.then(overpaid)
				.thenReturn(matched);
		});
	}

	private static Outcome outcome(Order order, Credit credit) {
		if ("EXPIRED".equals(order.status()) || "CANCELLED".equals(order.status())) {
			return Outcome.LATE;
		}
		if (!"PENDING_PAYMENT".equals(order.status()) || credit.amountVnd() > order.due()) {
			return Outcome.OVERPAID;
		}
		return (credit.amountVnd() == order.due()) ? Outcome.MATCHED : Outcome.PARTIAL;
	}

	/**
	 * The order reference in a transfer's note; banks drop punctuation and may split or
	 * lower-case it.
	 */
	static String reference(String note) {
		Matcher matcher = REFERENCE.matcher(note.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", ""));
		return matcher.find() ? matcher.group() : null;
	}

	/**
	 * An amount in whole đồng as banks write it: 1.250.000, 1,250,000, 1250000 or
	 * 1250000.00; null when it is not one, 0 for an empty cell (a debit line).
	 */
	static Long amount(String text) {
		String value = text.replaceAll("(?i)vn[dđ]|₫|\\s", "");
		if (value.isEmpty()) {
			return 0L;
		}
		boolean negative = value.startsWith("-");
		value = value.replaceFirst("^[-+]", "").replaceFirst("[.,]00$", "");
		if (!value.matches("\\d{1,3}([.,]\\d{3})*|\\d+")) {
			return null;
		}
		long vnd = Long.parseLong(value.replaceAll("[.,]", ""));
		return negative ? -vnd : vnd;
	}

	static LocalDate date(String text) {
		String value = text.strip().split("[ T]")[0];
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing it
			}
		}
		return null;
	}

	private static int column(Sheet sheet, String name) {
		for (int i = 0; i < sheet.header().size(); i++) {
			String header = VietnameseText.fold(sheet.header().get(i)).strip().replaceAll("\\s+", " ");
			if (COLUMNS.get(name).contains(header)) {
				return i;
			}
		}
		throw new UnreadableFileException("statement.file.column." + name);
	}

	enum Outcome {

		MATCHED, PARTIAL, OVERPAID, LATE, UNMATCHED

	}

	record Credit(int line, String bankRef, LocalDate bookedOn, long amountVnd, String note) {

	}

	/**
	 * @param seenBefore the bank's reference was uploaded before: nothing recorded this
	 * time
	 */
	record Matched(Credit credit, String reference, Outcome outcome, boolean seenBefore) {

		Matched uploadedBefore() {
			return new Matched(this.credit, this.reference, this.outcome, true);
		}

	}

	private record Order(long id, String status, long due) {

	}

	/**
	 * Lines of a statement that cannot be read, as {@code line:field}.
	 */
	static final class StatementException extends RuntimeException {

		private final List<String> problems;

		StatementException(List<String> problems) {
			super(String.join(", ", problems));
			this.problems = List.copyOf(problems);
		}

		List<String> problems() {
			return this.problems;
		}

	}

}
