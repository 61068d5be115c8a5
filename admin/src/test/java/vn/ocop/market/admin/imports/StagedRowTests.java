package vn.ocop.market.admin.imports;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StagedRowTests {

	private static final RecordComponent[] COMPONENTS = StagedRow.class.getRecordComponents();

	@Test
	void theStagingTableHasOneColumnPerComponentInTheirOrder() {
		List<String> columns = Arrays.stream(StagedRow.COLUMNS.split(","))
			.map((column) -> column.strip().split(" ")[0])
			.toList();
		List<String> components = Arrays.stream(COMPONENTS)
			.map((component) -> component.getName().replaceAll("([A-Z])", "_$1").toLowerCase())
			.toList();
		assertThat(columns).isEqualTo(components);
	}

	@Test
	void valuesComeInTheOrderOfTheComponents() throws ReflectiveOperationException {
		List<Object> sample = new ArrayList<>();
		for (RecordComponent component : COMPONENTS) {
			sample.add(sample(component.getType(), sample.size()));
		}
		StagedRow row = StagedRow.class
			.getDeclaredConstructor(Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class[]::new))
			.newInstance(sample.toArray());
		assertThat(row.values()).isEqualTo(sample);
	}

	private static Object sample(Class<?> type, int index) {
		if (type == int.class) {
			return index;
		}
		if (type == Long.class) {
			return (long) index;
		}
		if (type == boolean.class) {
			// the first boolean true, the next false: a swap shows
			return index < 4;
		}
		if (type == LocalDate.class) {
			return LocalDate.of(2024, 1, 1).plusDays(index);
		}
		if (type == BigDecimal.class) {
			return BigDecimal.valueOf(index);
		}
		return "value " + index;
	}

}
