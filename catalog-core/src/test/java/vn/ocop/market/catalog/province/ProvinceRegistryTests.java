package vn.ocop.market.catalog.province;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.ocop.market.catalog.text.Slugs;
import vn.ocop.market.catalog.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProvinceRegistryTests {

	private static final ProvinceRegistry registry = ProvinceRegistry.standard();

	@Test
	void hasTheThirtyFourProvincesAndTheSixtyThreeFormerOnes() {
		assertThat(registry.provinces()).hasSize(34);
		assertThat(registry.formerProvinces()).hasSize(63);
		assertThat(registry.provinces()).extracting(Province::code).doesNotHaveDuplicates();
		assertThat(registry.formerProvinces()).extracting(FormerProvince::code).doesNotHaveDuplicates();
	}

	@Test
	void isLoadedOnceAndCannotBeChanged() {
		assertThat(ProvinceRegistry.standard()).isSameAs(registry);
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> registry.provinces().remove(0));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> registry.formerProvinces().clear());
	}

	@Test
	void slugsAreTheSlugsOfTheNamesExceptHoChiMinhCity() {
		assertThat(registry.provinces()).filteredOn((province) -> !province.code().equals("79"))
			.allSatisfy((province) -> assertThat(province.slug()).isEqualTo(Slugs.of(province.nameVi())));
		assertThat(registry.formerProvinces()).filteredOn((former) -> !former.code().equals("79"))
			.allSatisfy((former) -> assertThat(former.slug()).isEqualTo(Slugs.of(former.nameVi())));
		assertThat(registry.byCode("79")).get().extracting(Province::slug).isEqualTo("ho-chi-minh");
	}

	@Test
	void findsProvincesBySlugAndCode() {
		assertThat(registry.bySlug("hue")).get().extracting(Province::code).isEqualTo("46");
		assertThat(registry.byCode("01")).get().extracting(Province::nameEn).isEqualTo("Hanoi");
		assertThat(registry.bySlug("hai-duong")).isEmpty();
		assertThat(registry.byCode("30")).isEmpty();
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '=', textBlock = """
			Hà Nội = Hà Nội
			Huế = Thừa Thiên Huế
			Lai Châu = Lai Châu
			Điện Biên = Điện Biên
			Sơn La = Sơn La
			Lạng Sơn = Lạng Sơn
			Quảng Ninh = Quảng Ninh
			Thanh Hóa = Thanh Hóa
			Nghệ An = Nghệ An
			Hà Tĩnh = Hà Tĩnh
			Cao Bằng = Cao Bằng
			Tuyên Quang = Tuyên Quang + Hà Giang
			Lào Cai = Lào Cai + Yên Bái
			Thái Nguyên = Thái Nguyên + Bắc Kạn
			Phú Thọ = Phú Thọ + Vĩnh Phúc + Hòa Bình
			Bắc Ninh = Bắc Ninh + Bắc Giang
			Hưng Yên = Hưng Yên + Thái Bình
			Hải Phòng = Hải Phòng + Hải Dương
			Ninh Bình = Ninh Bình + Hà Nam + Nam Định
			Quảng Trị = Quảng Trị + Quảng Bình
			Đà Nẵng = Đà Nẵng + Quảng Nam
			Quảng Ngãi = Quảng Ngãi + Kon Tum
			Gia Lai = Gia Lai + Bình Định
			Khánh Hòa = Khánh Hòa + Ninh Thuận
			Lâm Đồng = Lâm Đồng + Đắk Nông + Bình Thuận
			Đắk Lắk = Đắk Lắk + Phú Yên
			Thành phố Hồ Chí Minh = Thành phố Hồ Chí Minh + Bình Dương + Bà Rịa - Vũng Tàu
			Đồng Nai = Đồng Nai + Bình Phước
			Tây Ninh = Tây Ninh + Long An
			Cần Thơ = Cần Thơ + Sóc Trăng + Hậu Giang
			Vĩnh Long = Vĩnh Long + Bến Tre + Trà Vinh
			Đồng Tháp = Đồng Tháp + Tiền Giang
			Cà Mau = Cà Mau + Bạc Liêu
			An Giang = An Giang + Kiên Giang
			""")
	void eachProvinceIsMadeOfTheFormerProvincesOfResolution202(String name, String formerNames) {
		Province province = registry.provinces()
			.stream()
			.filter((candidate) -> candidate.nameVi().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(registry.formerOf(province)).extracting(FormerProvince::nameVi)
			.containsExactlyInAnyOrder(formerNames.split(" \\+ "));
	}

	static Stream<String> currentNames() {
		return registry.provinces().stream().map(Province::nameVi);
	}

	@ParameterizedTest
	@MethodSource("currentNames")
	void matchesEveryCurrentNameWithAndWithoutDiacriticsAndSpaces(String name) {
		Province province = found(name).province();
		assertThat(province.nameVi()).isEqualTo(name);
		for (String variant : variantsOf(name)) {
			assertThat(found(variant).province()).as(variant).isEqualTo(province);
		}
	}

	static Stream<FormerProvince> formerProvinces() {
		return registry.formerProvinces().stream();
	}

	@ParameterizedTest
	@MethodSource("formerProvinces")
	void matchesEveryFormerNameToTheProvinceItBecame(FormerProvince former) {
		for (String variant : variantsOf(former.nameVi())) {
			ProvinceMatch.Found found = found(variant);
			assertThat(found.former()).as(variant).isEqualTo(former);
			assertThat(found.province().code()).as(variant).isEqualTo(former.provinceCode());
		}
	}

	@ParameterizedTest(name = "{0} -> {1}, former {2}")
	@CsvSource(nullValues = "-", textBlock = """
			Quảng Ngãi,             51, 51
			Hà Nội,                 01, 01
			Huế,                    46, -
			Thừa Thiên Huế,         46, 46
			Đồng Tháp,              82, 87
			Tiền Giang,             82, 82
			Hòa Bình,               25, 17
			Hà Giang,               08, 02
			""")
	void aFormerNameThatIsStillCurrentKeepsItsFormerProvince(String name, String code, String formerCode) {
		ProvinceMatch.Found found = found(name);
		assertThat(found.province().code()).isEqualTo(code);
		assertThat((found.former() != null) ? found.former().code() : null).isEqualTo(formerCode);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Tỉnh Đồng Tháp|82
			tỉnh đồng tháp|82
			TỈNH HÀ GIANG|08
			TP. Cần Thơ|92
			TP Đà Nẵng|48
			T.P. Hải Phòng|31
			Thành phố Huế|46
			Thành Phố Hà Nội|01
			Tp.Hồ Chí Minh|79
			Hồ Chí Minh|79
			Đắc Lắc|66
			Daklak|66
			DakLak|66
			Dak Lak|66
			Đăk Lăk|66
			Đắk Nông|68
			Đắc Nông|68
			Dak Nong|68
			TP HCM|79
			TPHCM|79
			tp.hcm|79
			HCM|79
			Sài Gòn|79
			Saigon|79
			Ho Chi Minh City|79
			hochiminh|79
			Thừa Thiên - Huế|46
			Thừa Thiên – Huế|46
			TT Huế|46
			Hue|46
			Bà Rịa Vũng Tàu|79
			Bà Rịa–Vũng Tàu|79
			BR-VT|79
			brvt|79
			Hanoi|01
			hanoi|01
			Thanh Hoá|38
			Khánh Hoà|56
			Hoà Bình|25
			Bắc Cạn|19
			Kontum|51
			Can Tho City|92
			Dong Thap Province|82
			""")
	void matchesPrefixesSpellingsAndAliases(String text, String code) {
		assertThat(found(text).province().code()).isEqualTo(code);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Ha Noii|Hà Nội
			Hà Nộii|Hà Nội
			Dong Thapp|Đồng Tháp
			Quang Nam Da Nang|Quảng Nam
			Vũng Tàu|Bà Rịa - Vũng Tàu
			Thừa Thiên|Thừa Thiên Huế
			Dak Lakk|Đắk Lắk
			Quảng Nam cũ|Quảng Nam
			Kiên Gang|Kiên Giang
			""")
	void suggestsTheClosestNamesForAnUnknownName(String text, String closest) {
		ProvinceMatch.Unknown unknown = unknown(text);
		assertThat(unknown.text()).isEqualTo(text);
		assertThat(unknown.closest()).hasSizeBetween(1, 3).first().isEqualTo(closest);
	}

	@Test
	void suggestsBothNamesOfTwoProvincesWrittenTogether() {
		assertThat(unknown("Quang Nam Da Nang").closest()).startsWith("Quảng Nam", "Đà Nẵng");
	}

	@Test
	void suggestsNothingForTextFarFromEveryName() {
		assertThat(unknown("Atlantis").closest()).isEmpty();
		assertThat(unknown("Paris 75001").closest()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(nullValues = "NULL", emptyValue = "EMPTY", textBlock = """
			NULL
			EMPTY
			'   '
			Tỉnh
			TP.
			' - '
			""")
	void blankTextIsUnknownWithoutSuggestions(String text) {
		assertThat(unknown(text).closest()).isEmpty();
	}

	@Test
	void refusesAFormerProvinceThatBecameNoProvince() {
		List<Province> provinces = List.of(new Province("01", "ha-noi", "Hà Nội", "Hanoi", "red-river-delta"));
		List<FormerProvince> formers = List.of(new FormerProvince("30", "hai-duong", "Hải Dương", "31"));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new ProvinceRegistry(provinces, formers))
			.withMessageContaining("31");
	}

	@Test
	void refusesACurrentNameThatIsTheFormerNameOfAnotherProvince() {
		List<Province> provinces = List.of(new Province("01", "ha-noi", "Hà Nội", "Hanoi", "red-river-delta"),
				new Province("31", "hai-phong", "Hải Phòng", "Hai Phong", "red-river-delta"));
		List<FormerProvince> formers = List.of(new FormerProvince("01", "ha-noi", "Hà Nội", "31"));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new ProvinceRegistry(provinces, formers));
	}

	private static ProvinceMatch.Found found(String text) {
		ProvinceMatch match = registry.match(text);
		assertThat(match).as(text).isInstanceOf(ProvinceMatch.Found.class);
		return (ProvinceMatch.Found) match;
	}

	private static ProvinceMatch.Unknown unknown(String text) {
		ProvinceMatch match = registry.match(text);
		assertThat(match).as(String.valueOf(text)).isInstanceOf(ProvinceMatch.Unknown.class);
		return (ProvinceMatch.Unknown) match;
	}

	private static List<String> variantsOf(String name) {
		String plain = VietnameseText.fold(name);
		boolean namedAsCity = name.startsWith("Thành phố");
		return Arrays.asList(name, plain, plain.toUpperCase(Locale.ROOT), plain.replace(" ", ""),
				name.toUpperCase(Locale.ROOT), "  " + name.replace(" ", "   ") + " ",
				(namedAsCity ? "" : "Tỉnh ") + name, (namedAsCity ? "" : "TP. ") + plain);
	}

}
