package org.realpolitik.web;

import java.net.URI;

/** The {@code type} URIs of the API's problem details, one per kind of problem (docs/api.md lists them). */
public final class ProblemTypes {

	/** Where the types live; not resolvable, as RFC 9457 allows. */
	public static final String BASE = "https://realpolitik.invalid/problems/";

	private ProblemTypes() {
	}

	/** The type of a kind of problem: {@code actor-not-found}, {@code run-in-progress}, ... */
	public static URI of(String kind) {
		return URI.create(BASE + kind);
	}

	/** A problem detail of a kind: its status, its title, its type ({@link #of}) and what went wrong. */
	public static org.springframework.http.ProblemDetail problem(org.springframework.http.HttpStatusCode status,
			String kind, String title, String detail) {
		org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatusAndDetail(status,
				detail);
		problem.setTitle(title);
		problem.setType(of(kind));
		return problem;
	}

}
