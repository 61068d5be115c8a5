package vn.ocop.market.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Scoring is the rules and nothing else, so every app and the import can use it without
 * pulling in a framework or a database.
 */
class ScoringArchitectureTests {

	@Test
	void scoringDependsOnNoFrameworkAndNoDatabase() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("vn.ocop.market.scoring");
		noClasses().that()
			.resideInAPackage("vn.ocop.market.scoring..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "reactor..", "java.sql..", "javax.sql..", "io.r2dbc..")
			.check(classes);
	}

}
