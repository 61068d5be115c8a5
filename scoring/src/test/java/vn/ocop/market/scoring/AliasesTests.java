package vn.ocop.market.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.Test;

class AliasesTests {

	enum Colour {

		RED, GREEN

	}

	@Test
	void refusesAWordThatWouldMeanTwoConstants() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new Aliases<>(Colour.values(), (colour) -> List.of("màu", colour.name())))
			.withMessageContaining("'màu' would mean both RED and GREEN");
	}

	@Test
	void treatsWordsThatFoldAlikeAsTheSameWord() {
		Aliases<Colour> aliases = new Aliases<>(Colour.values(),
				(colour) -> (colour == Colour.RED) ? List.of("Đỏ", "đỏ", "do") : List.of("xanh lá"));
		assertThat(aliases.find("ĐỎ")).contains(Colour.RED);
		assertThat(aliases.find("Xanh-lá")).contains(Colour.GREEN);
		assertThat(aliases.find("green")).contains(Colour.GREEN);
	}

}
