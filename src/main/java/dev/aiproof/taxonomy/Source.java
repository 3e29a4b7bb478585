package dev.aiproof.taxonomy;

/** A published work the taxonomy rests on, named in every report. */
public record Source(String id, String citation, String url, String licence) {
}
