package vn.ocop.market.storefront.trace;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import vn.ocop.market.catalog.fixtures.TraceFixtures.BatchBuilder;
import vn.ocop.market.catalog.web.VietnamWebConfiguration;

import static vn.ocop.market.catalog.fixtures.TraceFixtures.batch;

/**
 * A batch with a whole journey and two documents, shared with the browser test.
 */
final class TraceJourney {

	static final byte[] PDF = "%PDF-1.4\n% VietGAP certificate\n".getBytes(StandardCharsets.US_ASCII);

	private TraceJourney() {
	}

	/**
	 * Harvest two days before {@code producedOn}, processing, testing and packing, then
	 * shipped to and received at a showroom the day after.
	 */
	static BatchBuilder of(long productId, String lot, LocalDate producedOn) {
		return batch(productId, lot).quantity(1200)
			.producedOn(producedOn)
			.bestBefore(producedOn.plusMonths(12))
			.origin("Xã Tân Khánh Đông", "82")
			.event(at(producedOn.minusDays(2), "06:30"), "HARVEST", null, "Ao tôm Tân Khánh Đông",
					"Xưởng chế biến HTX Tân Phú", "Tôm thẻ tươi, 180 kg")
			.event(at(producedOn.minusDays(2), "09:00"), "PROCESSING", "Ao tôm Tân Khánh Đông",
					"Xưởng chế biến HTX Tân Phú", "Kho đóng gói HTX Tân Phú", "Xay, cán, phơi nắng hai ngày")
			.event(at(producedOn, "10:00"), "QUALITY_TEST", "Xưởng chế biến HTX Tân Phú",
					"Trung tâm Kiểm nghiệm Đồng Tháp", "Kho đóng gói HTX Tân Phú", "Đạt chỉ tiêu vi sinh")
			.event(at(producedOn, "15:00"), "PACKING", "Xưởng chế biến HTX Tân Phú", "Kho đóng gói HTX Tân Phú",
					"Điểm bán OCOP Sa Đéc", "1 200 hộp 200 g")
			.event(at(producedOn.plusDays(1), "08:00"), "SHIPPED", "Kho đóng gói HTX Tân Phú", "Xe tải 66C-123.45",
					"Điểm bán OCOP Sa Đéc", null)
			.event(at(producedOn.plusDays(1), "11:15"), "RECEIVED", "Kho đóng gói HTX Tân Phú", "Điểm bán OCOP Sa Đéc",
					null, "Nhập 300 hộp")
			.document("VIETGAP", "Giấy chứng nhận VietGAP vùng nuôi", "vietgap.pdf", "application/pdf", PDF,
					producedOn.plusYears(2))
			.document("TEST_REPORT", "Phiếu kết quả thử nghiệm số 245/KN", "kiem-nghiem.pdf", "application/pdf", PDF,
					null);
	}

	private static Instant at(LocalDate day, String time) {
		return day.atTime(LocalTime.parse(time)).atZone(VietnamWebConfiguration.VIETNAM).toInstant();
	}

}
