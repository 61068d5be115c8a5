package vn.ocop.market.admin.system;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.web.Formats;

/**
 * Formats for templates ({@code ${@labels.price(total)}}): đồng with dots, dates as
 * dd/MM/yyyy, times on Vietnam's clock.
 */
@Component("labels")
public class Labels {

	public String price(Long vnd) {
		return Formats.price(vnd);
	}

	public String number(long value) {
		return Formats.number(value);
	}

	public String time(Instant instant) {
		return Formats.time(instant);
	}

	public String date(LocalDate date) {
		return Formats.date(date);
	}

}
