package vn.ocop.market.catalog.payment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VietQrTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					# the CRC-16/CCITT-FALSE check value from the CRC catalogue
					123456789 | 29B1
					# nothing to check leaves the initial value: there is no final XOR
					''        | FFFF
					# subiz/vietqr README, up to and including 6304
					00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304 | C15C
					""")
	void computesCrc16CcittFalse(String data, String crc) {
		assertThat(VietQr.crc16(data)).isEqualTo(crc);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					# https://github.com/subiz/vietqr/blob/0861e8ad89bca9675c54a736a214a5c30726952e/vietqr_test.go
					970423 | 0099999999 | 00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304CBB4
					# https://github.com/openhoangnc/vietqr/blob/af096931cdbe01637a2106612918af20d9a809aa/libs/test-data.json
					970423 | 0123456789 | 00020101021138540010A00000072701240006970423011001234567890208QRIBFTTA53037045802VN6304F64B
					# https://github.com/openhoangnc/vietqr/blob/af096931cdbe01637a2106612918af20d9a809aa/libs/test-data.json
					963388 | 3456789143 | 00020101021138540010A00000072701240006963388011034567891430208QRIBFTTA53037045802VN63041D58
					""")
	void staticCodeMatchesPublishedPayloads(String bankBin, String accountNumber, String published) {
		assertThat(VietQr.withoutAmount(bankBin, accountNumber, null).payload()).isEqualTo(published);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					# https://github.com/subiz/vietqr/blob/8da5679a6a8e91b8e4815239d6ddfd5d8856e738/README.md
					970415 | 0011001932418       | 120000 | ủng hộ lũ lụt             | 00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C
					# https://github.com/subiz/vietqr/blob/0861e8ad89bca9675c54a736a214a5c30726952e/vietqr_test.go
					970422 | 0023457923442       | 40123  | test text string          | 00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62200816test text string6304D9C6
					# https://github.com/subiz/vietqr/blob/0861e8ad89bca9675c54a736a214a5c30726952e/vietqr_test.go
					970422 | 0023457923442       | 40123  | chuyển khoản              | 00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62160812chuyen khoan6304722F
					# https://github.com/subiz/vietqr/blob/0861e8ad89bca9675c54a736a214a5c30726952e/vietqr_test.go (longest account and note)
					970422 | 0023457923442ASDFLJ | 40123  | chuyen khoan alsdkf laksj | 00020101021238630010A0000007270133000697042201190023457923442ASDFLJ0208QRIBFTTA53037045405401235802VN62290825chuyen khoan alsdkf laksj6304E5DB
					""")
	void dynamicCodeMatchesPublishedPayloads(String bankBin, String accountNumber, long amountVnd, String note,
			String published) {
		assertThat(VietQr.forAmount(bankBin, accountNumber, amountVnd, note).payload()).isEqualTo(published);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đơn hàng OCOP 12         | Don hang OCOP 12
			ĐẶC SẢN Cà Mau           | DAC SAN Ca Mau
			Mật ong bạc hà           | Mat ong bac ha
			'  ĐH#A-17,   Phú Quốc ' | DH A 17 Phu Quoc
			Ðồng Tháp                | Dong Thap
			""")
	void foldsTheNoteToAsciiLettersDigitsAndSpacesKeepingCase(String note, String folded) {
		VietQr qr = VietQr.forAmount("970436", "1026806174", 150000, note);
		assertThat(qr.note()).isEqualTo(folded);
		assertThat(qr.payload()).contains("08%02d%s".formatted(folded.length(), folded));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "#-!", "主" })
	void omitsTheAdditionalDataFieldWhenNothingOfTheNoteRemains(String note) {
		VietQr qr = VietQr.forAmount("970436", "1026806174", 150000, note);
		assertThat(qr.note()).isEmpty();
		assertThat(qr.payload()).matches(".*5802VN6304[0-9A-F]{4}");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "97043", "9704360", "97043A", " 970436", "９７０４３６" })
	void rejectsABankBinThatIsNotSixDigits(String bankBin) {
		assertThatIllegalArgumentException().isThrownBy(() -> VietQr.withoutAmount(bankBin, "1026806174", ""))
			.withMessageContaining("BIN");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "01234567890123456789", "0123-4567", "0123 4567", "Đ0123" })
	void rejectsAnAccountNumberThatIsNotOneToNineteenLettersOrDigits(String accountNumber) {
		assertThatIllegalArgumentException().isThrownBy(() -> VietQr.withoutAmount("970436", accountNumber, ""))
			.withMessageContaining("account number");
	}

	@ParameterizedTest
	@ValueSource(longs = { -1, -150000, 10_000_000_000_000L, Long.MAX_VALUE })
	void rejectsANegativeAmountOrOneLongerThanThirteenDigits(long amountVnd) {
		assertThatIllegalArgumentException().isThrownBy(() -> new VietQr("970436", "1026806174", amountVnd, ""))
			.withMessageContaining("amount");
	}

	@ParameterizedTest
	@ValueSource(longs = { 0, -1 })
	void dynamicCodeNeedsAPositiveAmount(long amountVnd) {
		assertThatIllegalArgumentException().isThrownBy(() -> VietQr.forAmount("970436", "1026806174", amountVnd, ""))
			.withMessageContaining("positive amount");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Thanh toán đơn hàng OCOP 123", "abcdefghijklmnopqrstuvwxyz" })
	void rejectsANoteLongerThanTwentyFiveCharactersOnceFolded(String note) {
		assertThatIllegalArgumentException().isThrownBy(() -> VietQr.forAmount("970436", "1026806174", 150000, note))
			.withMessageContaining("25 characters");
	}

}
