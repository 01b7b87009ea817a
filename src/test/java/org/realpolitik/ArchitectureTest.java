package org.realpolitik;

import java.util.List;

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
	void theWebEdgeDependsOnNoFeature() {
		// each feature answers its own problems (actor/web, schedule/web, neo4j/web); parameters are parsed in params
		noClasses().that()
			.resideInAPackage("org.realpolitik.web")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realpolitik.actor..", "org.realpolitik.claim..", "org.realpolitik.ingest..",
					"org.realpolitik.query..", "org.realpolitik.schedule..", "org.realpolitik.feed..",
					"org.realpolitik.neo4j..", "org.realpolitik.seed..", "org.realpolitik.cli..",
					"org.realpolitik.browser..", "org.realpolitik.security..")
			.check(CLASSES);
	}

	@Test
	void parameterParsingKnowsTheModelAndNothingOfHttpOrTheFeatures() {
		// shared by the REST controllers and the command line
		noClasses().that()
			.resideInAPackage("org.realpolitik.params")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realpolitik.web..", "..web..", "org.springframework..", "org.realpolitik.ingest..",
					"org.realpolitik.query..", "org.realpolitik.schedule..", "org.realpolitik.feed..",
					"org.realpolitik.neo4j..", "org.realpolitik.cli..", "org.realpolitik.seed..")
			.check(CLASSES);
	}

	@Test
	void theCommandLineUsesNoHttpPackage() {
		noClasses().that()
			.resideInAPackage("org.realpolitik.cli..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realpolitik.web..", "..web..", "org.springframework.web..")
			.check(CLASSES);
	}

	@Test
	void importersDependOnNoOtherImporter() {
		// what importers share (the curated file format, rejects, input files) lives in the ingest package itself
		for (String importer : List.of("curated", "news", "gdelt", "ftm")) {
			noClasses().that()
				.resideInAPackage("org.realpolitik.ingest." + importer + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(List.of("curated", "news", "gdelt", "ftm")
					.stream()
					.filter(other -> !other.equals(importer))
					.map(other -> "org.realpolitik.ingest." + other + "..")
					.toArray(String[]::new))
				.check(CLASSES);
		}
	}

	@Test
	void howValuesAreWrittenDependsOnNothingOfTheProject() {
		noClasses().that()
			.resideInAPackage("org.realpolitik.text")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realpolitik.actor..", "org.realpolitik.claim..", "org.realpolitik.ingest..",
					"org.realpolitik.query..", "org.realpolitik.web..", "org.realpolitik.params..")
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
