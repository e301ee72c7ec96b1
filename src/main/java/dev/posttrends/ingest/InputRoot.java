package dev.posttrends.ingest;

import java.io.Serializable;

/**
 * An input root as the user gave it, its fully qualified form, and the time zone named by a {@code
 * _config.yml} at its top (null when there is none).
 */
public record InputRoot(String given, String qualified, boolean isFile, String configZone)
    implements Serializable {}
