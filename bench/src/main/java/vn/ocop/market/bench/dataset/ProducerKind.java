package vn.ocop.market.bench.dataset;

/**
 * The four kinds of OCOP subjects, weighted like the national count (about a third
 * cooperatives, a third households, a fifth enterprises), with the share of each that has
 * a GS1 company prefix and so puts GTINs on its products.
 */
enum ProducerKind {

	HTX(33, 0.65), HKD(33, 0.45), DN(20, 0.90), THT(14, 0.40);

	private final int weight;

	private final double gtinShare;

	ProducerKind(int weight, double gtinShare) {
		this.weight = weight;
		this.gtinShare = gtinShare;
	}

	int weight() {
		return this.weight;
	}

	double gtinShare() {
		return this.gtinShare;
	}

}
