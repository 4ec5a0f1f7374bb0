using System.Globalization;

namespace ChatFindings.Benchmarks;

/// <summary>
/// Options of <c>run</c>: <c>[--sizes 10000,100000,1000000,10000000] [--repeat 3] [--engines a,b]
/// [--work DIR] [--out DIR] [--skip-publish] [--skip-tables] [--skip-load]</c>.
/// </summary>
public sealed record BenchmarkOptions(
    string RepoRoot, IReadOnlyList<int> Sizes, int Repeat, IReadOnlyList<string> Engines, string WorkDirectory, string OutDirectory,
    bool Publish, bool Tables)
{
    public static readonly IReadOnlyList<int> DefaultSizes = [10_000, 100_000, 1_000_000, 10_000_000];

    /// <summary>The codebook every engine reads the files with.</summary>
    public string SchemaPath => Path.Combine(RepoRoot, "data-schema", "conversations.schema.json");

    /// <summary>Parses the options; the repository root defaults to the checkout around the working directory.</summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args, string? repoRoot = null)
    {
        var sizes = DefaultSizes;
        var repeat = 3;
        var engines = ReadEngines.All.Select(e => e.Name).ToList();
        var work = Path.Combine(Path.GetTempPath(), "chatfindings-benchmarks");
        string? output = null;
        bool publish = true, tables = true;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new UsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--sizes": sizes = Value().Split(',').Select(s => Positive("--sizes", s)).ToList(); break;
                case "--repeat": repeat = Positive("--repeat", Value()); break;
                case "--engines":
                    engines = Value().Split(',').ToList();
                    foreach (var e in engines)
                        if (ReadEngines.All.All(x => x.Name != e)) throw new UsageException($"unknown engine '{e}' (known: {string.Join(", ", ReadEngines.All.Select(x => x.Name))})");
                    break;
                case "--work": work = Path.GetFullPath(Value()); break;
                case "--out": output = Path.GetFullPath(Value()); break;
                case "--skip-publish": publish = false; break;
                case "--skip-tables": tables = false; break;
                case "--skip-load": engines = []; break;
                default: throw new UsageException($"unknown option '{args[i]}'");
            }
        }
        repoRoot ??= DataLocation.RepoRoot;
        output ??= Path.Combine(repoRoot, "artifacts", "benchmarks");
        return new BenchmarkOptions(repoRoot, sizes, repeat, engines, work, output, publish, tables);
    }

    private static int Positive(string option, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new UsageException($"{option}: '{text}' is not a positive whole number");
}

/// <summary>Wrong command line: exit code 2 with the message and the usage.</summary>
public sealed class UsageException(string message) : Exception(message);
