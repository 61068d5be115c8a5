package vn.ocop.market.catalog.logging;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's log calls (Commons Logging) leave a message unformatted when its level is off,
 * and still log it when the level is on.
 */
class CommonsLoggingTests {

	@Test
	void aMessageIsFormattedOnlyWhenItsLevelIsOn() {
		AtomicInteger formatted = new AtomicInteger();
		Object message = new Object() {

			@Override
			public String toString() {
				formatted.incrementAndGet();
				return "a message that costs something to write";
			}

		};
		Log log = LogFactory.getLog(CommonsLoggingTests.class);
		assertThat(log.isDebugEnabled()).isFalse();
		log.info(message);
		assertThat(formatted).as("info is on").hasValue(1);
		log.debug(message);
		log.trace(message);
		assertThat(formatted).as("debug and trace are off").hasValue(1);
	}

}
