package org.realpolitik.neo4j;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The service runs on its own embedded database unless {@code spring.neo4j.uri} names a server. Evaluated when the
 * configuration is read, so a URI from any property source (system property, environment, test) counts.
 */
class EmbeddedModeCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String uri = context.getEnvironment().getProperty("spring.neo4j.uri");
		return uri == null || uri.isBlank();
	}

}
