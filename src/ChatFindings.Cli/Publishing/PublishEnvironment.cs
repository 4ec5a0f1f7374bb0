namespace ChatFindings.Cli.Publishing;

/// <summary>
/// Tells the notebooks what to read without editing them: process environment variables the
/// notebook session reads (notebooks run one after another, so one process-wide setting is safe).
/// Disposing restores whatever was there before.
/// </summary>
public sealed class PublishEnvironment : IDisposable
{
    public const string DataVariable = SessionSettings.DataVariable;
    public const string MinCellVariable = SessionSettings.MinCellVariable;
    public const string PublishVariable = SessionSettings.PublishVariable;

    private readonly Dictionary<string, string?> _previous = new(StringComparer.Ordinal);

    public PublishEnvironment(string dataPath, int minCell, Language language = Language.English)
    {
        Set(Languages.Variable, language.Code());
        Set(DataVariable, Path.GetFullPath(dataPath));
        Set(MinCellVariable, minCell.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set(PublishVariable, "1");
    }

    private void Set(string name, string value)
    {
        _previous[name] = Environment.GetEnvironmentVariable(name);
        Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose()
    {
        foreach (var (name, value) in _previous) Environment.SetEnvironmentVariable(name, value);
    }
}
