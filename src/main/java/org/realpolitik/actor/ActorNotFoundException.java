package org.realpolitik.actor;

/** No actor has this id. */
public class ActorNotFoundException extends RuntimeException {

	private final String actorId;

	public ActorNotFoundException(String actorId) {
		super("no actor with id '" + actorId + "'");
		this.actorId = actorId;
	}

	public String actorId() {
		return this.actorId;
	}

}
