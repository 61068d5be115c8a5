package vn.ocop.market.storefront.checkout;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.ocop.market.catalog.order.PaymentMethod;

/**
 * What the buyer enters at checkout. The province may be a current or a former name (or
 * its slug); the phone is written as people write it.
 *
 * @param key the form's idempotency key: one order however often it is sent
 * @param quote the digest of the priced cart the buyer read, empty before shipping was
 * priced
 */
public record CheckoutForm(
		@NotBlank(message = "checkout.error.name") @Size(max = 120, message = "checkout.error.name") String name,
		@NotBlank(message = "checkout.error.phone") String phone, String email,
		@NotBlank(message = "checkout.error.province") String province,
		@NotBlank(message = "checkout.error.address") @Size(max = 300,
				message = "checkout.error.address") String address,
		@NotNull(message = "checkout.error.method") PaymentMethod method, String key, String quote) {

	public static CheckoutForm empty(String key) {
		return new CheckoutForm("", "", "", "", "", PaymentMethod.COD, key, "");
	}

	@AssertTrue(message = "checkout.error.phone")
	boolean isPhoneValid() {
		return this.phone == null || this.phone.isBlank() || Buyer.phone(this.phone) != null;
	}

	@AssertTrue(message = "checkout.error.email")
	boolean isEmailValid() {
		return this.email == null || this.email.isBlank() || Buyer.email(this.email) != null;
	}

	public Buyer buyer(String provinceCode) {
		return new Buyer(this.name, Buyer.phone(this.phone), Buyer.email(this.email), provinceCode, this.address);
	}

}
