package vn.ocop.market.storefront.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Answers are shared while they load and for their age from the moment the load began,
 * never longer; failures are not kept and one caller's giving up is not the others'.
 */
class RecentResultsTests {

	private static final Duration MAX_AGE = Duration.ofSeconds(1);

	/** Every answer here is there or not when asked: a wrong test fails, never hangs. */
	private static final Duration WAIT = Duration.ofSeconds(5);

	private final AtomicLong nanos = new AtomicLong();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	/** Each load, with the sink that answers it. */
	private final List<Sinks.One<String>> loads = new ArrayList<>();

	private final RecentResults<String, String> recent = new RecentResults<>(MAX_AGE, 100, this.nanos::get, this.meters,
			"test.recent", (key) -> {
				Sinks.One<String> load = Sinks.one();
				this.loads.add(load);
				return load.asMono();
			});

	@Test
	void aKeyAskedAgainWithinItsAgeIsNotLoadedAgain() {
		String first = answered("a", "a at 0");
		advance(Duration.ofMillis(999));
		assertThat(this.recent.get("a").block(WAIT)).isEqualTo(first);
		assertThat(this.loads).hasSize(1);
		assertThat(count("hit")).isEqualTo(1);
		assertThat(count("miss")).isEqualTo(1);
	}

	@Test
	void anAnswerIsNeverOlderThanItsAgeCountedFromWhenItsLoadBegan() {
		Mono<String> asked = this.recent.get("a").cache();
		asked.subscribe();
		// the load takes 600 ms: the answer may be kept 400 ms more, not a whole second
		advance(Duration.ofMillis(600));
		this.loads.get(0).tryEmitValue("a at 0");
		assertThat(asked.block(WAIT)).isEqualTo("a at 0");
		advance(Duration.ofMillis(399));
		assertThat(this.recent.get("a").block(WAIT)).isEqualTo("a at 0");
		advance(Duration.ofMillis(1));
		assertThat(answered("a", "a at 1000")).isEqualTo("a at 1000");
		assertThat(this.loads).hasSize(2);
	}

	@Test
	void callersAskingWhileALoadRunsShareIt() {
		List<String> answers = new ArrayList<>();
		this.recent.get("a").subscribe(answers::add);
		this.recent.get("a").subscribe(answers::add);
		this.recent.get("b").subscribe(answers::add);
		assertThat(this.loads).hasSize(2);
		this.loads.get(0).tryEmitValue("a");
		assertThat(answers).containsExactly("a", "a");
	}

	@Test
	void aFailedLoadIsNotKept() {
		Mono<String> asked = this.recent.get("a").cache();
		asked.subscribe((answer) -> {
		}, (ex) -> {
		});
		this.loads.get(0).tryEmitError(new IllegalStateException("PostgreSQL went away"));
		assertThatIllegalStateException().isThrownBy(() -> asked.block(WAIT)).withMessage("PostgreSQL went away");
		assertThat(answered("a", "a again")).isEqualTo("a again");
		assertThat(this.loads).hasSize(2);
	}

	@Test
	void aCallerGivingUpDoesNotCancelTheLoadForTheOthers() {
		Disposable impatient = this.recent.get("a").subscribe();
		List<String> answers = new ArrayList<>();
		this.recent.get("a").subscribe(answers::add);
		impatient.dispose();
		this.loads.get(0).tryEmitValue("a");
		assertThat(answers).containsExactly("a");
		assertThat(this.recent.get("a").block(WAIT)).isEqualTo("a");
		assertThat(this.loads).hasSize(1);
	}

	/** Asks for the key and answers the load it starts. */
	private String answered(String key, String answer) {
		Mono<String> asked = this.recent.get(key).cache();
		asked.subscribe();
		this.loads.get(this.loads.size() - 1).tryEmitValue(answer);
		return asked.block(WAIT);
	}

	private void advance(Duration duration) {
		this.nanos.addAndGet(duration.toNanos());
	}

	private double count(String result) {
		return this.meters.get("test.recent").tag("result", result).counter().count();
	}

}
