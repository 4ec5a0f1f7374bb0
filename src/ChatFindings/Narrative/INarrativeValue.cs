namespace ChatFindings;

/// <summary>
/// A value that narrative text may print: it has already been through the disclosure rule
/// (a count, a share, an interval) or carries no data (a label, a computed comparison word).
/// <c>study.Say($"…")</c> accepts only these and strings, so a raw <c>int</c> does not compile.
/// </summary>
public interface INarrativeValue
{
    /// <summary>The text a reader sees.</summary>
    string ToString();
}
