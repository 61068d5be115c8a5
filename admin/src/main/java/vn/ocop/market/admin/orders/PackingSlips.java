package vn.ocop.market.admin.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.MessageSource;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import vn.ocop.market.admin.files.Table;
import vn.ocop.market.admin.files.TablePdf;
import vn.ocop.market.catalog.order.OrderView;
import vn.ocop.market.catalog.order.PaymentMethod;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.catalog.stock.Lots;
import vn.ocop.market.catalog.web.Formats;

/**
 * The sheet that goes in a parcel: where it goes, what is in it and, where lots are
 * known, which lots: the ones it left with once shipped, before that the ones first to
 * expire, which the packer should take.
 */
@Component
class PackingSlips {

	private static final float[] WIDTHS = { .46f, .2f, .1f, .12f, .12f };

	private final DatabaseClient db;

	private final Lots lots;

	private final MessageSource messages;

	private final ProvinceRegistry provinces;

	PackingSlips(DatabaseClient db, Lots lots, MessageSource messages, ProvinceRegistry provinces) {
		this.db = db;
		this.lots = lots;
		this.messages = messages;
		this.provinces = provinces;
	}

	Mono<byte[]> pdf(OrderView order, OrderView.Shipment shipment, Locale locale) {
		return Flux.fromIterable(shipment.lines())
			.concatMap((line) -> lotCodes(order, shipment, line).map((codes) -> List.<Object>of(line.name(), codes,
					line.quantity(), line.unitPriceVnd(), line.amount())))
			.collectList()
			.flatMap((rows) -> Mono
				.fromCallable(() -> TablePdf.of(text("slip.title", locale, order.reference()),
						header(order, shipment, locale), List.of(table(rows, shipment, locale)), WIDTHS))
				.subscribeOn(Schedulers.boundedElastic()));
	}

	private List<String> header(OrderView order, OrderView.Shipment shipment, Locale locale) {
		String province = this.provinces.byCode(order.provinceCode())
			.map((p) -> "en".equals(locale.getLanguage()) ? p.nameEn() : p.nameVi())
			.orElse(order.provinceCode());
		List<String> lines = new ArrayList<>();
		lines.add(text("slip.from", locale, shipment.from()));
		lines.add(text("slip.to", locale, order.customerName(), order.phone()));
		lines.add(order.address() + ", " + province);
		lines.add(text("slip.payment", locale, text("order.method." + order.method(), locale)));
		if (order.method() == PaymentMethod.COD) {
			lines.add(text("slip.collect", locale, Formats.price(order.totalVnd())));
		}
		return lines;
	}

	private Table table(List<List<Object>> rows, OrderView.Shipment shipment, Locale locale) {
		return new Table(text("slip.lines", locale, shipment.lines().size()),
				List.of(text("slip.col.product", locale), text("slip.col.lots", locale),
						text("slip.col.quantity", locale), text("slip.col.price", locale),
						text("slip.col.amount", locale)),
				rows);
	}

	/**
	 * The lots the line left with (its SALE rows), or the ones the ledger would take now.
	 */
	private Mono<String> lotCodes(OrderView order, OrderView.Shipment shipment, OrderView.Line line) {
		return (shipment.shippedAt() != null) ? sold(order, shipment, line) : planned(shipment, line);
	}

	private Mono<String> sold(OrderView order, OrderView.Shipment shipment, OrderView.Line line) {
		return this.db
			.sql("""
					SELECT coalesce(string_agg(b.lot_code || ' ×' || (-m.on_hand_delta), ', ' ORDER BY b.lot_code), '') AS lots
					FROM stock_movement m JOIN batch b ON b.id = m.batch_id
					WHERE m.order_id = :order AND m.product_id = :product AND m.location_id = :location
					  AND m.kind = 'SALE'""")
			.bind("order", order.id())
			.bind("product", line.productId())
			.bind("location", shipment.locationId())
			.map((row, meta) -> row.get("lots", String.class))
			.one();
	}

	private Mono<String> planned(OrderView.Shipment shipment, OrderView.Line line) {
		return this.lots.allocate(shipment.locationId(), line.productId(), line.quantity(), null)
			.flatMap((allocations) -> {
				Map<Long, Integer> byBatch = allocations.stream()
					.filter((a) -> a.batchId() != null)
					.collect(Collectors.toMap(Lots.Allocation::batchId, Lots.Allocation::quantity, Integer::sum));
				if (byBatch.isEmpty()) {
					return Mono.just("");
				}
				return this.db.sql("SELECT id, lot_code FROM batch WHERE id = ANY(:ids) ORDER BY lot_code")
					.bind("ids", byBatch.keySet().toArray(new Long[0]))
					.map((row, meta) -> row.get("lot_code", String.class) + " ×"
							+ byBatch.get(row.get("id", Long.class)))
					.all()
					.collect(Collectors.joining(", "));
			});
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
