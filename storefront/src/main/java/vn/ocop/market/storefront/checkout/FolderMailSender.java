package vn.ocop.market.storefront.checkout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Spring's mail sender for a machine without a mail server: each message is written as an
 * {@code .eml} file to a folder, and the log says where.
 */
public class FolderMailSender extends JavaMailSenderImpl {

	private static final Logger logger = LoggerFactory.getLogger(FolderMailSender.class);

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private final Path folder;

	public FolderMailSender(Path folder) {
		this.folder = folder;
	}

	public Path folder() {
		return this.folder;
	}

	@Override
	protected void doSend(MimeMessage[] messages, Object[] originals) {
		try {
			Files.createDirectories(this.folder);
			for (MimeMessage message : messages) {
				Path file = this.folder.resolve(System.currentTimeMillis() + "-" + SEQUENCE.incrementAndGet() + ".eml");
				try (OutputStream out = Files.newOutputStream(file)) {
					message.writeTo(out);
				}
				logger.info("Mail to {}: \"{}\" written to {}",
						String.join(", ",
								java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
						message.getSubject(), file);
			}
		}
		catch (IOException | MessagingException ex) {
			throw new MailPreparationException("Could not write the mail to " + this.folder, ex);
		}
	}

}
