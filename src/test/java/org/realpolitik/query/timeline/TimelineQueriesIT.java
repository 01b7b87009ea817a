package org.realpolitik.query.timeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realpolitik.actor.ActorNotFoundException;
import org.realpolitik.claim.RelationshipType;
import org.realpolitik.ingest.curated.CuratedImporter;
import org.realpolitik.query.timeline.TimelineQueries.Interval;
import org.realpolitik.query.timeline.TimelineQueries.Timeline;
import org.realpolitik.support.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class TimelineQueriesIT extends GraphTest {

	static final List<RelationshipType> ALL = List.of(RelationshipType.values());

	@Autowired
	TimelineQueries timelines;

	@Autowired
	CuratedImporter importer;

	@Test
	void theTalibansTimelineOnTheSeedGraphIsItsRelationshipsInOrderOfStart() {
		assertThat(this.importer.importFiles(List.of(Path.of("seeds/actors.yaml"), Path.of("seeds/background.yaml")))
			.rejected()).isEmpty();
		Timeline timeline = this.timelines.timeline("taliban", ALL, null);
		assertThat(timeline.actor().name()).isEqualTo("Taliban");
		assertThat(timeline.intervals())
			.extracting(Interval::start, Interval::type, Interval::direction, i -> i.counterpart().id(), Interval::end)
			.containsExactly(tuple("1999-10-15", "SANCTIONED", "in", "united-nations", null),
					tuple("2001-10-07", "ATTACKED", "in", "united-states", "2021-08-30"),
					tuple("2015", "ATTACKED", "in", "iskp", null), tuple("2015", "ATTACKED", "out", "iskp", null),
					tuple("2020-02-29", "ENGAGES", "in", "united-states", null));
		Interval war = timeline.intervals().get(1);
		assertThat(war.startDate()).isEqualTo(LocalDate.of(2001, 10, 7));
		assertThat(war.endDate()).isEqualTo(LocalDate.of(2021, 8, 30));
		assertThat(war.claims()).isEqualTo(1);
		assertThat(war.sources()).isEqualTo(1);

		Timeline in2010 = this.timelines.timeline("taliban", List.of(RelationshipType.ATTACKED), LocalDate.of(2010, 1, 1));
		assertThat(in2010.intervals()).extracting(i -> i.counterpart().id()).containsExactly("united-states");
	}

	@Test
	void undatedRelationshipsComeLastAndAnUnknownActorIsNotFound() {
		new org.realpolitik.query.influence.HandBuiltGraph().edge("a", RelationshipType.ARMED, "b")
			.edge("a", RelationshipType.SANCTIONED, "c", LocalDate.of(2003, 1, 1), LocalDate.of(2005, 12, 31), true)
			.writeTo(this.driver);
		assertThat(this.timelines.timeline("a", ALL, null).intervals())
			.extracting(Interval::type, Interval::ended, i -> i.counterpart().id())
			.containsExactly(tuple("SANCTIONED", true, "c"), tuple("ARMED", false, "b"));
		assertThatThrownBy(() -> this.timelines.timeline("nobody", ALL, null)).isInstanceOf(ActorNotFoundException.class);
	}

}
