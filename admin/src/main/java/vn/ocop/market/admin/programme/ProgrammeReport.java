package vn.ocop.market.admin.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ocop.market.catalog.province.ProvinceRegistry;

/**
 * The figures of a programme report ("báo cáo kết quả thực hiện Chương trình OCOP") for
 * an area and a period: what is certified now, what changed in the period, the year's
 * targets against results, coming expiries and sales.
 *
 * @param period change kind ({@link CertifiedFigures#CHANGES}) to count
 * @param expiring certificates running out within 30, 90 and 180 days
 */
record ProgrammeReport(Area area, LocalDate from, LocalDate to, LocalDate today, CertifiedNow certifiedNow,
		Map<String, Long> period, List<Progress> targets, List<Long> expiring, Sales sales,
		List<CertifiedFigures.Change> changes) {

	/**
	 * The JSON integrations read: stable keys, provinces by slug, groups by code.
	 */
	Map<String, Object> json(ProvinceRegistry provinces) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("province", this.area.slug());
		json.put("from", this.from.toString());
		json.put("to", this.to.toString());
		json.put("asOf", this.today.toString());
		Map<String, Object> now = new LinkedHashMap<>();
		now.put("total", this.certifiedNow.total());
		Map<String, Long> byStars = new LinkedHashMap<>();
		this.certifiedNow.byStars().forEach((stars, n) -> byStars.put(stars.toString(), n));
		now.put("byStars", byStars);
		Map<String, Long> byProvince = new LinkedHashMap<>();
		this.certifiedNow.byProvince()
			.forEach((code, n) -> byProvince.put(provinces.byCode(code).orElseThrow().slug(), n));
		now.put("byProvince", byProvince);
		now.put("byGroup", this.certifiedNow.byGroup());
		now.put("byProducerKind", this.certifiedNow.byKind());
		json.put("certifiedNow", now);
		json.put("period",
				Map.of("new", this.period.get("NEW"), "upgraded", this.period.get("UPGRADE"), "renewed",
						this.period.get("RENEWAL"), "downgraded", this.period.get("DOWNGRADE"), "expired",
						this.period.get("EXPIRED")));
		json.put("targets", this.targets.stream().map(ProgrammeReport::json).toList());
		json.put("expiringWithin30Days", this.expiring.get(0));
		json.put("expiringWithin90Days", this.expiring.get(1));
		json.put("expiringWithin180Days", this.expiring.get(2));
		json.put("sales", json(this.sales));
		return json;
	}

	private static Map<String, Object> json(Progress progress) {
		Map<String, Object> json = new LinkedHashMap<>();
		Target target = progress.target();
		json.put("province", progress.province().slug());
		json.put("year", target.year());
		json.put("certified3plus", against(target.certified3plus(), progress.certified()));
		json.put("upgraded3to4", against(target.upgraded3to4(), progress.upgraded()));
		json.put("fiveStar", against(target.fiveStar(), progress.fiveStar()));
		Map<String, Object> share = against(target.share3plusPercent(), progress.share());
		share.put("registeredProducts", target.registeredProducts());
		json.put("share3plusPercent", share);
		return json;
	}

	/** An absent target or result is null in the JSON. */
	private static Map<String, Object> against(Integer target, Number result) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("target", target);
		json.put("result", result);
		return json;
	}

	private static Map<String, Object> json(Sales sales) {
		Map<String, Object> json = new LinkedHashMap<>();
		Map<String, Object> byChannel = new LinkedHashMap<>();
		sales.byChannel()
			.forEach((channel, amount) -> byChannel.put(channel,
					Map.of("quantity", amount.quantity(), "amountVnd", amount.vnd())));
		json.put("byChannel", byChannel);
		json.put("totalVnd", sales.total().vnd());
		json.put("top",
				sales.top()
					.stream()
					.map((top) -> Map.of("product", top.name(), "producer", top.producer(), "quantity", top.quantity(),
							"amountVnd", top.vnd()))
					.toList());
		return json;
	}

}
