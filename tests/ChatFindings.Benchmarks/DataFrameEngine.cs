using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Analysis;

namespace ChatFindings.Benchmarks;

/// <summary>
/// Microsoft.Data.Analysis: DataFrame.LoadCsv told the codebook's column types (it would otherwise
/// guess them from 10 rows), then the counts by walking the typed columns.
/// </summary>
public sealed class DataFrameEngine : IReadEngine
{
    /// <summary>The largest size it is run at: it allocated 10 GB to read 1M rows, so 10M would take minutes and the machine's memory.</summary>
    public const int MaxRows = 1_000_000;

    public string Name => "dataframe";
    public string Description => "Microsoft.Data.Analysis DataFrame.LoadCsv with the codebook's column types (int, bool, string), counts over the columns";

    public EngineRun Run(string csvPath, string schemaPath)
    {
        var fields = CodebookColumnTypes.Fields(schemaPath);
        var clock = Stopwatch.StartNew();
        var frame = DataFrame.LoadCsv(csvPath, separator: ',', header: true,
            dataTypes: fields.Select(CodebookColumnTypes.DataFrameType).ToArray(), cultureInfo: CultureInfo.InvariantCulture);
        var read = clock.Elapsed;

        clock.Restart();
        var counts = Count(frame);
        return new EngineRun(counts, read, clock.Elapsed, frame);
    }

    private static GroupCounts Count(DataFrame frame)
    {
        var counts = new GroupCounts { Rows = frame.Rows.Count };
        var year = (PrimitiveDataFrameColumn<int>)frame.Columns["year"];
        var age = (PrimitiveDataFrameColumn<int>)frame.Columns["age"];
        var ongoing = (PrimitiveDataFrameColumn<bool>)frame.Columns["ongoing"];
        var reporter = (StringDataFrameColumn)frame.Columns["reporter"];
        var gender = (StringDataFrameColumn)frame.Columns["gender"];
        var type = (StringDataFrameColumn)frame.Columns["exploitation_type"];
        var duration = (StringDataFrameColumn)frame.Columns["duration"];
        var perpetrators = (StringDataFrameColumn)frame.Columns["perpetrators"];

        var tallies = GroupCounts.Columns.ToDictionary(c => c, _ => new Dictionary<string, long>(StringComparer.Ordinal));
        void Tally(string column, string? key)
        {
            var k = key ?? "";
            tallies[column][k] = tallies[column].GetValueOrDefault(k) + 1;
        }

        for (long i = 0; i < frame.Rows.Count; i++)
        {
            var y = year[i];
            Tally("year", y?.ToString(CultureInfo.InvariantCulture));
            Tally("reporter", reporter[i]);
            Tally("gender", gender[i]);
            Tally("exploitation_type", type[i]);
            Tally("duration", duration[i]);
            Tally("ongoing", ongoing[i] switch { true => "true", false => "false", null => null });
            var inPeriod = y is { } yy && StudyPeriod.Contains(yy);
            if (inPeriod && reporter[i] == "victim" && age[i] is < 18 && type[i] is "sexual" or "criminal" or "sexual_and_criminal")
                counts.MinorVictimCount++;
            if (inPeriod && perpetrators[i] is { } p && p.Split('|').Any(x => x is "parent" or "step_or_foster_parent"))
                counts.ParentCaseCount++;
        }
        foreach (var (column, tally) in tallies)
        foreach (var (key, n) in tally)
            counts.Add(column, key, n);
        return counts;
    }
}
