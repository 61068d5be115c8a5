package vn.ocop.market.admin.programme;

import java.time.Clock;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Puts a programme report together from its figures.
 */
@Service
class ProgrammeReports {

	private final CertifiedFigures certified;

	private final Targets targets;

	private final Renewals renewals;

	private final SalesFigures sales;

	private final Clock clock;

	ProgrammeReports(CertifiedFigures certified, Targets targets, Renewals renewals, SalesFigures sales, Clock clock) {
		this.certified = certified;
		this.targets = targets;
		this.renewals = renewals;
		this.sales = sales;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The report of a period; the targets are those of the year the period ends in.
	 */
	Mono<ProgrammeReport> of(Area area, LocalDate from, LocalDate to) {
		LocalDate today = today();
		return Mono
			.zip(this.certified.now(area, today), this.certified.period(area, from, to, today),
					this.targets.progress(area, to.getYear()).collectList(), this.renewals.counts(area, today),
					this.sales.between(area, from, to), this.certified.changes(area, from, to, today).collectList())
			.map((t) -> new ProgrammeReport(area, from, to, today, t.getT1(), t.getT2(), t.getT3(), t.getT4(),
					t.getT5(), t.getT6()));
	}

}
