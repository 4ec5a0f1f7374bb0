using System.Globalization;
using System.Text.Json;

namespace ChatFindings;

/// <summary>
/// A claim of the report checked against the data: the published figure, the value computed from
/// the data (null when disclosure control withholds it), its 95% interval where it has one, and the
/// verdict that interval supports. A claim that is not borne out is a finding too; it never fails a run.
/// </summary>
public sealed record Claim(ClaimDefinition Definition, double? ComputedValue, Verdict Verdict, string Note) : IPublishable
{
    public string Id => Definition.Id;

    /// <summary>The 95% interval of the value (proportions, 0–1), or null: no interval for a count of the full register or a withheld value.</summary>
    public ProportionInterval? Interval { get; init; }

    /// <summary>The denominator of a share (the cases where the answer is known), or null.</summary>
    public int? Base { get; init; }

    /// <summary>For a share among the known: the share of the whole group had every unknown answer been no, or yes (percent).</summary>
    public (double Low, double High)? UnknownBounds { get; init; }

    /// <summary>F2: the value against each candidate base, each with its own verdict.</summary>
    public IReadOnlyList<BaseVerdict>? ByBase { get; init; }

    public sealed record BaseVerdict(string Name, int Base, double Ratio, Verdict Verdict);

    /// <summary>true only when borne out, false only when not borne out, else null.</summary>
    public bool? Holds => Verdict.Holds();

    /// <summary>Evaluates a definition on a measure under the disclosure policy.</summary>
    public static Claim Evaluate(ClaimDefinition definition, ClaimMeasure measure, DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (measure.Value is null)
            return new Claim(definition, null, Verdict.NotAssessed, measure.Explanation + Languages.Pick(
                " No value: there are no conversations to compute it from.", " Geen waarde: er zijn geen gesprekken om die uit te berekenen."));
        if (!measure.IsDisclosable(policy))
            return new Claim(definition, null, Verdict.NotAssessed, measure.Explanation + Languages.Pick(
                $" Withheld: a count behind this value is under the disclosure threshold of {policy.MinCell}; no interval either.",
                $" Niet getoond: een aantal achter deze waarde ligt onder de onthullingsdrempel van {policy.MinCell}; ook geen interval."));

        // A ratio keeps two decimals (1.87×, not 1.9× shown as "1.90×"); counts and percentages one.
        var value = Math.Round(measure.Value.Value, definition.Unit == "ratio" ? 2 : 1);
        var interval = measure.Share is { } s ? WilsonInterval.For(s.Numerator, s.Denominator)
            : measure.Difference is { } d ? NewcombeInterval.ForDifference(d.Numerator1, d.Denominator1, d.Numerator2, d.Denominator2)
            : null;
        var (low, high) = interval is null ? (value, value) : (Scale(interval.Low, definition.Unit), Scale(interval.High, definition.Unit));
        var byBase = measure.Bases?.Select(b =>
        {
            var ratio = Math.Round(b.Ratio, 2);
            return new BaseVerdict(b.Name, b.Base, ratio, definition.Comparison.Judge(definition.PublishedValue, ratio, ratio));
        }).ToList();
        var verdict = byBase is not null
            ? Verdict.Inconclusive
            : definition.Comparison.Judge(definition.PublishedValue, low, high);
        var bounds = measure.Share is { Unknown: > 0 } u && !policy.IsSmall(u.Unknown)
            ? (100.0 * u.Numerator / (u.Denominator + u.Unknown), 100.0 * (u.Numerator + u.Unknown) / (u.Denominator + u.Unknown))
            : ((double, double)?)null;

        var reason = Reason(definition, verdict, interval, low, high, measure);
        var missing = measure.Share is { Unknown: > 0 } m
            ? bounds is { } b
                ? Languages.Current == Language.Dutch
                    ? string.Create(Languages.Culture, $" Voor een deel is het antwoord onbekend: was elk onbekend antwoord nee geweest, dan was het aandeel van de hele groep {b.Item1:0.0}%, en was het ja geweest, {b.Item2:0.0}%.")
                    : string.Create(Languages.Culture, $" The answer is unknown for some: had every unknown been no, or yes, the share of the whole group would be {b.Item1:0.0}% or {b.Item2:0.0}%.")
                : Languages.Pick(" The answer is unknown for fewer cases than the disclosure threshold, so the bounds they allow are not shown.",
                    " Het antwoord is onbekend voor minder gevallen dan de onthullingsdrempel, dus de grenzen die zij toelaten worden niet getoond.")
            : "";
        return new Claim(definition, value, verdict, $"{measure.Explanation} {reason}{missing}")
        {
            Interval = interval,
            Base = measure.Share?.Denominator,
            UnknownBounds = bounds,
            ByBase = byBase,
        };
    }

    private static double Scale(double proportion, string unit) => unit is "%" or "pp" ? Math.Round(100 * proportion, 1) : proportion;

