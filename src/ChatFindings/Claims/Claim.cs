using System.Globalization;
using System.Text.Json;

namespace ChatFindings;

/// <summary>
/// A claim of the report checked against the data: the published figure, the value computed from
/// the data (null when disclosure control withholds it), and whether the claim holds.
/// A claim that does not hold is a finding too; it never fails a run.
/// </summary>
public sealed record Claim(ClaimDefinition Definition, double? ComputedValue, bool? Holds, string Note) : IPublishable
{
    public string Id => Definition.Id;

    /// <summary>Evaluates a definition on a measure under the threshold rule.</summary>
    public static Claim Evaluate(ClaimDefinition definition, ClaimMeasure measure, int minCell)
    {
        if (measure.Value is null)
            return new Claim(definition, null, null, measure.Explanation + Languages.Pick(" No value: there are no conversations to compute it from.", " Geen waarde: er zijn geen gesprekken om die uit te berekenen."));
        if (!measure.IsDisclosable(minCell))
            return new Claim(definition, null, null,
                measure.Explanation + Languages.Pick($" Withheld: a count behind this value is under the disclosure threshold of {minCell}.",
                    $" Niet getoond: een aantal achter deze waarde ligt onder de onthullingsdrempel van {minCell}."));

        // A ratio keeps two decimals (1.87×, not 1.9× shown as "1.90×"); counts and percentages one.
        var value = Math.Round(measure.Value.Value, definition.Unit == "ratio" ? 2 : 1);
        var holds = definition.Comparison.Holds(definition.PublishedValue, value);
        var verdict = holds switch
        {
            true => Languages.Pick("Borne out by this data set.", "Bevestigd door deze gegevens."),
            false => Languages.Pick("Not borne out by this data set.", "Niet bevestigd door deze gegevens."),
            null => Languages.Pick("The report gives no figure to compare with; shown for context.", "Het rapport geeft geen cijfer om mee te vergelijken; ter informatie getoond."),
        };
        return new Claim(definition, value, holds, $"{measure.Explanation} {verdict}");
    }

    /// <summary>The value as a reader sees it: the number with its unit, or a withheld marker.</summary>
    public string ComputedText => ComputedValue is { } v
        ? FormatValue(v, Definition.Unit)
        : Languages.Pick("withheld", "niet getoond");

    public static string FormatValue(double value, string unit) => unit switch
    {
        "%" => value.ToString("0.0", Languages.Culture) + "%",
        "ratio" => value.ToString("0.00", Languages.Culture) + "×",
        "pp" => value.ToString("+0.0;-0.0;0.0", Languages.Culture) + Languages.Pick(" pp", " procentpunt"),
        _ => value.ToString("#,0.#", Languages.Culture),
    };

    public string Status => Holds switch { true => "holds", false => "does not hold", null => "not judged" };

    public string StatusNl => Holds switch { true => "klopt", false => "klopt niet", null => "niet beoordeeld" };

    /// <summary>One object of artifacts/findings.json (keys fixed by the publish contract).</summary>
    public void WriteJson(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("id", Definition.Id);
        w.WriteString("notebook", Definition.Notebook);
        w.WriteString("statement", Definition.Statement);
        w.WriteString("statement_nl", Definition.StatementNl);
        w.WriteString("published", Definition.Published);
        if (Definition.PublishedValue is { } p) w.WriteNumber("published_value", p); else w.WriteNull("published_value");
        if (ComputedValue is { } c) w.WriteNumber("computed_value", c); else w.WriteNull("computed_value");
        w.WriteString("comparison", Definition.Comparison.Word());
        if (Holds is { } h) w.WriteBoolean("holds", h); else w.WriteNull("holds");
        w.WriteString("note", Note);
        w.WriteEndObject();
    }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteJson(w);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
