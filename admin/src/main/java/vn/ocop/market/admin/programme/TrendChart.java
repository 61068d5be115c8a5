package vn.ocop.market.admin.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line chart of changes per year, drawn by the template as SVG: coordinates are
 * computed here so the page needs no script.
 */
record TrendChart(List<Series> series, List<Tick> years, List<Tick> levels, Map<Integer, Map<String, Long>> yearly) {

	static final int WIDTH = 640;

	static final int HEIGHT = 240;

	private static final int LEFT = 48;

	private static final int RIGHT = 16;

	private static final int TOP = 12;

	private static final int BOTTOM = 28;

	static TrendChart of(Map<Integer, Map<Integer, Map<String, Long>>> trend) {
		Map<Integer, Map<String, Long>> yearly = new LinkedHashMap<>();
		trend.forEach((year, quarters) -> {
			Map<String, Long> totals = new LinkedHashMap<>();
			CertifiedFigures.CHANGES.forEach((kind) -> totals.put(kind,
					quarters.values().stream().mapToLong((quarter) -> quarter.get(kind)).sum()));
			yearly.put(year, totals);
		});
		List<Integer> years = new ArrayList<>(yearly.keySet());
		long max = Math.max(1,
				yearly.values()
					.stream()
					.flatMap((totals) -> totals.values().stream())
					.mapToLong(Long::longValue)
					.max()
					.orElse(1));
		List<Series> series = new ArrayList<>();
		for (String kind : CertifiedFigures.CHANGES) {
			List<Point> points = new ArrayList<>();
			for (int i = 0; i < years.size(); i++) {
				long value = yearly.get(years.get(i)).get(kind);
				points.add(new Point(x(i, years.size()), y(value, max), years.get(i), value));
			}
			series.add(new Series(kind, points));
		}
		List<Tick> yearTicks = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			yearTicks.add(new Tick(x(i, years.size()), String.valueOf(years.get(i))));
		}
		List<Tick> levels = List.of(new Tick(y(0, max), "0"), new Tick(y(max / 2, max), String.valueOf(max / 2)),
				new Tick(y(max, max), String.valueOf(max)));
		return new TrendChart(series, yearTicks, levels, yearly);
	}

	private static int x(int index, int count) {
		int span = WIDTH - LEFT - RIGHT;
		return (count <= 1) ? LEFT + span / 2 : LEFT + index * span / (count - 1);
	}

	private static int y(long value, long max) {
		return TOP + (int) Math.round((1 - (double) value / max) * (HEIGHT - TOP - BOTTOM));
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int baseline() {
		return HEIGHT - BOTTOM;
	}

	record Series(String kind, List<Point> points) {

		/** The polyline's points attribute. */
		public String path() {
			return String.join(" ", this.points.stream().map((p) -> p.x() + "," + p.y()).toList());
		}

	}

	record Point(int x, int y, int year, long value) {

	}

	record Tick(int at, String label) {

	}

}
