/** Derived edges, listed and filtered, and the claims (evidence) behind each. */
package org.realpolitik.query.relationship;
