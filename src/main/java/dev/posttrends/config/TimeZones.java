package dev.posttrends.config;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The one check of a configured time zone, wherever it comes from: the job spec's {@code
 * timezone:}, the {@code --timezone} option or a Jekyll site's {@code _config.yml} (read by {@code
 * ingest/InputRoots}). Region ids ({@code Asia/Shanghai}) and fixed offsets ({@code +08:00}, {@code
 * UTC}) are accepted as {@link ZoneId#of} accepts them.
 */
public final class TimeZones {
  private TimeZones() {}

  /**
   * Returns {@code id} unchanged when it names a time zone.
   *
   * @param where what the id came from, for the message ({@code --timezone}, a file)
   * @throws JobSpecException naming {@code where} and the id otherwise
   */
  public static String checked(String where, String id) {
    try {
      ZoneId.of(id);
      return id;
    } catch (DateTimeException e) {
      throw new JobSpecException(
          "Unknown time zone '"
              + id
              + "' in "
              + where
              + "; use an IANA id such as Asia/Shanghai or UTC");
    }
  }
}
