package org.realpolitik.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.realpolitik.security.ApiSecurity;

import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;

/**
 * A web slice test of the given controllers with the service's own security policy (reads open, writes with
 * {@link #TOKEN}), as in production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(ApiSecurity.class)
@TestPropertySource(properties = "realpolitik.security.token=" + ApiSliceTest.TOKEN)
public @interface ApiSliceTest {

	/** The API token of slice tests. */
	String TOKEN = "slice-test-api-token";

	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
