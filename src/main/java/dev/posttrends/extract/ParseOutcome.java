package dev.posttrends.extract;

/** The result of reading one input: a {@link Post} or a {@link Reject}, never an exception. */
public sealed interface ParseOutcome permits Post, Reject {}
