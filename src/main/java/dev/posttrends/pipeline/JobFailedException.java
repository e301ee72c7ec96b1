package dev.posttrends.pipeline;

/** The run could not finish as asked (too many rejects, accounting broken); output untouched. */
public final class JobFailedException extends RuntimeException {
  public JobFailedException(String message) {
    super(message);
  }
}
