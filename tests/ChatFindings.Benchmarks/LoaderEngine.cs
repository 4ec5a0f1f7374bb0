using System.Diagnostics;

namespace ChatFindings.Benchmarks;

/// <summary>The project's loader: every row checked against the codebook, typed <see cref="Conversation"/> records out.</summary>
public sealed class LoaderEngine : IReadEngine
{
    public string Name => "chatfindings";
    public string Description => "ConversationLoader.Load: CSV parsed and every cell validated against the codebook schema, the columnar data set (Conversation views), SHA-256 of the file";

    public EngineRun Run(string csvPath, string schemaPath)
    {
        var clock = Stopwatch.StartNew();
        var data = ConversationLoader.Load(csvPath, TableSchema.Load(schemaPath));
        var read = clock.Elapsed;
        if (data.Report.RowsRejected > 0)
            throw new InvalidDataException($"{csvPath}: {data.Report.RowsRejected} rows rejected; first: {data.Report.Errors.FirstOrDefault()}");

        clock.Restart();
        var counts = Count(data.Conversations);
        return new EngineRun(counts, read, clock.Elapsed, data);
    }

    /// <summary>The counts, from typed records.</summary>
    public static GroupCounts Count(IReadOnlyList<Conversation> conversations)
    {
        var reporter = EnumCodes.Of<Reporter>();
        var gender = EnumCodes.Of<Gender>();
        var type = EnumCodes.Of<ExploitationType>();
        var duration = EnumCodes.Of<Duration>();
        var counts = new GroupCounts { Rows = conversations.Count };
        // Tally by index first: one dictionary update per category, not per row.
        var years = new Dictionary<int, long>();
        var byReporter = new long[reporter.Count];
        var byGender = new long[gender.Count + 1];
        var byType = new long[type.Count];
        var byDuration = new long[duration.Count + 1];
        var byOngoing = new long[3];
        foreach (var c in conversations)
        {
            years[c.Year] = years.GetValueOrDefault(c.Year) + 1;
            byReporter[(int)c.Reporter]++;
            byGender[c.Gender is { } g ? (int)g : gender.Count]++;
            byType[(int)c.ExploitationType]++;
            byDuration[c.Duration is { } d ? (int)d : duration.Count]++;
            byOngoing[c.Ongoing switch { true => 0, false => 1, null => 2 }]++;
            if (ClaimMeasures.IsMinorVictim(c)) counts.MinorVictimCount++;
            if (StudyPeriod.Contains(c.Year) && c.HasParentExploiter) counts.ParentCaseCount++;
        }
        foreach (var (year, n) in years) counts.Add("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), n);
        AddAll(counts, "reporter", reporter, byReporter);
        AddAll(counts, "gender", gender, byGender);
        AddAll(counts, "exploitation_type", type, byType);
        AddAll(counts, "duration", duration, byDuration);
        AddAll(counts, "ongoing", ["true", "false"], byOngoing);
        return counts;
    }

    // Index i is codes[i]; one index past the codes is "missing".
    private static void AddAll(GroupCounts counts, string column, IReadOnlyList<string> codes, long[] tally)
    {
        for (var i = 0; i < tally.Length; i++)
            if (tally[i] > 0) counts.Add(column, i < codes.Count ? codes[i] : null, tally[i]);
    }
}
