package dev.posttrends.extract;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Map;

/**
 * What a {@link PostParser} needs to know about the job: the zone that publication dates are
 * reported in, and for each input root the zone its offset-less dates are written in.
 *
 * @param jobZoneId zone of {@code published_date}, an IANA id such as {@code Asia/Shanghai}
 * @param rootZoneIds zone per input root (from {@code _config.yml}); roots not listed use the job
 *     zone
 */
public record ParserOptions(String jobZoneId, Map<String, String> rootZoneIds)
    implements Serializable {

  public ParserOptions {
    rootZoneIds = Map.copyOf(rootZoneIds);
    ZoneId.of(jobZoneId); // fail fast on the driver, not in every task
  }

  public static ParserOptions inZone(String zone) {
    return new ParserOptions(zone, Map.of());
  }

  public ZoneId jobZone() {
    return ZoneId.of(jobZoneId);
  }

  public ZoneId zoneFor(String inputRoot) {
    String zone = inputRoot == null ? null : rootZoneIds.get(inputRoot);
    return ZoneId.of(zone != null ? zone : jobZoneId);
  }
}
