package vn.ocop.market.bench.harness;

import java.util.Arrays;

/**
 * Latencies in nanoseconds, reported as percentiles in milliseconds.
 */
public record Samples(long[] nanos) {

	public static Samples of(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new Samples(sorted);
	}

	/**
	 * Nearest-rank percentile, in milliseconds.
	 */
	public double percentileMillis(double percentile) {
		if (this.nanos.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percentile / 100.0 * this.nanos.length);
		return this.nanos[Math.max(0, Math.min(this.nanos.length - 1, rank - 1))] / 1e6;
	}

	public double medianMillis() {
		return percentileMillis(50);
	}

	public int count() {
		return this.nanos.length;
	}

}
