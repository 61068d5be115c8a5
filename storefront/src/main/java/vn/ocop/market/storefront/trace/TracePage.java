package vn.ocop.market.storefront.trace;

import java.time.LocalDate;
import java.util.List;

import vn.ocop.market.storefront.producer.ProducerProfile;
import vn.ocop.market.storefront.trace.ScanRule.ScanWarning;
import vn.ocop.market.storefront.trace.TraceQueries.ScanCount;

/**
 * Everything a batch's traceability page shows.
 *
 * @param certificate the current OCOP decision, {@code null} when there is none
 * @param today the day certificate and best-before are judged on, in Vietnam
 */
record TracePage(TracedBatch batch, ProducerProfile producer, TraceCertificate certificate, List<JourneyStep> journey,
		List<BatchDocument> documents, ScanCount scans, ScanWarning warning, LocalDate today) {

	public boolean certified() {
		return this.certificate != null && this.certificate.validOn(this.today);
	}

	/**
	 * A current decision that no longer holds: expired or revoked.
	 */
	public boolean certificateLapsed() {
		return this.certificate != null && !certified();
	}

	/**
	 * The applicable standards: the kinds of the batch's documents, each once.
	 */
	public List<String> standards() {
		return this.documents.stream()
			.map(BatchDocument::kind)
			.filter((kind) -> !"OTHER".equals(kind))
			.distinct()
			.toList();
	}

	public boolean copyWarning() {
		return this.warning != ScanWarning.NONE;
	}

}
