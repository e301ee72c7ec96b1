package dev.posttrends.config;

/** A job spec or option that cannot be used; the message names the key and the value. */
public final class JobSpecException extends RuntimeException {
  public JobSpecException(String message) {
    super(message);
  }
}
