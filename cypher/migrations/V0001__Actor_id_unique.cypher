// Actors are found by their stable readable id (russia, united-states, iskp).
CREATE CONSTRAINT actor_id_unique IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
