using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace ChatFindings.Benchmarks;

/// <summary>
/// DuckDB (embedded, in memory, all cores) reading the file into a table with read_csv, then the
/// same counts in SQL. Typed: the codebook's column types; text: every column VARCHAR.
/// </summary>
public sealed class DuckDbEngine(bool typed) : IReadEngine
{
    public string Name => typed ? "duckdb" : "duckdb-text";

    public string Description => typed
        ? "DuckDB read_csv into an in-memory table with the codebook's column types (INTEGER, BOOLEAN, VARCHAR), counts in SQL"
        : "DuckDB read_csv into an in-memory table with every column VARCHAR (all_varchar), counts in SQL";

    public EngineRun Run(string csvPath, string schemaPath)
    {
        var clock = Stopwatch.StartNew();
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, $"CREATE TABLE conversations AS SELECT * FROM {ReadCsv(csvPath, schemaPath)}");
        var read = clock.Elapsed;

        clock.Restart();
        var counts = new GroupCounts { Rows = Scalar(connection, "SELECT count(*) FROM conversations") };
        var year = typed ? "year" : "CAST(year AS INTEGER)";
        var age = typed ? "age" : "CAST(NULLIF(age, '') AS INTEGER)";
        counts.MinorVictimCount = Scalar(connection,
            $"SELECT count(*) FROM conversations WHERE {year} BETWEEN {StudyPeriod.FirstYear} AND {StudyPeriod.LastYear} " +
            $"AND reporter = 'victim' AND {age} < 18 AND exploitation_type IN ('sexual', 'criminal', 'sexual_and_criminal')");
        counts.ParentCaseCount = Scalar(connection,
            $"SELECT count(*) FROM conversations WHERE {year} BETWEEN {StudyPeriod.FirstYear} AND {StudyPeriod.LastYear} " +
            "AND list_has_any(string_split(perpetrators, '|'), ['parent', 'step_or_foster_parent'])");
        foreach (var column in GroupCounts.Columns)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT CAST({column} AS VARCHAR), count(*) FROM conversations GROUP BY 1";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                counts.Add(column, reader.IsDBNull(0) ? null : Normalise(reader.GetString(0)), reader.GetInt64(1));
        }
        return new EngineRun(counts, read, clock.Elapsed, connection);
    }

    /// <summary>The read_csv call: header, comma, double quotes, empty cell = NULL, and the column types.</summary>
    public string ReadCsv(string csvPath, string schemaPath)
    {
        var path = csvPath.Replace("'", "''", StringComparison.Ordinal);
        if (!typed) return $"read_csv('{path}', header = true, delim = ',', quote = '\"', all_varchar = true)";
        var columns = string.Join(", ", CodebookColumnTypes.Fields(schemaPath).Select(f => $"'{f.Name}': '{CodebookColumnTypes.DuckDbType(f)}'"));
        return $"read_csv('{path}', header = true, delim = ',', quote = '\"', columns = {{{columns}}})";
    }

    // DuckDB prints booleans as "true"/"false" as the CSV has them; text mode keeps the CSV's text.
    private static string Normalise(string value) => value.Trim();

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
