package vn.ocop.market.storefront.checkout;

import java.nio.file.Path;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import vn.ocop.market.catalog.web.Formats;

/**
 * The confirmation e-mail of an order, when the buyer gave an address: what was ordered,
 * how to pay, and the order's link. Sent after the order is recorded; a mail that fails
 * is logged and loses nothing (the order page has it all).
 */
@Component
public class OrderMails {

	private static final Logger logger = LoggerFactory.getLogger(OrderMails.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final DatabaseClient db;

	private final CheckoutProperties properties;

	OrderMails(JavaMailSender sender, MessageSource messages, DatabaseClient db, CheckoutProperties properties) {
		this.sender = sender;
		this.messages = messages;
		this.db = db;
		this.properties = properties;
	}

	void confirm(Checkout.Placed order, String siteUrl) {
		if (order.email() == null) {
			return;
		}
		this.db.sql("""
				SELECT string_agg(l.quantity || ' × ' || l.name, E'\\n' ORDER BY l.product_id) AS lines
				FROM order_line l WHERE l.order_id = :id""")
			.bind("id", order.id())
			.map((row, meta) -> row.get("lines", String.class))
			.one()
			.flatMap((lines) -> Mono.fromRunnable(() -> send(order, lines, siteUrl))
				.subscribeOn(Schedulers.boundedElastic()))
			.subscribe(null, (ex) -> logger.warn("Could not send the confirmation of order {}", order.reference(), ex));
	}

	private void send(Checkout.Placed order, String lines, String siteUrl) {
		Locale vi = Locale.forLanguageTag("vi");
		try {
			MimeMessage message = this.sender.createMimeMessage();
			MimeMessageHelper mail = new MimeMessageHelper(message, "UTF-8");
			mail.setFrom(this.properties.mailFrom());
			mail.setTo(order.email());
			mail.setSubject(text("mail.order.subject", vi, order.reference()));
			mail.setText(text("mail.order.body", vi, order.reference(), lines, Formats.price(order.totalVnd()),
					text("mail.order.pay." + order.method(), vi, order.reference()), siteUrl + order.path()));
			this.sender.send(message);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/**
	 * Without a mail server configured (the local profile, tests), mails go to a folder.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(prefix = "spring.mail", name = "host", havingValue = "-", matchIfMissing = true)
	static class FolderMail {

		@Bean
		FolderMailSender folderMailSender(@Value("${ocop.mail.folder:${java.io.tmpdir}/ocop-mails}") Path folder) {
			return new FolderMailSender(folder);
		}

	}

}
