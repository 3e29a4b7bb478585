package dev.aiproof.intake;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems an API operation answers with, besides {@link ProblemCode#INTERNAL} which any may: the OpenAPI
 * document describes each as a problem+json response of its status with an example per code
 * ({@link ApiDocumentation}), and {@code ApiDocumentTest} fails when an operation answers a code not listed here, or
 * a listed one can no longer be provoked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Problems {

    ProblemCode[] value();
}
