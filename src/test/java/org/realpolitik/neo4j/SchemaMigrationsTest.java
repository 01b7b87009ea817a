package org.realpolitik.neo4j;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMigrationsTest {

	@Test
	void splitsStatementsAtSemicolonsEndingALineAndDropsComments() {
		List<String> statements = SchemaMigrations.statements("""
				// a comment; with a semicolon
				CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;
				CREATE INDEX b IF NOT EXISTS
				  FOR (n:B) ON (n.x);

				CREATE INDEX c IF NOT EXISTS FOR (n:C) ON (n.y)
				""");
		assertThat(statements).containsExactly(
				"CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
				"CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.x)", "CREATE INDEX c IF NOT EXISTS FOR (n:C) ON (n.y)");
	}

	@Test
	void findsTheProjectMigrationsInVersionOrderWithStableChecksums() {
		var migrations = SchemaMigrations.discover(GraphConfiguration.MIGRATIONS);
		assertThat(migrations).extracting(SchemaMigrations.Migration::version).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(migrations.get(0).description()).isEqualTo("Actor id unique");
		// schema statements may run again; data statements (the V7 and V10 backfills) touch only what is not yet done
		assertThat(migrations).allSatisfy(m -> assertThat(m.statements()).isNotEmpty()
			.allSatisfy(s -> assertThat(s).satisfiesAnyOf(t -> assertThat(t).startsWith("CREATE").contains("IF NOT EXISTS"),
					t -> assertThat(t).startsWith("MATCH").contains("IS NULL"))));
		assertThat(SchemaMigrations.checksum("x\n")).isEqualTo(SchemaMigrations.checksum("x\n"))
			.isNotEqualTo(SchemaMigrations.checksum("x \n"));
	}

}
