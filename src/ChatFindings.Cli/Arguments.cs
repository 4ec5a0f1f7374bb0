namespace ChatFindings.Cli;

/// <summary>Positional arguments and --name value options of one command line, checked on use.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    /// <summary>Options that take no value.</summary>
    private static readonly HashSet<string> Switches = ["--check", "--show-code", "--no-pdf", "--allow-rejected-rows"];

    public static Arguments Parse(IEnumerable<string> args)
    {
        var result = new Arguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var a = e.Current;
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                if (result._options.ContainsKey(a)) throw new UsageException($"option {a} given twice");
                if (Switches.Contains(a)) { result._options[a] = null; continue; }
                if (!e.MoveNext()) throw new UsageException($"option {a} needs a value");
                result._options[a] = e.Current;
            }
            else result.Positional.Add(a);
        }
        return result;
    }

    public string? Option(string name) { _used.Add(name); return _options.GetValueOrDefault(name); }

    public bool Switch(string name) { _used.Add(name); return _options.ContainsKey(name); }

    public int? IntOption(string name, int min, int max)
    {
        var text = Option(name);
        if (text is null) return null;
        if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw new UsageException($"option {name} takes a whole number from {min} to {max}, not '{text}'");
        return v;
    }

    /// <summary>Call after reading every option a command knows: anything left is a usage error.</summary>
    public void RejectUnknown(int maxPositional)
    {
        var unknown = _options.Keys.Where(k => !_used.Contains(k)).ToList();
        if (unknown.Count > 0) throw new UsageException($"unknown option {string.Join(", ", unknown)}");
        if (Positional.Count > maxPositional) throw new UsageException($"unexpected argument '{Positional[maxPositional]}'");
    }
}
