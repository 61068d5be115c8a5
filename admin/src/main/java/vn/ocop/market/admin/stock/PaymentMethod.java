package vn.ocop.market.admin.stock;

/**
 * How a customer pays at the counter: cash, or a bank transfer to the office's account
 * shown on the operator's screen as a VietQR for the amount.
 */
enum PaymentMethod {

	CASH, BANK_TRANSFER

}
