package vn.ocop.market.admin.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocop.market.admin.imports.ImportService;

/**
 * Loads the demo certification file through the real import path, once: a second start
 * finds the file already applied and leaves the catalog alone.
 */
@Component
@Profile("local")
class DemoDataset {

	private static final Logger logger = LoggerFactory.getLogger(DemoDataset.class);

	private final ImportService imports;

	private final Path file;

	DemoDataset(ImportService imports, @Value("${ocop.demo.file:}") String file) {
		this.imports = imports;
		this.file = file.isBlank() ? null : Path.of(file);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	void loadOnFirstStart() throws IOException {
		if (this.file == null || !Files.exists(this.file)) {
			return;
		}
		byte[] content = Files.readAllBytes(this.file);
		this.imports.loadOnce(this.file.getFileName().toString(), content, "demo")
			.doOnNext((result) -> logger.info("Demo dataset {}: {} rows, {}", this.file.getFileName(),
					result.record().rowCount(), result.record().counts()))
			.block();
	}

}
