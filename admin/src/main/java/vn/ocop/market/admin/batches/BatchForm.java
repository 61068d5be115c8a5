package vn.ocop.market.admin.batches;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * A new batch as typed in the form, with a message key for each field that is wrong.
 */
record BatchForm(String lotCode, String producedOn, String bestBefore, String quantity, String originPlace,
		String originProvince) {

	static BatchForm of(MultiValueMap<String, String> form) {
		return new BatchForm(trim(form.getFirst("lotCode")), trim(form.getFirst("producedOn")),
				trim(form.getFirst("bestBefore")), trim(form.getFirst("quantity")), trim(form.getFirst("originPlace")),
				trim(form.getFirst("originProvince")));
	}

	static BatchForm of(Batch batch) {
		return new BatchForm(batch.lotCode(), text(batch.producedOn()), text(batch.bestBefore()),
				(batch.quantity() != null) ? batch.quantity().toString() : "",
				(batch.originPlace() != null) ? batch.originPlace() : "",
				(batch.originProvince() != null) ? batch.originProvince() : "");
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

	static BatchForm empty() {
		return new BatchForm("", LocalDate.now().toString(), "", "", "", "");
	}

	Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.lotCode.isEmpty()) {
			errors.put("lotCode", "batch.error.lot.required");
		}
		else if (!this.lotCode.matches("[!-~]{1,20}")) {
			errors.put("lotCode", "batch.error.lot.format");
		}
		LocalDate produced = date(this.producedOn);
		if (produced == null) {
			errors.put("producedOn", "batch.error.date");
		}
		else if (produced.isAfter(LocalDate.now().plusDays(1))) {
			errors.put("producedOn", "batch.error.produced.future");
		}
		if (!this.bestBefore.isEmpty()) {
			LocalDate best = date(this.bestBefore);
			if (best == null) {
				errors.put("bestBefore", "batch.error.date");
			}
			else if (produced != null && best.isBefore(produced)) {
				errors.put("bestBefore", "batch.error.best-before");
			}
		}
		if (!this.quantity.isEmpty() && (parseQuantity() == null || parseQuantity() <= 0)) {
			errors.put("quantity", "batch.error.quantity");
		}
		return errors;
	}

	LocalDate produced() {
		return date(this.producedOn);
	}

	LocalDate best() {
		return this.bestBefore.isEmpty() ? null : date(this.bestBefore);
	}

	Integer parseQuantity() {
		try {
			return this.quantity.isEmpty() ? null : Integer.valueOf(this.quantity);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static String trim(String value) {
		return (value != null) ? value.strip() : "";
	}

}
