package vn.ocop.market.admin.orders;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.util.MultiValueMap;

import vn.ocop.market.admin.system.Forms;
import vn.ocop.market.catalog.order.OrderStatus;
import vn.ocop.market.catalog.order.PaymentMethod;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.catalog.web.VietnamWebConfiguration;

/**
 * What the office looks for in its orders: a state, a payment method, the buyer's
 * province, the days it was placed (Vietnam's calendar), the location it ships from, and
 * a reference or phone number. Anything it does not understand is left out, never an
 * error.
 *
 * @param attention only orders the office must look at (a payment after expiry)
 */
record OrderFilter(OrderStatus status, PaymentMethod method, String provinceCode, LocalDate from, LocalDate to,
		Long locationId, String query, boolean attention, int page) {

	static final int PAGE = 50;

	static OrderFilter of(MultiValueMap<String, String> params, ProvinceRegistry provinces) {
		return new OrderFilter(parse(params.getFirst("status"), OrderStatus.class),
				parse(params.getFirst("method"), PaymentMethod.class),
				provinces.bySlug(String.valueOf(params.getFirst("province")))
					.map((province) -> province.code())
					.orElse(null),
				date(params.getFirst("from")), date(params.getFirst("to")), number(params.getFirst("location")),
				Forms.text(params.getFirst("q")), "1".equals(params.getFirst("attention")), Math.max(0,
						(number(params.getFirst("page")) != null) ? number(params.getFirst("page")).intValue() : 0));
	}

	/**
	 * The SQL condition on {@code o} (customer_order) and its bindings.
	 */
	Where where() {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> bindings = new LinkedHashMap<>();
		if (this.status != null) {
			conditions.add("o.status = :status");
			bindings.put("status", this.status.name());
		}
		if (this.method != null) {
			conditions.add("o.payment_method = :method");
			bindings.put("method", this.method.name());
		}
		if (this.provinceCode != null) {
			conditions.add("o.province_code = :province");
			bindings.put("province", this.provinceCode);
		}
		if (this.from != null) {
			conditions.add("o.created_at >= :from");
			bindings.put("from", this.from.atStartOfDay(VietnamWebConfiguration.VIETNAM).toOffsetDateTime());
		}
		if (this.to != null) {
			conditions.add("o.created_at < :to");
			bindings.put("to", this.to.plusDays(1).atStartOfDay(VietnamWebConfiguration.VIETNAM).toOffsetDateTime());
		}
		if (this.locationId != null) {
			conditions.add("EXISTS (SELECT 1 FROM shipment s WHERE s.order_id = o.id AND s.location_id = :location)");
			bindings.put("location", this.locationId);
		}
		if (this.query != null) {
			String digits = this.query.replaceAll("[^0-9]", "");
			conditions.add("(o.reference = :reference OR (:phone <> '' AND o.phone LIKE :phone))");
			bindings.put("reference", this.query.strip().toUpperCase());
			bindings.put("phone",
					digits.isEmpty() ? "" : "%" + (digits.startsWith("84") ? "0" + digits.substring(2) : digits) + "%");
		}
		if (this.attention) {
			conditions.add("o.needs_attention IS NOT NULL");
		}
		return new Where(conditions.isEmpty() ? "true" : String.join(" AND ", conditions), bindings);
	}

	record Where(String sql, Map<String, Object> bindings) {

		DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec) {
			for (Map.Entry<String, Object> binding : this.bindings.entrySet()) {
				spec = spec.bind(binding.getKey(), binding.getValue());
			}
			return spec;
		}

	}

	private static <E extends Enum<E>> E parse(String value, Class<E> type) {
		try {
			return (value == null || value.isBlank()) ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate date(String value) {
		try {
			return (value == null || value.isBlank()) ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Long number(String value) {
		try {
			return (value == null || value.isBlank()) ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
