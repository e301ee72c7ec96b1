/**
 * Names in a post's text: companies, people, organisations, places and market indices, each with
 * where it starts, how it was found and, when the text gives one, its stock code. Pure Java like
 * the rest of {@code extract}: the caller passes the text and its FAST segmentation ({@code
 * keywords.Word}); word lists load from {@code dev/posttrends/entities/} on the classpath once per
 * JVM, and many names are found at once with Aho-Corasick automata, never a regular expression per
 * name. {@link dev.posttrends.extract.entities.KnownNames} finds again, in every post, the names a
 * batch learned from all posts; the Spark side broadcasts it.
 */
package dev.posttrends.extract.entities;
