namespace ChatFindings.Benchmarks;

/// <summary>One way of reading the conversations file into memory and counting it.</summary>
public interface IReadEngine
{
    /// <summary>Short name used on the command line and in the results, e.g. "chatfindings".</summary>
    string Name { get; }

    /// <summary>What the engine does, for the results page.</summary>
    string Description { get; }

    /// <summary>Reads <paramref name="csvPath"/>, typed by the codebook schema at <paramref name="schemaPath"/>.</summary>
    EngineRun Run(string csvPath, string schemaPath);
}

/// <summary>
/// What one engine run gives: its counts, the time to read (and, for the project's loader,
/// validate) the file into memory, the time to count, and the loaded data, kept so the
/// measurement can weigh what stays in memory.
/// </summary>
public sealed record EngineRun(GroupCounts Counts, TimeSpan Read, TimeSpan Count, object Loaded);

/// <summary>The engines compared, by name.</summary>
public static class ReadEngines
{
    public static IReadOnlyList<IReadEngine> All { get; } =
    [
        new LoaderEngine(),
        new DuckDbEngine(typed: true),
        new DuckDbEngine(typed: false),
        new DataFrameEngine(),
    ];

    public static IReadEngine Get(string name) =>
        All.FirstOrDefault(e => e.Name == name)
        ?? throw new ArgumentException($"No engine '{name}'. Known: {string.Join(", ", All.Select(e => e.Name))}.", nameof(name));
}
