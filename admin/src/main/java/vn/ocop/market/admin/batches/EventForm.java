package vn.ocop.market.admin.batches;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * A trace event as typed in the form: local time in Vietnam, stored as UTC.
 */
record EventForm(String kind, String at, String place, String fromPlace, String toPlace, String note) {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static EventForm of(MultiValueMap<String, String> form) {
		return new EventForm(BatchForm.trim(form.getFirst("kind")), BatchForm.trim(form.getFirst("at")),
				BatchForm.trim(form.getFirst("place")), BatchForm.trim(form.getFirst("fromPlace")),
				BatchForm.trim(form.getFirst("toPlace")), BatchForm.trim(form.getFirst("note")));
	}

	static EventForm empty() {
		return new EventForm("HARVEST", LocalDateTime.now(VIETNAM).withSecond(0).withNano(0).toString(), "", "", "",
				"");
	}

	Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		if (eventKind() == null) {
			errors.put("kind", "event.error.kind");
		}
		Instant instant = instant();
		if (instant == null) {
			errors.put("at", "event.error.time");
		}
		else if (instant.isAfter(Instant.now().plusSeconds(3600))) {
			errors.put("at", "event.error.future");
		}
		if (this.place.isEmpty()) {
			errors.put("place", "event.error.place");
		}
		if (this.note.length() > 2000) {
			errors.put("note", "event.error.note");
		}
		return errors;
	}

	EventKind eventKind() {
		try {
			return EventKind.valueOf(this.kind);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	Instant instant() {
		try {
			return LocalDateTime.parse(this.at).atZone(VIETNAM).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
