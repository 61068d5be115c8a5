package vn.ocop.market.catalog.payment;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A VietQR bank transfer to an account (NAPAS service {@code QRIBFTTA}), written as the
 * EMVCo merchant-presented QR payload every Vietnamese banking app reads.
 * <p>
 * An amount of zero means none: the code is static ({@code 01}={@code 11}), can be paid
 * many times and the payer types the amount. A positive amount makes it dynamic
 * ({@code 01}={@code 12}, with field {@code 54}), for one payment such as an order.
 * <p>
 * Banks pass only ASCII letters, digits and spaces through a transfer note, and a note
 * they mangle cannot be matched to its order. So the note is folded here: Vietnamese
 * marks are dropped ({@code "Đơn hàng"} becomes {@code "Don hang"}), every other
 * character becomes a space and runs of spaces become one. Case is kept, unlike
 * {@code VietnameseText.fold}, so the note reads as the shop wrote it.
 *
 * @param bankBin the beneficiary bank's 6-digit BIN, for example {@code 970436}
 * @param accountNumber the account number, 1 to 19 letters or digits
 * @param amountVnd the amount in whole đồng, zero for a static code
 * @param note the transfer note, folded to at most 25 characters; empty for none
 */
public record VietQr(String bankBin, String accountNumber, long amountVnd, String note) {

	private static final Pattern BIN = Pattern.compile("[0-9]{6}");

	private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9]{1,19}");

	/** Field {@code 54} holds at most 13 characters. */
	private static final long MAX_AMOUNT_VND = 9_999_999_999_999L;

	/** Field {@code 62}/{@code 08} (purpose of transaction) holds at most 25. */
	private static final int MAX_NOTE_LENGTH = 25;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALLOWED_IN_NOTE = Pattern.compile("[^A-Za-z0-9]+");

	public VietQr {
		if (bankBin == null || !BIN.matcher(bankBin).matches()) {
			throw new IllegalArgumentException("A bank BIN is 6 digits: " + bankBin);
		}
		if (accountNumber == null || !ACCOUNT.matcher(accountNumber).matches()) {
			throw new IllegalArgumentException("An account number is 1 to 19 letters or digits: " + accountNumber);
		}
		if (amountVnd < 0 || amountVnd > MAX_AMOUNT_VND) {
			throw new IllegalArgumentException("An amount is 0 to 13 digits of đồng: " + amountVnd);
		}
		note = foldNote(note);
		if (note.length() > MAX_NOTE_LENGTH) {
			throw new IllegalArgumentException("A transfer note is at most 25 characters: " + note);
		}
	}

	/**
	 * A static code, for a showroom counter or a printed label: the payer types the
	 * amount.
	 */
	public static VietQr withoutAmount(String bankBin, String accountNumber, String note) {
		return new VietQr(bankBin, accountNumber, 0, note);
	}

	/**
	 * A dynamic code for one payment of a known amount, such as an order at checkout.
	 */
	public static VietQr forAmount(String bankBin, String accountNumber, long amountVnd, String note) {
		if (amountVnd <= 0) {
			throw new IllegalArgumentException("A dynamic VietQR needs a positive amount: " + amountVnd);
		}
		return new VietQr(bankBin, accountNumber, amountVnd, note);
	}

	/**
	 * The payload to encode in the QR image, fields in the order NAPAS lists them and
	 * closed by the CRC of everything before it.
	 */
	public String payload() {
		boolean dynamic = this.amountVnd > 0;
		String beneficiary = tlv("00", this.bankBin) + tlv("01", this.accountNumber);
		StringBuilder payload = new StringBuilder();
		payload.append(tlv("00", "01"));
		payload.append(tlv("01", dynamic ? "12" : "11"));
		payload.append(tlv("38", tlv("00", "A000000727") + tlv("01", beneficiary) + tlv("02", "QRIBFTTA")));
		payload.append(tlv("53", "704"));
		if (dynamic) {
			payload.append(tlv("54", Long.toString(this.amountVnd)));
		}
		payload.append(tlv("58", "VN"));
		if (!this.note.isEmpty()) {
			payload.append(tlv("62", tlv("08", this.note)));
		}
		payload.append("6304");
		return payload.append(crc16(payload.toString())).toString();
	}

	/**
	 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final
	 * XOR), as EMVCo prescribes for field {@code 63}.
	 * @param data the text to check
	 * @return the CRC as 4 upper-case hex digits
	 */
	static String crc16(String data) {
		int crc = 0xFFFF;
		for (byte b : data.getBytes(StandardCharsets.UTF_8)) {
			crc ^= (b & 0xFF) << 8;
			for (int bit = 0; bit < 8; bit++) {
				crc = ((crc & 0x8000) != 0) ? (crc << 1) ^ 0x1021 : crc << 1;
			}
			crc &= 0xFFFF;
		}
		return String.format(Locale.ROOT, "%04X", crc);
	}

	private static String tlv(String id, String value) {
		// Locale.ROOT: some locales format digits outside ASCII.
		return id + String.format(Locale.ROOT, "%02d", value.length()) + value;
	}

	private static String foldNote(String note) {
		if (note == null) {
			return "";
		}
		// đ has no decomposition; files from legacy encodings carry the look-alike eth.
		String unmarked = MARKS.matcher(Normalizer.normalize(note, Normalizer.Form.NFD))
			.replaceAll("")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.replace('ð', 'd')
			.replace('Ð', 'D');
		return NOT_ALLOWED_IN_NOTE.matcher(unmarked).replaceAll(" ").strip();
	}

}
