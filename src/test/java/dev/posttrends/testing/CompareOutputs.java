package dev.posttrends.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares two posttrends outputs table by table with DuckDB (an independent reader), row for row
 * and order-independent: {@code A EXCEPT ALL B} and {@code B EXCEPT ALL A} must both be empty. Used
 * by {@code jobs/cluster-test.sh} (cluster run vs local run). Exit code 0 when equal, 1 when any
 * table differs (the first differing rows are printed), 2 on bad usage.
 *
 * <pre>
 * java -cp TEST_CLASSPATH dev.posttrends.testing.CompareOutputs OUT_A OUT_B [--exclude COL,COL]
 * </pre>
 *
 * Columns named by {@code --exclude} are left out where a table has them (default: none; a run's
 * own identity is in manifest.json, not in the tables). DOUBLE/FLOAT columns are compared at 12
 * significant digits: sums over doubles depend on the order in which partitions are combined (a
 * cluster run vs a local one); {@link #differingTables} can compare them exactly.
 */
public final class CompareOutputs {

  public static final List<String> TABLES =
      List.of(
          "posts",
          "metrics",
          "date_mentions",
          "keywords",
          "entities",
          "rejects",
          "trends/category_period",
          "trends/tag_period",
          "trends/entity_period",
          "trends/keyword_period",
          "trends/metric_period");

  private static final int SHOW = 5;

  private CompareOutputs() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2 && !(args.length == 4 && args[2].equals("--exclude"))) {
      System.err.println("usage: CompareOutputs OUT_A OUT_B [--exclude COL,COL]");
      System.exit(2);
    }
    Path a = Path.of(args[0]);
    Path b = Path.of(args[1]);
    Set<String> exclude = new LinkedHashSet<>();
    if (args.length == 4) {
      for (String c : args[3].split(",")) {
        if (!c.isBlank()) {
          exclude.add(c.trim());
        }
      }
    }
    int failures = differingTables(a, b, exclude, false).size();
    if (failures > 0) {
      System.out.printf("CompareOutputs: %d of %d tables differ%n", failures, TABLES.size());
      System.exit(1);
    }
    System.out.printf("CompareOutputs: all %d tables equal%n", TABLES.size());
  }

  /**
   * The tables that differ between outputs {@code a} and {@code b}, with a line per table (and the
   * first differing rows) printed to stdout. {@code exact}: DOUBLE/FLOAT values compared as they
   * are, not at 12 significant digits, for two runs that must be byte-identical.
   */
  public static List<String> differingTables(Path a, Path b, Set<String> exclude, boolean exact)
      throws SQLException {
    return differing(a, b, TABLES, exclude, exact);
  }

  /** As {@link #differingTables}, over the table folders {@code tables}. */
  public static List<String> differing(
      Path a, Path b, List<String> tables, Set<String> exclude, boolean exact) throws SQLException {
    List<String> differ = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String table : tables) {
        if (!compare(c, table, a.resolve(table), b.resolve(table), exclude, exact)) {
          differ.add(table);
        }
      }
    }
    return differ;
  }

  private static boolean compare(
      Connection c, String table, Path a, Path b, Set<String> exclude, boolean exact)
      throws SQLException {
    if (!Files.isDirectory(a) || !Files.isDirectory(b)) {
      System.out.printf("%-24s MISSING in %s%n", table, Files.isDirectory(a) ? b : a);
      return false;
    }
    String ta = DuckDb.table(a);
    String tb = DuckDb.table(b);
    List<String[]> colsA = columns(c, ta);
    List<String[]> colsB = columns(c, tb);
    if (!names(colsA).equals(names(colsB))) {
      System.out.printf("%-24s COLUMNS differ: %s vs %s%n", table, names(colsA), names(colsB));
      return false;
    }
    List<String> select = new ArrayList<>();
    for (String[] col : colsA) {
      if (exclude.contains(col[0])) {
        continue;
      }
      String q = '"' + col[0].replace("\"", "\"\"") + '"';
      select.add(
          !exact && (col[1].equals("DOUBLE") || col[1].equals("FLOAT"))
              ? "printf('%.11e', " + q + ") AS " + q
              : q);
    }
    String list = String.join(", ", select);
    long rowsA = count(c, "SELECT count(*) FROM " + ta);
    long rowsB = count(c, "SELECT count(*) FROM " + tb);
    String onlyA = "SELECT " + list + " FROM " + ta + " EXCEPT ALL SELECT " + list + " FROM " + tb;
    String onlyB = "SELECT " + list + " FROM " + tb + " EXCEPT ALL SELECT " + list + " FROM " + ta;
    long diffA = count(c, "SELECT count(*) FROM (" + onlyA + ")");
    long diffB = count(c, "SELECT count(*) FROM (" + onlyB + ")");
    boolean equal = diffA == 0 && diffB == 0 && rowsA == rowsB;
    System.out.printf(
        "%-24s %s rows %d vs %d, only in A %d, only in B %d%n",
        table, equal ? "EQUAL " : "DIFFER", rowsA, rowsB, diffA, diffB);
    if (!equal) {
      show(c, "  only in A: ", onlyA);
      show(c, "  only in B: ", onlyB);
    }
    return equal;
  }

  private static List<String[]> columns(Connection c, String source) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
      while (rs.next()) {
        out.add(new String[] {rs.getString("column_name"), rs.getString("column_type")});
      }
    }
    return out;
  }

  private static List<String> names(List<String[]> cols) {
    return cols.stream().map(col -> col[0] + " " + col[1]).toList();
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void show(Connection c, String prefix, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql + " LIMIT " + SHOW)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder(prefix);
        for (int i = 1; i <= n; i++) {
          String v = String.valueOf(rs.getObject(i));
          row.append(i > 1 ? " | " : "")
              .append(rs.getMetaData().getColumnName(i))
              .append('=')
              .append(v.length() > 80 ? v.substring(0, 80) + "…" : v);
        }
        System.out.println(row);
      }
    }
  }
}
