package dev.posttrends.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads Parquet back with DuckDB (an independent reader, not Spark), for assertions. */
public final class DuckDb {

  private DuckDb() {}

  /** All rows of a query, each as a list of JDBC objects. Tests only: tiny results. */
  public static List<List<Object>> rows(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<List<Object>> out = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getObject(i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new AssertionError("DuckDB query failed: " + sql + "\n" + e.getMessage(), e);
    }
  }

  /** The single value of a one-row, one-column query. */
  public static Object value(String sql) {
    List<List<Object>> rows = rows(sql);
    if (rows.size() != 1 || rows.get(0).size() != 1) {
      throw new AssertionError("Expected one value from " + sql + " but got " + rows);
    }
    return rows.get(0).get(0);
  }

  public static long count(String sql) {
    return ((Number) value(sql)).longValue();
  }

  /** A Parquet glob over a Hive-partitioned table folder. */
  public static String table(java.nio.file.Path folder) {
    return "read_parquet('"
        + folder.toString().replace("'", "''")
        + "/**/*.parquet', hive_partitioning = true)";
  }
}
