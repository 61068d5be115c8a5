package vn.ocop.market.admin.batches;

/**
 * What happened to a batch. Stock movements will add events of their own kinds later.
 */
enum EventKind {

	HARVEST, PROCESSING, PACKING, QUALITY_TEST, SHIPPED, RECEIVED, SOLD

}
