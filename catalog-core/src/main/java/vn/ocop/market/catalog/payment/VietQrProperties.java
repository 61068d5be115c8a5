package vn.ocop.market.catalog.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The account bank transfers go to: the OCOP office's, shown as a VietQR by showrooms at
 * their counter and by the storefront at checkout.
 *
 * @param bankBin the bank's 6-digit BIN (NAPAS), e.g. 970436 for Vietcombank
 * @param bankName the bank's name as people know it
 * @param accountNumber the account number
 * @param accountName the account holder, as the payer's bank app shows it
 */
@ConfigurationProperties("ocop.vietqr")
public record VietQrProperties(String bankBin, String bankName, String accountNumber, String accountName) {

	/**
	 * A dynamic VietQR for one payment: the amount and the reference as the transfer
	 * note.
	 */
	public VietQr forAmount(long amountVnd, String reference) {
		return VietQr.forAmount(this.bankBin, this.accountNumber, amountVnd, reference);
	}

}
