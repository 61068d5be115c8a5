package vn.ocop.market.bench.dataset;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ocop.market.catalog.product.Gtin;
import vn.ocop.market.catalog.province.Province;
import vn.ocop.market.catalog.province.ProvinceMatch;
import vn.ocop.market.catalog.province.ProvinceRegistry;
import vn.ocop.market.scoring.Council;
import vn.ocop.market.scoring.CouncilResult;
import vn.ocop.market.scoring.IssuingLevel;
import vn.ocop.market.scoring.PartScores;
import vn.ocop.market.scoring.ProductGroup;
import vn.ocop.market.scoring.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class CertificationFileGeneratorTests {

	private static final LocalDate DECISION_148 = LocalDate.of(2023, 2, 24);

	private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

	private static final ProvinceRegistry provinces = ProvinceRegistry.standard();

	private static String text;

	private static List<DemoRow> rows;

	@BeforeAll
	static void generateTheDemoFile() {
		text = file(CertificationFileGenerator.DEFAULT_ROWS, CertificationFileGenerator.DEFAULT_SEED);
		List<List<String>> records = CsvRecords.parse(text);
		rows = records.subList(1, records.size()).stream().map(DemoRow::of).toList();
	}

	@Test
	void sameSeedAndSizeGiveTheSameBytes() {
		assertThat(file(2400, 2025).getBytes(StandardCharsets.UTF_8)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
		assertThat(file(2400, 2026)).isNotEqualTo(text);
	}

	@Test
	void startsWithTheHeaderAndHasTheRequestedRows() {
		assertThat(text).startsWith("decision_no,decision_date,issuing_level,issuing_authority,product_name,"
				+ "product_group,producer_name,producer_kind,province,district,commune,score_a,score_b,score_c,"
				+ "total_score,stars,gtin,price_vnd\r\n");
		assertThat(rows).hasSize(2400);
		assertThat(CsvRecords.parse(file(10, 1))).hasSize(11);
	}

	@Test
	void readsBackAsTheGeneratedRows() {
		List<CertificationRow> generated = CertificationFileGenerator.rows(2400, 2025);
		assertThat(rows).extracting(DemoRow::fields).containsExactlyElementsOf(generated);
	}

	@Test
	void quotesScoresWrittenWithADecimalComma() {
		long withComma = rows.stream().filter((row) -> row.fields().totalScore().contains(",")).count();
		assertThat(withComma).isBetween(100L, 360L);
		assertThat(text).containsPattern(",\"[0-9]{2},[0-9]\",[345],");
	}

	@Test
	void everyRowIsValidUnderTheRuleSetOfItsDate() {
		LocalDate today = LocalDate.of(2026, 11, 1);
		assertThat(rows).allSatisfy((row) -> {
			Verdict verdict = Council.evaluate(councilResult(row), today);
			assertThat(verdict.violations()).as(row.fields().toString()).isEmpty();
		});
	}

	@Test
	void coversEveryProvince() {
		Set<String> codes = rows.stream().map((row) -> found(row).province().code()).collect(Collectors.toSet());
		assertThat(codes)
			.containsExactlyInAnyOrderElementsOf(provinces.provinces().stream().map(Province::code).toList());
	}

	@Test
	void aboutThirtyPercentNameAFormerProvinceAndOnlyBeforeTheMerger() {
		List<DemoRow> former = rows.stream().filter(this::namesAFormerProvince).toList();
		assertThat(share(former.size())).isBetween(0.25, 0.36);
		assertThat(former).allSatisfy((row) -> assertThat(row.date()).isBefore(MERGER));
		assertThat(former).extracting((row) -> row.fields().province())
			.contains("Hải Dương", "Quảng Nam", "Thừa Thiên Huế", "Bến Tre", "Tỉnh Bến Tre");
		assertThat(share(rows, (row) -> row.fields().province().startsWith("Tỉnh "))).isBetween(0.05, 0.15);
	}

	@Test
	void starsAreMixedLikeTheNationalResults() {
		assertThat(share(rows, (row) -> row.stars() == 3)).isBetween(0.74, 0.78);
		assertThat(share(rows, (row) -> row.stars() == 4)).isBetween(0.21, 0.25);
		assertThat(rows.stream().filter((row) -> row.stars() == 5).count()).isBetween(5L, 24L);
	}

	@Test
	void partsStayWithinTheMaximaOfTheirRuleSetAndSumToTheTotal() {
		List<DemoRow> withParts = rows.stream().filter(DemoRow::hasParts).toList();
		assertThat(share(withParts.size())).isBetween(0.75, 0.85);
		assertThat(withParts).allSatisfy((row) -> {
			int[] max = row.date().isBefore(DECISION_148) ? new int[] { 35, 25, 40 } : new int[] { 40, 25, 35 };
			assertThat(row.a()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(max[0]));
			assertThat(row.b()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(max[1]));
			assertThat(row.c()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(max[2]));
			assertThat(row.a().add(row.b()).add(row.c())).isEqualByComparingTo(row.total());
		});
	}

	@Test
	void totalsLieInTheBandOfTheirStarsWithOneDecimalAtMost() {
		Map<Integer, BigDecimal[]> bands = Map.of(3, band("50", "69.9"), 4, band("70", "89.9"), 5, band("90", "98"));
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.total()).isBetween(bands.get(row.stars())[0], bands.get(row.stars())[1]);
			assertThat(row.total().scale()).isLessThanOrEqualTo(1);
		});
		assertThat(share(rows, (row) -> row.total().scale() == 1)).isBetween(0.4, 0.7);
	}

	@Test
	void eachLevelCertifiesTheStarsItMayAtTheDateOfTheDecision() {
		assertThat(rows).allSatisfy((row) -> {
			String expected = (row.stars() == 5) ? "Trung ương" : "Tỉnh";
			if (row.stars() == 3 && !row.date().isBefore(DECISION_148) && row.date().isBefore(MERGER)) {
				expected = "Huyện";
			}
			assertThat(row.fields().issuingLevel()).as(row.fields().toString()).isEqualTo(expected);
		});
		assertThat(rows).filteredOn((row) -> row.fields().issuingLevel().equals("Huyện"))
			.isNotEmpty()
			.allSatisfy((row) -> assertThat(row.fields().issuingAuthority()).matches("UBND (huyện|thị xã) .+"));
		assertThat(rows).filteredOn((row) -> row.fields().issuingLevel().equals("Trung ương"))
			.allSatisfy((row) -> assertThat(row.fields().issuingAuthority()).startsWith("Bộ Nông nghiệp và "))
			.allSatisfy((row) -> assertThat(row.fields().decisionNo()).matches("[0-9]+/QĐ-BNN.*"));
		assertThat(rows).filteredOn((row) -> row.fields().issuingLevel().equals("Tỉnh"))
			.allSatisfy((row) -> assertThat(row.fields().decisionNo()).matches("[0-9]+/QĐ-UBND"));
	}

	@Test
	void districtsAppearOnlyBeforeTheyWereAbolished() {
		assertThat(rows).allSatisfy((row) -> {
			if (row.date().isBefore(MERGER)) {
				assertThat(row.fields().district()).matches("(Huyện|Thị xã) .+");
			}
			else {
				assertThat(row.fields().district()).isEmpty();
			}
			assertThat(row.fields().commune()).matches("(Xã|Phường) .+");
		});
	}

	@Test
	void datesLieBetween2020AndOctober2026InBothFormats() {
		assertThat(rows).extracting(DemoRow::date)
			.allSatisfy((date) -> assertThat(date).isBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 10, 31)));
		assertThat(share(rows, (row) -> row.fields().decisionDate().contains("/"))).isBetween(0.8, 0.9);
		assertThat(rows).extracting((row) -> row.date().getYear()).contains(2020, 2021, 2022, 2023, 2024, 2025, 2026);
	}

	@Test
	void groupsAreMostlyFoodAndOnlyThoseOfTheRuleSetOfTheirDate() {
		Map<ProductGroup, Long> groups = rows.stream()
			.collect(Collectors.groupingBy(this::group, Collectors.counting()));
		assertThat(groups).containsOnlyKeys(ProductGroup.values());
		assertThat(share(groups.get(ProductGroup.FOOD).intValue())).isBetween(0.5, 0.6);
		assertThat(share(groups.get(ProductGroup.BEVERAGES).intValue())).isBetween(0.11, 0.19);
		assertThat(rows).filteredOn((row) -> group(row) == ProductGroup.TEXTILES)
			.allSatisfy((row) -> assertThat(row.date()).isBefore(DECISION_148));
		assertThat(rows).filteredOn((row) -> group(row) == ProductGroup.ORNAMENTAL)
			.allSatisfy((row) -> assertThat(row.date()).isAfterOrEqualTo(DECISION_148));
		assertThat(share(rows, (row) -> !row.fields().productGroup().matches("[a-z]+"))).isBetween(0.15, 0.25);
	}

	@Test
	void gtinsAreVietnameseWithValidCheckDigitsAndUnique() {
		List<String> gtins = rows.stream().map((row) -> row.fields().gtin()).filter((gtin) -> !gtin.isEmpty()).toList();
		assertThat(share(gtins.size())).isBetween(0.55, 0.65);
		assertThat(gtins).doesNotHaveDuplicates().allSatisfy((gtin) -> {
			assertThat(gtin).matches("893[0-9]{10}");
			assertThat(Gtin.parse(gtin)).isPresent();
			int sum = 0;
			for (int i = 0; i < 12; i++) {
				sum += (gtin.charAt(i) - '0') * ((i % 2 == 0) ? 1 : 3);
			}
			assertThat(gtin.charAt(12) - '0').isEqualTo((10 - sum % 10) % 10);
		});
	}

	@Test
	void eachRowIsADistinctProductOfProducersWithOneOrSeveralProducts() {
		Set<String> products = new HashSet<>();
		assertThat(rows)
			.allSatisfy((row) -> assertThat(products.add(producerKey(row) + "|" + row.fields().productName()))
				.as(row.fields().toString())
				.isTrue());
		Map<String, Long> productsByProducer = rows.stream()
			.collect(Collectors.groupingBy(this::producerKey, Collectors.counting()));
		assertThat(productsByProducer).hasSizeBetween(1150, 1450);
		assertThat(productsByProducer.values()).contains(1L, 2L, 3L, 4L, 5L);
	}

	@Test
	void producerKindsAreMixedLikeTheNationalCount() {
		Map<String, Long> kinds = rows.stream()
			.collect(Collectors.groupingBy((row) -> row.fields().producerKind(), Collectors.counting()));
		assertThat(kinds).containsOnlyKeys("HTX", "HKD", "DN", "THT");
		assertThat(share(kinds.get("HTX").intValue())).isBetween(0.28, 0.38);
		assertThat(share(kinds.get("HKD").intValue())).isBetween(0.28, 0.38);
		assertThat(share(kinds.get("DN").intValue())).isBetween(0.15, 0.25);
		assertThat(share(kinds.get("THT").intValue())).isBetween(0.09, 0.19);
		assertThat(rows).filteredOn((row) -> row.fields().producerKind().equals("HTX"))
			.allSatisfy((row) -> assertThat(row.fields().producerName()).startsWith("Hợp tác xã "));
		assertThat(rows).filteredOn((row) -> row.fields().producerKind().equals("HKD"))
			.allSatisfy((row) -> assertThat(row.fields().producerName()).startsWith("Hộ kinh doanh "));
	}

	@Test
	void pricesAreWholeDongOrEmpty() {
		assertThat(rows).extracting((row) -> row.fields().priceVnd())
			.allMatch((price) -> price.matches("|[1-9][0-9]{3,}"));
		assertThat(share(rows, (row) -> row.fields().priceVnd().isEmpty())).isBetween(0.03, 0.09);
	}

	@Test
	void mainWritesTheFileOfItsOptions(@TempDir Path folder) throws IOException {
		Path out = folder.resolve("demo.csv");
		CertificationFileGenerator.main(new String[] { "--rows", "50", "--seed", "7", "--out", out.toString() });
		assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(file(50, 7));
	}

	private boolean namesAFormerProvince(DemoRow row) {
		ProvinceMatch.Found found = found(row);
		return found.former() != null && provinces.provinces()
			.stream()
			.noneMatch((province) -> province.nameVi().equals(found.former().nameVi()));
	}

	private String producerKey(DemoRow row) {
		return row.fields().producerName() + "|" + found(row).province().code();
	}

	private ProductGroup group(DemoRow row) {
		return ProductGroup.parse(row.fields().productGroup()).orElseThrow();
	}

	private static CouncilResult councilResult(DemoRow row) {
		PartScores parts = row.hasParts() ? new PartScores(row.a(), row.b(), row.c()) : null;
		Optional<IssuingLevel> level = IssuingLevel.parse(row.fields().issuingLevel());
		return new CouncilResult(row.date(), level.orElseThrow(),
				ProductGroup.parse(row.fields().productGroup()).orElseThrow(), parts, row.total(), row.stars());
	}

	private static ProvinceMatch.Found found(DemoRow row) {
		ProvinceMatch match = provinces.match(row.fields().province());
		assertThat(match).as(row.fields().province()).isInstanceOf(ProvinceMatch.Found.class);
		return (ProvinceMatch.Found) match;
	}

	private static BigDecimal[] band(String from, String to) {
		return new BigDecimal[] { new BigDecimal(from), new BigDecimal(to) };
	}

	private static double share(int count) {
		return (double) count / rows.size();
	}

	private static double share(List<DemoRow> rows, Predicate<DemoRow> predicate) {
		return share((int) rows.stream().filter(predicate).count());
	}

	private static String file(int rows, long seed) {
		StringWriter out = new StringWriter();
		try {
			CertificationFileGenerator.write(out, rows, seed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