    private static string Reason(ClaimDefinition d, Verdict verdict, ProportionInterval? interval, double low, double high, ClaimMeasure measure)
    {
        if (measure.Bases is not null)
            return measure.NoIntervalReason + Languages.Pick(
                " Inconclusive: the report does not say which registered count it compared with, and the verdict depends on that choice (see each base).",
                " Onbeslist: het rapport zegt niet met welk geregistreerd aantal het vergeleek, en het oordeel hangt van die keuze af (zie elke basis).");
        if (verdict == Verdict.NotAssessed)
            return interval is null
                ? Languages.Pick("The report gives no figure to compare with; shown for context.", "Het rapport geeft geen cijfer om mee te vergelijken; ter informatie getoond.")
                : Languages.Pick("The report gives no figure to compare with; shown for context, with its 95% interval.",
                    "Het rapport geeft geen cijfer om mee te vergelijken; ter informatie getoond, met het 95%-betrouwbaarheidsinterval.");
        var figure = d.PublishedValue is { } p ? FormatValue(p, d.Unit) : "0";
        if (interval is null)
            return Languages.Current == Language.Dutch
                ? $"{measure.NoIntervalReason} {(verdict == Verdict.BorneOut ? "Bevestigd" : "Niet bevestigd")} door deze gegevens (\"{PublishedText(d)}\")."
                : $"{measure.NoIntervalReason} {(verdict == Verdict.BorneOut ? "Borne out" : "Not borne out")} by this data set (\"{d.Published}\").";
        var range = $"{FormatValue(low, d.Unit)} {Languages.Pick("to", "tot")} {FormatValue(high, d.Unit)}";
        if (Languages.Current == Language.Dutch)
            return verdict switch
            {
                Verdict.BorneOut => $"Bevestigd: het hele 95%-betrouwbaarheidsinterval ({range}) past bij ‘{d.Comparison.Shown()} {figure}’.",
                Verdict.NotBorneOut => $"Niet bevestigd: geen deel van het 95%-betrouwbaarheidsinterval ({range}) past bij ‘{d.Comparison.Shown()} {figure}’.",
                _ => $"Onbeslist: het 95%-betrouwbaarheidsinterval ({range}) ligt aan beide kanten van {figure}.",
            };
        return verdict switch
        {
            Verdict.BorneOut => $"Borne out: the whole 95% interval ({range}) is {d.Comparison.BeforeFigure()} {figure}.",
            Verdict.NotBorneOut => $"Not borne out: no part of the 95% interval ({range}) is {d.Comparison.BeforeFigure()} {figure}.",
            _ => $"Inconclusive: the 95% interval ({range}) reaches both sides of {figure}.",
        };
    }

    /// <summary>The value as a reader sees it: the number with its unit, or a withheld marker.</summary>
    public string ComputedText => ComputedValue is { } v
        ? FormatValue(v, Definition.Unit)
        : Languages.Pick("withheld", "niet getoond");

    /// <summary>
    /// The heading of <see cref="ComputedWithInterval"/>. It names no interval: the value carries its
    /// own "(95% CI …)" where it has one, and F1/F5 (counts of a full register) have none.
    /// </summary>
    public static string ComputedHeading => Languages.Pick("Computed from this data", "Berekend uit deze gegevens");

    /// <summary>"62.5% (95% CI 55.1% to 69.4%)" (Dutch "62,5% (95%-BI 55,1% tot 69,4%)"): the value with its interval, where it has one.</summary>
    public string ComputedWithInterval => Interval is { } ci && ComputedValue is not null
        ? $"{ComputedText} ({Languages.Pick("95% CI", "95%-BI")} {FormatValue(Scale(ci.Low, Definition.Unit), Definition.Unit)} {Languages.Pick("to", "tot")} {FormatValue(Scale(ci.High, Definition.Unit), Definition.Unit)})"
        : ComputedText;

    /// <summary>
    /// The published figure as a reader sees it: the report's wording with the figure ("nearly 600 (600)")
    /// in English; in Dutch the comparison word and the figure ("bijna 600"), as the English wording is not the report's.
    /// </summary>
    public static string PublishedText(ClaimDefinition d) => Languages.Current == Language.Dutch
        ? d.PublishedValue is { } v ? $"{d.Comparison.Shown()} {FormatValue(v, d.Unit)}" : d.Comparison.Shown()
        : d.PublishedValue is { } p ? $"{d.Published} ({FormatValue(p, d.Unit)})" : d.Published;

    public static string FormatValue(double value, string unit) => unit switch
    {
        "%" => value.ToString("0.0", Languages.Culture) + "%",
        "ratio" => value.ToString("0.00", Languages.Culture) + "×",
        "pp" => value.ToString("+0.0;-0.0;0.0", Languages.Culture) + Languages.Pick(" pp", " procentpunt"),
        _ => value.ToString("#,0.#", Languages.Culture),
    };

    /// <summary>The verdict in words, in the current language: "borne out" ("bevestigd"), "not borne out", "inconclusive", "not assessed".</summary>
    public string Status => Verdict.Shown();

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
        if (Base is { } n) w.WriteNumber("base", n); else w.WriteNull("base");
        w.WritePropertyName("interval");
        if (Interval is { } ci && ComputedValue is not null)
        {
            w.WriteStartObject();
            w.WriteNumber("low", Scale(ci.Low, Definition.Unit));
            w.WriteNumber("high", Scale(ci.High, Definition.Unit));
            w.WriteNumber("level", ci.Level);
            w.WriteString("method", ci.Method);
            w.WriteEndObject();
        }
        else w.WriteNullValue();
        w.WriteString("comparison", Definition.Comparison.Word());
        w.WriteString("verdict", Verdict.Code());
        if (Holds is { } h) w.WriteBoolean("holds", h); else w.WriteNull("holds");
        w.WriteString("note", Note);
        w.WritePropertyName("unknown_bounds");
        if (UnknownBounds is { } b)
        {
            w.WriteStartObject();
            w.WriteNumber("low", Math.Round(b.Low, 1));
            w.WriteNumber("high", Math.Round(b.High, 1));
            w.WriteEndObject();
        }
        else w.WriteNullValue();
        w.WritePropertyName("by_base");
        if (ByBase is { } bases)
        {
            w.WriteStartArray();
            foreach (var x in bases)
            {
                w.WriteStartObject();
                w.WriteString("name", x.Name);
                w.WriteNumber("base", x.Base);
                w.WriteNumber("ratio", x.Ratio);
                w.WriteString("verdict", x.Verdict.Code());
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        else w.WriteNullValue();
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
