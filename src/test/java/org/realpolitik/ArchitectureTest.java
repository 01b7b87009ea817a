package org.realpolitik;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package boundaries: features by package, queries apart from importers, the web only at the edge. */
class ArchitectureTest {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.realpolitik");

	@Test
	void theWebEdgeDependsOnNoFeatureButTheModel() {
		// each feature answers its own problems (actor/web, schedule/web); the shared edge parses only the model's types
		noClasses().that()
			.resideInAPackage("org.realpolitik.web")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realpolitik.ingest..", "org.realpolitik.query..", "org.realpolitik.schedule..",
					"org.realpolitik.seed..", "org.realpolitik.cli..", "org.realpolitik.browser..",
					"org.realpolitik.security..", "org.realpolitik.actor.web..", "org.realpolitik.claim.web..")
			.check(CLASSES);
	}

	@Test
	void queriesNeverDependOnImporters() {
		noClasses().that()
			.resideInAPackage("org.realpolitik.query..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realpolitik.ingest..", "org.realpolitik.seed..", "org.realpolitik.cli..")
			.check(CLASSES);
	}

	@Test
	void importersNeverDependOnTheWebOrOnQueries() {
		noClasses().that()
			.resideInAPackage("org.realpolitik.ingest..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realpolitik.web..", "..web..", "org.realpolitik.query..", "org.springframework.web..")
			.check(CLASSES);
	}

	@Test
	void theModelDependsOnNoFeatureThatUsesIt() {
		noClasses().that()
			.resideInAnyPackage("org.realpolitik.claim", "org.realpolitik.actor")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realpolitik.ingest..", "org.realpolitik.query..", "org.realpolitik.web..",
					"org.realpolitik.seed..", "org.realpolitik.cli..", "org.springframework.web..")
			.check(CLASSES);
	}

	@Test
	void onlyTheDatabasePackageTouchesTheEmbeddedNeo4jApi() {
		noClasses().that()
			.resideOutsideOfPackage("org.realpolitik.neo4j..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j.dbms..", "org.neo4j.graphdb..", "org.neo4j.kernel..", "org.neo4j.configuration..")
			.check(CLASSES);
	}

	@Test
	void controllersArePackagePrivateAndLiveInAWebPackage() {
		classes().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.andShould()
			.resideInAPackage("..web..")
			.check(CLASSES);
	}

	@Test
	void onlyTheClaimFeatureWritesEdges() {
		noClasses().that()
			.resideOutsideOfPackage("org.realpolitik.claim..")
			.should()
			.dependOnClassesThat()
			.haveSimpleName("EdgeDerivation")
			.check(CLASSES);
	}

	@Test
	void importersKnowNothingOfTheRunsThatCallThem() {
		noClasses().that()
			.resideInAPackage("org.realpolitik.ingest..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realpolitik.schedule..", "org.realpolitik.cli..", "org.realpolitik.seed..")
			.check(CLASSES);
	}

	@Test
	void feedsFetchAndRememberButKnowNeitherImportersNorRunsNorQueries() {
		// a feed hands files to ImportRuns, which picks the importer; it never calls one itself
		noClasses().that()
			.resideInAPackage("org.realpolitik.feed..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realpolitik.ingest..", "org.realpolitik.schedule..", "org.realpolitik.query..",
					"org.realpolitik.cli..", "org.realpolitik.web..", "org.springframework.web..")
			.check(CLASSES);
	}

	@Test
	void importRunsGoThroughTheImporterContractOnly() {
		noClasses().that()
			.resideInAPackage("org.realpolitik.schedule..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realpolitik.ingest.news..", "org.realpolitik.ingest.gdelt..",
					"org.realpolitik.ingest.ftm..", "org.realpolitik.ingest.curated..", "org.realpolitik.query..")
			.check(CLASSES);
	}

	@Test
	void theCommandLineStartsImportsOnlyThroughImportRuns() {
		noClasses().that()
			.resideInAPackage("org.realpolitik.cli..")
			.and()
			.haveNameNotMatching(".*\\.BenchCommand.*")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Importer")
			.check(CLASSES);
	}

}
