using System.Runtime.CompilerServices;
using System.Text;

namespace ChatFindings;

/// <summary>
/// What <c>study.Say($"…")</c> is built from: literal text, values that have been through the
/// disclosure rule (<see cref="INarrativeValue"/>) and strings. There is deliberately no overload
/// for numbers or <c>object</c>, so <c>{parentCases.Count}</c> is a compile error rather than a raw
/// count on a published page.
/// </summary>
[InterpolatedStringHandler]
public ref struct NarrativeInterpolation
{
    private readonly StringBuilder _text;
    private readonly List<SentenceCount> _equations;

    public NarrativeInterpolation(int literalLength, int formattedCount)
    {
        _text = new StringBuilder(literalLength + 8 * formattedCount);
        _equations = [];
    }

    public readonly void AppendLiteral(string literal) => _text.Append(literal);

    public readonly void AppendFormatted<T>(T value) where T : INarrativeValue
    {
        var shown = value.ToString() ?? "";
        // A value in words ("a hidden number") that opens a sentence starts it with a capital.
        if (shown.Length > 0 && char.IsLower(shown[0]) && AtSentenceStart())
            shown = char.ToUpperInvariant(shown[0]) + shown[1..];
        _text.Append(shown);
        // A count of a population goes to publish with the text, for the linked audit.
        if (value is IPopulationEquations counted) _equations.AddRange(counted.Equations);
    }

    /// <summary>Words: labels, sentences chosen by code. A number turned into a string here is the author's explicit decision.</summary>
    public readonly void AppendFormatted(string? value) => _text.Append(value);

    private readonly bool AtSentenceStart()
    {
        var end = _text.Length - 1;
        while (end >= 0 && _text[end] == ' ') end--;
        return end < 0 || _text[end] is '.' or '!' or '?' or '\n';
    }

    internal readonly string Text => _text.ToString();

    internal readonly IReadOnlyList<SentenceCount> Equations => _equations;
}
